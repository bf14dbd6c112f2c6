package io.github.backproplab.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Which columns of a table are the features and which the target, and (for classification) the
 * class names. Fitted once on the training table and then applied unchanged to every other table,
 * so that column {@code j} of X and class {@code c} of Y always mean the same thing.
 */
public final class TableEncoding {
    private final List<String> featureColumns;
    private final List<String> targetColumns;
    private final OneHot classes;

    private TableEncoding(List<String> featureColumns, List<String> targetColumns, OneHot classes) {
        if (featureColumns.isEmpty()) {
            throw new DataException("no feature columns: a dataset needs at least one input column");
        }
        for (String target : targetColumns) {
            if (featureColumns.contains(target)) {
                throw new DataException("column \"" + target + "\" is both a feature and the target");
            }
        }
        this.featureColumns = List.copyOf(featureColumns);
        this.targetColumns = List.copyOf(targetColumns);
        this.classes = classes;
    }

    /**
     * Classification: the target is the categorical column {@code classColumn}, one-hot encoded
     * with the classes found in {@code training}.
     *
     * @param featureColumns the input columns, in order; none means every other column of the table
     * @throws DataException if a column is missing or the table is empty
     */
    public static TableEncoding classification(Table training, String classColumn, String... featureColumns) {
        OneHot classes = OneHot.fit(training, classColumn);
        return new TableEncoding(features(training, List.of(classColumn), Arrays.asList(featureColumns)),
                List.of(classColumn), classes);
    }

    /**
     * Regression: the target is the numeric column {@code targetColumn}.
     *
     * @param featureColumns the input columns, in order; none means every other column of the table
     * @throws DataException if a column is missing or the table is empty
     */
    public static TableEncoding regression(Table training, String targetColumn, String... featureColumns) {
        return regression(training, List.of(targetColumn), Arrays.asList(featureColumns));
    }

    /** Regression with several target columns (Y gets one column per target); no features means all others. */
    public static TableEncoding regression(Table training, List<String> targetColumns, List<String> featureColumns) {
        for (String target : targetColumns) {
            TableColumns.find(training, target);
        }
        TableColumns.requireRows(training);
        return new TableEncoding(features(training, targetColumns, featureColumns), targetColumns, null);
    }

    /** An encoding rebuilt from its parts, for example from a model file. {@code classes} is null for regression. */
    public static TableEncoding of(List<String> featureColumns, List<String> targetColumns, OneHot classes) {
        if (classes != null && !targetColumns.equals(List.of(classes.column()))) {
            throw new IllegalArgumentException("classification target " + targetColumns
                    + " does not match the class column \"" + classes.column() + "\"");
        }
        return new TableEncoding(featureColumns, targetColumns, classes);
    }

    private static List<String> features(Table table, List<String> targets, List<String> chosen) {
        List<String> names = new ArrayList<>();
        if (chosen.isEmpty()) {
            table.columnNames().stream().filter(name -> !targets.contains(name)).forEach(names::add);
        } else {
            for (String name : chosen) {
                names.add(TableColumns.find(table, name).name());
            }
        }
        return names;
    }

    /** The feature column names; column {@code j} of X comes from {@code featureColumns().get(j)}. */
    public List<String> featureColumns() {
        return featureColumns;
    }

    /** The target column names: the class column for classification, one per Y column for regression. */
    public List<String> targetColumns() {
        return targetColumns;
    }

    /** True when the target is a one-hot encoded class column. */
    public boolean isClassification() {
        return classes != null;
    }

    /** The one-hot encoding of the class column, or null for regression. */
    public OneHot classes() {
        return classes;
    }

    /** The class names for classification; an empty list for regression. */
    public List<String> classNames() {
        return classes == null ? List.of() : classes.classNames();
    }

    /** The number of Y columns: the number of classes, or of regression targets. */
    public int targetCount() {
        return classes == null ? targetColumns.size() : classes.classCount();
    }

    /**
     * The features of every row of {@code table}; the target column need not be there, so this is
     * what a trained model uses on new data.
     *
     * @return a new {@code n x d} matrix
     * @throws DataException naming the column and row of a missing column, an empty table, a
     *     missing value or a value that is not a number
     */
    public DMatrixRMaj features(Table table) {
        return numbers(table, featureColumns);
    }

    /**
     * The targets of every row of {@code table}.
     *
     * @return a new {@code n x k} matrix: one-hot rows for classification, the target values for regression
     * @throws DataException naming the column and row of any bad or unseen value
     */
    public DMatrixRMaj targets(Table table) {
        if (classes != null) {
            TableColumns.requireRows(table);
            return classes.encode(table);
        }
        return numbers(table, targetColumns);
    }

    private static DMatrixRMaj numbers(Table table, List<String> names) {
        List<Column<?>> columns = names.stream().<Column<?>>map(n -> TableColumns.find(table, n)).toList();
        TableColumns.requireRows(table);
        DMatrixRMaj matrix = new DMatrixRMaj(table.rowCount(), columns.size());
        for (int row = 0; row < table.rowCount(); row++) {
            for (int j = 0; j < columns.size(); j++) {
                matrix.set(row, j, TableColumns.number(columns.get(j), row));
            }
        }
        return matrix;
    }

    /** Encodes features and targets of every row of {@code table} into a {@link Dataset}. */
    public Dataset encode(Table table) {
        DMatrixRMaj x = features(table);
        DMatrixRMaj y = targets(table);
        return new Dataset(x, y, this, table, IntStream.range(0, table.rowCount()).toArray());
    }

    @Override
    public String toString() {
        return "TableEncoding[features " + featureColumns + " -> "
                + (classes == null ? "targets " + targetColumns : classes) + "]";
    }
}
