package io.github.backproplab.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.ejml.data.DMatrixRMaj;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * One-hot encoding of a categorical column: class {@code c} of {@code k} becomes a row of
 * {@code k} numbers, all 0 except a 1 at position {@code c}. The class names are kept, in order,
 * so that network outputs can be turned back into names.
 */
public final class OneHot {
    private final String column;
    private final List<String> classNames;

    private OneHot(String column, List<String> classNames) {
        this.column = column;
        this.classNames = List.copyOf(classNames);
    }

    /**
     * Learns the classes from the labels in {@code column} of {@code table}. Text labels are
     * sorted alphabetically, numeric labels by value ("2" before "10"), so the order does not
     * depend on which rows the table holds.
     *
     * @throws DataException if the column is missing, the table is empty or a label is missing
     */
    public static OneHot fit(Table table, String column) {
        Column<?> labels = TableColumns.find(table, column);
        TableColumns.requireRows(table);
        Comparator<String> order = labels instanceof NumericColumn<?>
                ? Comparator.comparingDouble(Double::parseDouble)
                : Comparator.naturalOrder();
        TreeSet<String> classes = new TreeSet<>(order);
        for (int row = 0; row < table.rowCount(); row++) {
            classes.add(TableColumns.label(labels, row));
        }
        if (classes.size() < 2) {
            throw new DataException("column \"" + column + "\" has only one class, " + classes
                    + ", in all " + table.rowCount() + " rows: a classifier needs at least two");
        }
        return new OneHot(column, new ArrayList<>(classes));
    }

    /** An encoding with the given class names in the given order, for example read from a model file. */
    public static OneHot of(String column, List<String> classNames) {
        if (classNames.size() < 2 || classNames.stream().distinct().count() != classNames.size()) {
            throw new IllegalArgumentException("column \"" + column
                    + "\": need at least two different class names, got " + classNames);
        }
        return new OneHot(column, classNames);
    }

    /** The name of the label column. */
    public String column() {
        return column;
    }

    /** The class names; position {@code c} is the name of class {@code c}. */
    public List<String> classNames() {
        return classNames;
    }

    /** The number of classes, {@code k}. */
    public int classCount() {
        return classNames.size();
    }

    /** The name of class {@code index}. */
    public String className(int index) {
        return classNames.get(index);
    }

    /**
     * Encodes the label column of {@code table}.
     *
     * @return a new {@code n x k} matrix, one row per table row
     * @throws DataException if the column is missing, a label is missing, or a label is not one of
     *     {@link #classNames()}; the message names the column and the row
     */
    public DMatrixRMaj encode(Table table) {
        Column<?> labels = TableColumns.find(table, column);
        DMatrixRMaj y = new DMatrixRMaj(table.rowCount(), classCount());
        for (int row = 0; row < table.rowCount(); row++) {
            String label = TableColumns.label(labels, row);
            int index = classNames.indexOf(label);
            if (index < 0) {
                throw DataException.atCell(column, row, "the class \"" + label
                        + "\" was not among the training classes " + classNames);
            }
            y.set(row, index, 1);
        }
        return y;
    }

    @Override
    public String toString() {
        return "OneHot[" + column + ": " + classNames + "]";
    }
}
