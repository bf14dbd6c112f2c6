package io.github.backproplab.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * The class a row of outputs stands for, and how many rows are right. With one output column
 * (a sigmoid's probability) the class is 1 from 0.5 up, else 0; with several, it is the column
 * of the largest value. The same rule reads one-hot targets.
 */
public final class Accuracy {
    private Accuracy() {
    }

    /**
     * The number of rows of {@code yHat} that predict the class of the same row of {@code y}.
     *
     * @param yHat n x k predictions; not modified
     * @param y    n x k targets; not modified
     */
    public static int correct(DMatrixRMaj yHat, DMatrixRMaj y) {
        int correct = 0;
        for (int row = 0; row < y.numRows; row++) {
            correct += classOf(yHat, row) == classOf(y, row) ? 1 : 0;
        }
        return correct;
    }

    /** The fraction of rows predicted correctly. */
    public static double of(DMatrixRMaj yHat, DMatrixRMaj y) {
        return (double) correct(yHat, y) / y.numRows;
    }

    /**
     * True when {@code y} (n x k; not modified) holds classes: every entry 0 or 1, and with
     * several columns exactly one 1 per row (one-hot). Accuracy applies to such targets whatever
     * the loss, squared error included.
     */
    public static boolean appliesTo(DMatrixRMaj y) {
        for (int row = 0; row < y.numRows; row++) {
            double sum = 0;
            for (int j = 0; j < y.numCols; j++) {
                double v = y.get(row, j);
                if (v != 0 && v != 1) {
                    return false;
                }
                sum += v;
            }
            if (y.numCols > 1 && sum != 1) {
                return false;
            }
        }
        return true;
    }

    /** The class row {@code row} of {@code m} (n x k; not modified) stands for. */
    public static int classOf(DMatrixRMaj m, int row) {
        return m.numCols == 1 ? (m.get(row, 0) >= 0.5 ? 1 : 0) : argmax(m, row);
    }

    /** The column of the largest entry of {@code row}. */
    public static int argmax(DMatrixRMaj m, int row) {
        int best = 0;
        int start = row * m.numCols;
        for (int j = 1; j < m.numCols; j++) {
            if (m.data[start + j] > m.data[start + best]) {
                best = j;
            }
        }
        return best;
    }
}
