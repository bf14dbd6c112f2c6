package io.github.backproplab.plot;

import io.github.backproplab.nn.Shapes;
import java.awt.Color;
import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** A plane of two inputs or two parameters: the region the data covers and a grid over it. */
final class Plane {
    private Plane() {
    }

    /**
     * {@code {x1 min, x1 max, x2 min, x2 max}}: the bounding box of the points with a margin of a
     * tenth on each side.
     *
     * @param x points, n x 2; not modified
     */
    static double[] bounds(DMatrixRMaj x) {
        if (x.numCols != 2 || x.numRows == 0) {
            throw new IllegalArgumentException("need at least one point with two coordinates, got " + Shapes.of(x));
        }
        double[] b = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < x.numRows; i++) {
            b[0] = Math.min(b[0], x.get(i, 0));
            b[1] = Math.max(b[1], x.get(i, 0));
            b[2] = Math.min(b[2], x.get(i, 1));
            b[3] = Math.max(b[3], x.get(i, 1));
        }
        double mx = Math.max(1e-9, (b[1] - b[0]) * 0.1);
        double my = Math.max(1e-9, (b[3] - b[2]) * 0.1);
        return new double[] {b[0] - mx, b[1] + mx, b[2] - my, b[3] + my};
    }

    /** {@code n} evenly spaced values from {@code min} to {@code max}, both included. */
    static double[] grid(double min, double max, int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = min + (max - min) * i / (n - 1);
        }
        return values;
    }

    /**
     * Every point of the grid {@code xs} x {@code ys} as one row (n x 2, n = xs.length * ys.length);
     * row {@code i * ys.length + j} holds {@code (xs[i], ys[j])}.
     */
    static DMatrixRMaj points(double[] xs, double[] ys) {
        DMatrixRMaj grid = new DMatrixRMaj(xs.length * ys.length, 2);
        for (int i = 0; i < xs.length; i++) {
            for (int j = 0; j < ys.length; j++) {
                grid.set(i * ys.length + j, 0, xs[i]);
                grid.set(i * ys.length + j, 1, ys[j]);
            }
        }
        return grid;
    }

    /**
     * Fills the grid {@code xs} x {@code ys} with colour: one square marker per grid point (the
     * caller sizes the markers a little larger than a cell, so neighbours overlap), one series per
     * category, in category order, none of them in the legend.
     *
     * @param category the category of each grid point, 0 to {@code categories - 1}, in the row order
     *                 of {@link #points}; not modified
     */
    static void fill(XYChart chart, double[] xs, double[] ys, int[] category, int categories,
            IntFunction<String> name, IntFunction<Color> colour) {
        for (int c = 0; c < categories; c++) {
            final int wanted = c;
            int[] cells = IntStream.range(0, category.length).filter(k -> category[k] == wanted).toArray();
            if (cells.length == 0) {
                continue;
            }
            double[] px = Arrays.stream(cells).mapToDouble(k -> xs[k / ys.length]).toArray();
            double[] py = Arrays.stream(cells).mapToDouble(k -> ys[k % ys.length]).toArray();
            XYSeries series = chart.addSeries(name.apply(c), px, py);
            series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            series.setMarker(SeriesMarkers.SQUARE);
            series.setMarkerColor(colour.apply(c));
            series.setShowInLegend(false);
        }
    }

    /**
     * The value at {@code (x, y)} of the function sampled on the grid, interpolated bilinearly
     * between the four nearest grid points (the nearest edge value outside the grid).
     *
     * @param xs grid x values, evenly spaced and increasing; not modified
     * @param ys grid y values, evenly spaced and increasing; not modified
     * @param z  {@code z[i][j]} at {@code (xs[i], ys[j])}; not modified
     */
    static double interpolate(double[] xs, double[] ys, double[][] z, double x, double y) {
        double u = position(xs, x);
        double v = position(ys, y);
        int i = Math.min(xs.length - 2, (int) Math.floor(u));
        int j = Math.min(ys.length - 2, (int) Math.floor(v));
        double s = u - i;
        double t = v - j;
        return (1 - s) * ((1 - t) * z[i][j] + t * z[i][j + 1]) + s * ((1 - t) * z[i + 1][j] + t * z[i + 1][j + 1]);
    }

    /** Fractional index of {@code value} in an evenly spaced grid, clamped to the grid. */
    private static double position(double[] grid, double value) {
        double p = (value - grid[0]) / (grid[grid.length - 1] - grid[0]) * (grid.length - 1);
        return Double.isNaN(p) ? 0 : Math.max(0, Math.min(grid.length - 1, p));
    }
}
