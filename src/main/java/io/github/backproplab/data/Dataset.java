package io.github.backproplab.data;

import io.github.backproplab.nn.Shapes;
import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import tech.tablesaw.api.Table;

/**
 * Examples for a network: features X ({@code n x d}, one row per example) and targets Y
 * ({@code n x k}: one-hot classes or regression values). A dataset remembers the
 * {@link TableEncoding} that made it and which table rows its examples came from, so predictions
 * can be put back beside the original data.
 *
 * <p>A dataset never changes: {@link #x()} and {@link #y()} return copies, and every operation
 * (subset, split, scaling) returns a new dataset.
 */
public final class Dataset {
    private final DMatrixRMaj x;
    private final DMatrixRMaj y;
    private final TableEncoding encoding;
    private final Table source;
    private final int[] sourceRows;

    Dataset(DMatrixRMaj x, DMatrixRMaj y, TableEncoding encoding, Table source, int[] sourceRows) {
        if (x.numRows != y.numRows || x.numRows != sourceRows.length) {
            throw new IllegalArgumentException("X is " + Shapes.of(x) + ", Y is " + Shapes.of(y)
                    + ": they need one row per example");
        }
        this.x = x;
        this.y = y;
        this.encoding = encoding;
        this.source = source;
        this.sourceRows = sourceRows;
    }

    /**
     * A classification dataset from {@code table}: X from the feature columns, Y the one-hot
     * encoding of {@code classColumn}.
     *
     * @param featureColumns the input columns, in order; none means every column except the class column
     * @throws DataException naming the column and row of a missing column, an empty table, or a
     *     feature value that is missing or not a number
     */
    public static Dataset classification(Table table, String classColumn, String... featureColumns) {
        return TableEncoding.classification(table, classColumn, featureColumns).encode(table);
    }

    /**
     * A regression dataset from {@code table}: X from the feature columns, Y ({@code n x 1}) from
     * {@code targetColumn}.
     *
     * @param featureColumns the input columns, in order; none means every column except the target
     * @throws DataException naming the column and row of any bad value, as for {@link #classification}
     */
    public static Dataset regression(Table table, String targetColumn, String... featureColumns) {
        return TableEncoding.regression(table, targetColumn, featureColumns).encode(table);
    }

    /** The features: a new {@code n x d} matrix, one row per example. */
    public DMatrixRMaj x() {
        return x.copy();
    }

    /** The targets: a new {@code n x k} matrix, one row per example. */
    public DMatrixRMaj y() {
        return y.copy();
    }

    /** The number of examples, {@code n}. */
    public int size() {
        return x.numRows;
    }

    /** The number of features, {@code d}. */
    public int featureCount() {
        return x.numCols;
    }

    /** The number of target columns, {@code k}. */
    public int targetCount() {
        return y.numCols;
    }

    /** The feature names, one per column of X. */
    public List<String> featureNames() {
        return encoding.featureColumns();
    }

    /** The class names, one per column of Y (empty for regression). */
    public List<String> classNames() {
        return encoding.classNames();
    }

    /** True when Y holds one-hot classes. */
    public boolean isClassification() {
        return encoding.isClassification();
    }

    /** How the table was turned into X and Y; apply it to other tables to encode them the same way. */
    public TableEncoding encoding() {
        return encoding;
    }

    /** The table the examples came from. */
    public Table source() {
        return source;
    }

    /** For each example, its row in {@link #source()} (a new array). */
    public int[] sourceRows() {
        return sourceRows.clone();
    }

    /** The source table's rows for these examples, in the dataset's order (a new table). */
    public Table sourceTable() {
        // Table.rows(int...) would return the rows sorted; the dataset's order matters here.
        Table rows = source.emptyCopy();
        for (int row : sourceRows) {
            rows.addRow(row, source);
        }
        return rows;
    }

    /**
     * The class index of every example (the position of the 1 in its row of Y).
     *
     * @throws IllegalStateException for a regression dataset
     */
    public int[] classIndices() {
        if (!isClassification()) {
            throw new IllegalStateException("a regression dataset has no classes");
        }
        return Metrics.predictedClasses(y);
    }

    /** The examples at the given positions (0 to {@code size() - 1}), in that order. */
    public Dataset subset(int... positions) {
        DMatrixRMaj subX = new DMatrixRMaj(positions.length, x.numCols);
        DMatrixRMaj subY = new DMatrixRMaj(positions.length, y.numCols);
        int[] rows = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            int p = positions[i];
            if (p < 0 || p >= size()) {
                throw new IndexOutOfBoundsException("position " + p + " is outside the dataset's "
                        + size() + " examples");
            }
            CommonOps_DDRM.extract(x, p, p + 1, 0, x.numCols, subX, i, 0);
            CommonOps_DDRM.extract(y, p, p + 1, 0, y.numCols, subY, i, 0);
            rows[i] = sourceRows[p];
        }
        return new Dataset(subX, subY, encoding, source, rows);
    }

    /** The same examples with new features (same number of rows), for example after scaling. */
    Dataset withFeatures(DMatrixRMaj newX) {
        return new Dataset(newX, y, encoding, source, sourceRows);
    }

    /**
     * Splits the examples into training, validation and test sets, shuffled with {@code seed}.
     * Classification datasets are stratified: each class is split in the same proportions, so all
     * three sets have the class balance of the whole.
     *
     * @param trainFraction share of examples for training, e.g. 0.6
     * @param validationFraction share for validation, e.g. 0.2 (0 gives an empty validation set);
     *     the test set gets the rest
     */
    public Split split(double trainFraction, double validationFraction, long seed) {
        return Splitter.split(this, trainFraction, validationFraction, seed);
    }

    /**
     * The examples in shuffled minibatches of {@code batchSize} (the last may be smaller). Pass the
     * same {@code random} every epoch: each call gives a new order, yet the whole run repeats
     * exactly from the same seed.
     */
    public List<Dataset> batches(int batchSize, Random random) {
        return Minibatches.of(this, batchSize, random);
    }

    /**
     * The examples as a table, as the network sees them: the feature columns hold X (scaled, if
     * this dataset was scaled), followed by the target columns (class names for classification).
     */
    public Table toTable() {
        return DatasetTable.of(this, x, y);
    }

    @Override
    public String toString() {
        return "Dataset[" + size() + " examples, X " + Shapes.of(x) + ", Y " + Shapes.of(y) + ", "
                + encoding + "]";
    }
}
