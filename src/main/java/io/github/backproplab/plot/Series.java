package io.github.backproplab.plot;

import io.github.backproplab.train.History;
import java.util.Arrays;
import java.util.List;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/** Reading History tables into arrays for XChart. */
final class Series {
    private Series() {
    }

    /** A numeric column of {@code table} as doubles (missing values as NaN). */
    static double[] column(Table table, String name) {
        NumericColumn<?> column = table.numberColumn(name);
        double[] values = new double[column.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = column.isMissing(i) ? Double.NaN : column.getDouble(i);
        }
        return values;
    }

    /** Whether any value is finite. */
    static boolean hasValues(double[] values) {
        return Arrays.stream(values).anyMatch(Double::isFinite);
    }

    /** A copy with values that a log axis cannot show (zero, negative, infinite) replaced by NaN, which XChart skips. */
    static double[] forLogAxis(double[] values) {
        double[] copy = values.clone();
        for (int i = 0; i < copy.length; i++) {
            if (!(copy[i] > 0) || Double.isInfinite(copy[i])) {
                copy[i] = Double.NaN;
            }
        }
        return copy;
    }

    /** Moving average over a trailing window; NaN values are skipped. */
    static double[] movingAverage(double[] values, int window) {
        double[] out = new double[values.length];
        double sum = 0;
        int count = 0;
        for (int i = 0; i < values.length; i++) {
            if (Double.isFinite(values[i])) {
                sum += values[i];
                count++;
            }
            int drop = i - window;
            if (drop >= 0 && Double.isFinite(values[drop])) {
                sum -= values[drop];
                count--;
            }
            out[i] = count == 0 ? Double.NaN : sum / count;
        }
        return out;
    }

    /** How to name a run's series: its name only when several runs share a chart. */
    static String label(List<History> runs, History run, String what) {
        return runs.size() == 1 ? what : run.name() + " " + what;
    }

    /** {@code runs}, checked to hold at least one run and no null; callers copy it with {@code List.of}. */
    static History[] requireRuns(History[] runs) {
        if (runs.length == 0) {
            throw new IllegalArgumentException("give at least one History");
        }
        for (History run : runs) {
            if (run == null) {
                throw new IllegalArgumentException("history is null");
            }
        }
        return runs;
    }

    /**
     * Appends the segment (x0, y0)-(x1, y1) to a series' points, followed by a NaN point so that
     * the next segment is not joined to it: many separate segments drawn as one series.
     */
    static void addSegment(List<Double> xs, List<Double> ys, double x0, double y0, double x1, double y1) {
        xs.add(x0);
        ys.add(y0);
        xs.add(x1);
        ys.add(y1);
        xs.add(Double.NaN);
        ys.add(Double.NaN);
    }
}
