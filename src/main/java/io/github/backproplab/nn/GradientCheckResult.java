package io.github.backproplab.nn;

import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The outcome of a {@link GradientCheck}: per layer and parameter, the largest disagreement. */
public final class GradientCheckResult {
    /**
     * Below this size, gradients count as zero when forming a relative error: finite differences
     * of a flat direction are rounding noise (about 1e-11 here), not a disagreement.
     */
    public static final double ZERO_GRADIENT = 1e-9;

    /** One parameter matrix: the layer (1 = first), "W" or "b", its size and its worst errors. */
    public record Row(int layer, String parameter, int count, double maxAbsoluteError, double maxRelativeError) {
    }

    private final List<Row> rows;

    GradientCheckResult(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** |a - n| / max(|a|, |n|), or 0 when both are below {@link #ZERO_GRADIENT}. */
    public static double relativeError(double analytic, double numeric) {
        double scale = Math.max(Math.abs(analytic), Math.abs(numeric));
        return scale < ZERO_GRADIENT ? 0.0 : Math.abs(analytic - numeric) / scale;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The largest relative error over every parameter. */
    public double maxRelativeError() {
        return rows.stream().mapToDouble(Row::maxRelativeError).max().orElse(0);
    }

    /** True when every relative error is below {@code tolerance}. */
    public boolean passed(double tolerance) {
        return maxRelativeError() < tolerance;
    }

    /** The rows as a table: layer, parameter, count, max absolute error, max relative error. */
    public Table toTable() {
        Table table = Table.create("gradient check",
                IntColumn.create("layer"), StringColumn.create("parameter"), IntColumn.create("count"),
                DoubleColumn.create("max absolute error"), DoubleColumn.create("max relative error"));
        for (Row row : rows) {
            table.intColumn("layer").append(row.layer());
            table.stringColumn("parameter").append(row.parameter());
            table.intColumn("count").append(row.count());
            table.doubleColumn("max absolute error").append(row.maxAbsoluteError());
            table.doubleColumn("max relative error").append(row.maxRelativeError());
        }
        return table;
    }

    @Override
    public String toString() {
        return toTable().print();
    }
}
