package io.github.backproplab.notebook;

import org.ejml.data.DMatrix;
import org.ejml.simple.SimpleMatrix;

/**
 * Labelled output for {@code println}-style programs and cells: {@code show("Delta B", deltaB)}
 * prints the label with the matrix's shape, then its entries in columns; {@code show("loss",
 * loss)} prints the number to {@value Numbers#DIGITS} significant digits. With {@code import static
 * io.github.backproplab.notebook.Show.show;} it reads like the lecture.
 */
public final class Show {
    private Show() {
    }

    /** Prints {@code label (rows x cols)} and the entries of {@code matrix} (not modified). */
    public static void show(String label, DMatrix matrix) {
        print(MatrixView.of(matrix).label(label));
    }

    /** Prints {@code label (rows x cols)} and the entries of {@code matrix} (not modified). */
    public static void show(String label, SimpleMatrix matrix) {
        print(MatrixView.of(matrix).label(label));
    }

    /** Prints {@code label value}, the value rounded to {@value Numbers#DIGITS} significant digits. */
    public static void show(String label, double value) {
        System.out.println(label + " " + Numbers.round(value));
    }

    /** Prints the shape and the entries of {@code matrix} (not modified). */
    public static void show(DMatrix matrix) {
        print(MatrixView.of(matrix));
    }

    private static void print(MatrixView view) {
        System.out.println(view);
    }
}
