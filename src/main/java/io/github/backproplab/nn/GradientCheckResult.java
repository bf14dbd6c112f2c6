package io.github.backproplab.nn;

import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The outcome of a {@link GradientCheck}: per layer and parameter, the largest disagreement, and
 * the entries that sat too close to a kink to be judged.
 */
public final class GradientCheckResult {
    /**
     * Below this size, gradients count as zero when forming a relative error: finite differences
     * of a flat direction are rounding noise (about 1e-11 here), not a disagreement.
     */
    public static final double ZERO_GRADIENT = 1e-9;

    /**
     * One parameter matrix: the layer (1 = first), "W" or "b", its size, its worst errors over the
     * entries that were judged, and how many entries were too close to a kink to judge.
     */
    public record Row(int layer, String parameter, int count, double maxAbsoluteError, double maxRelativeError,
                      int nearKink) {
    }

    /**
     * One entry left unjudged: layer (1 = first), "W" or "b", its row and column in that matrix,
     * and the kink that even the smallest step crossed.
     */
    public record Unjudged(int layer, String parameter, int row, int column, String reason) {
        @Override
        public String toString() {
            return "layer " + layer + " " + parameter + "[" + row + ", " + column + "]: too close to a kink to judge ("
                    + reason + " within a step of " + GradientCheck.SMALLEST_STEP + ")";
        }
    }

    private final List<Row> rows;
    private final List<Unjudged> unjudged;

    GradientCheckResult(List<Row> rows, List<Unjudged> unjudged) {
        this.rows = List.copyOf(rows);
        this.unjudged = List.copyOf(unjudged);
    }

    /** |a - n| / max(|a|, |n|), or 0 when both are below {@link #ZERO_GRADIENT}. */
    public static double relativeError(double analytic, double numeric) {
        return relativeError(analytic, numeric, 0);
    }

    /**
     * The part of the disagreement that rounding cannot explain, relative to the gradient:
     * max(0, |a - n| - noise) / max(|a|, |n|), or 0 when both are below {@link #ZERO_GRADIENT}.
     *
     * @param noise how far rounding alone can move the finite difference (at least 0)
     */
    public static double relativeError(double analytic, double numeric, double noise) {
        double scale = Math.max(Math.abs(analytic), Math.abs(numeric));
        return scale < ZERO_GRADIENT ? 0.0 : Math.max(0, Math.abs(analytic - numeric) - noise) / scale;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The entries too close to a kink to judge, each with the kink it crossed. */
    public List<Unjudged> unjudged() {
        return unjudged;
    }

    /** The largest relative error over every judged entry. */
    public double maxRelativeError() {
        return rows.stream().mapToDouble(Row::maxRelativeError).max().orElse(0);
    }

    /** True when every judged entry's relative error is below {@code tolerance}. */
    public boolean passed(double tolerance) {
        return maxRelativeError() < tolerance;
    }

    /** The rows as a table: layer, parameter, count, max absolute error, max relative error, near a kink. */
    public Table toTable() {
        Table table = Table.create("gradient check",
                IntColumn.create("layer"), StringColumn.create("parameter"), IntColumn.create("count"),
                DoubleColumn.create("max absolute error"), DoubleColumn.create("max relative error"),
                IntColumn.create("near a kink"));
        for (Row row : rows) {
            table.intColumn("layer").append(row.layer());
            table.stringColumn("parameter").append(row.parameter());
            table.intColumn("count").append(row.count());
            table.doubleColumn("max absolute error").append(row.maxAbsoluteError());
            table.doubleColumn("max relative error").append(row.maxRelativeError());
            table.intColumn("near a kink").append(row.nearKink());
        }
        return table;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(toTable().print());
        for (Unjudged entry : unjudged) {
            s.append('\n').append(entry);
        }
        return s.toString();
    }
}
