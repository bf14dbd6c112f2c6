package io.github.backproplab.plot;

import io.github.backproplab.data.Dataset;
import io.github.backproplab.nn.Network;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * What a classifier with two inputs predicts everywhere in the plane: the regions of each class
 * (light, painted per pixel from the outputs interpolated between grid points), the boundary
 * between them (for a single output), and the data points (dark).
 */
public final class DecisionBoundary extends Figure<DecisionBoundary> {
    private final Network network;
    private final DMatrixRMaj x;
    private final int[] labels;
    private final int classes;
    private List<String> classNames;
    private int resolution = 70;

    private DecisionBoundary(Network network, DMatrixRMaj x, DMatrixRMaj y, List<String> classNames) {
        if (network.inputs() != 2 || x.numCols != 2) {
            throw new IllegalArgumentException("a decision boundary needs two inputs; the network takes "
                    + network.inputs() + " and x has " + x.numCols + " columns");
        }
        if (y.numRows != x.numRows) {
            throw new IllegalArgumentException("x has " + x.numRows + " rows but y has " + y.numRows);
        }
        this.network = network;
        this.x = x.copy();
        this.labels = Classes.of(y, Classes.threshold(y));
        this.classes = Classes.count(labels, Math.max(y.numCols, network.outputs()));
        this.classNames = classNames;
    }

    /**
     * The network's decision regions with the data on top.
     *
     * @param x the points, n x 2; copied
     * @param y their true classes: one-hot (n x k) or one column of 0/1 (or -1/1); not modified
     */
    public static DecisionBoundary of(Network network, DMatrixRMaj x, DMatrixRMaj y) {
        return new DecisionBoundary(network, x, y, List.of());
    }

    /** The network's decision regions with a two-feature classification dataset on top. */
    public static DecisionBoundary of(Network network, Dataset data) {
        return new DecisionBoundary(network, data.x(), data.y(), data.classNames());
    }

    /** Names for the classes, in class order. */
    public DecisionBoundary classNames(List<String> names) {
        this.classNames = List.copyOf(names);
        return this;
    }

    /** Grid points along each axis (default 70). */
    public DecisionBoundary resolution(int points) {
        if (points < 4) {
            throw new IllegalArgumentException("resolution must be at least 4");
        }
        this.resolution = points;
        return this;
    }

    String className(int c) {
        return c < classNames.size() ? classNames.get(c) : "class " + c;
    }

    @Override
    protected String defaultTitle() {
        int[] predicted = Classes.predicted(network, x);
        int right = 0;
        for (int i = 0; i < predicted.length; i++) {
            right += predicted[i] == labels[i] ? 1 : 0;
        }
        return String.format(Locale.ROOT, "Decision boundary (%.1f%% of points right)", 100.0 * right / labels.length);
    }

    @Override
    protected int defaultHeight() {
        return 540;
    }

    @Override
    public List<XYChart> charts() {
        double[] b = Plane.bounds(x);
        double[] gx = Plane.grid(b[0], b[1], resolution);
        double[] gy = Plane.grid(b[2], b[3], resolution);
        DMatrixRMaj output = network.predict(Plane.points(gx, gy));
        double[][][] z = new double[output.numCols][resolution][resolution];
        for (int i = 0; i < resolution; i++) {
            for (int j = 0; j < resolution; j++) {
                for (int c = 0; c < output.numCols; c++) {
                    z[c][i][j] = output.get(i * resolution + j, c);
                }
            }
        }
        double threshold = Classes.threshold(network);
        Color[] regionColours = new Color[Math.max(2, classes)];
        for (int c = 0; c < regionColours.length; c++) {
            regionColours[c] = Palette.tint(Palette.series(c), 0.72);
        }
        // the predicted class at any point, from the outputs interpolated between grid points
        FieldChart chart = new FieldChart(width(), height(), (px, py) -> {
            if (z.length == 1) {
                return regionColours[Plane.interpolate(gx, gy, z[0], px, py) >= threshold ? 1 : 0];
            }
            int best = 0;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < z.length; c++) {
                double v = Plane.interpolate(gx, gy, z[c], px, py);
                if (v > bestValue) {
                    best = c;
                    bestValue = v;
                }
            }
            return regionColours[Math.min(best, regionColours.length - 1)];
        }, null);
        Style.asLineChart(chart, title(), "x1", "x2");
        chart.getStyler().setXAxisMin(b[0]).setXAxisMax(b[1]).setYAxisMin(b[2]).setYAxisMax(b[3]);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setLegendPosition(LegendPosition.OutsideE);
        chart.getStyler().setMarkerSize(8);
        if (output.numCols == 1) {
            double[][] line = Contours.at(gx, gy, z[0], threshold);
            if (line[0].length > 0) {
                XYSeries boundary = chart.addSeries("boundary", line[0], line[1]);
                boundary.setLineColor(new Color(0x33, 0x33, 0x33));
                boundary.setMarker(SeriesMarkers.NONE);
            }
        }
        for (int c = 0; c < classes; c++) {
            List<double[]> points = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == c) {
                    points.add(new double[] {x.get(i, 0), x.get(i, 1)});
                }
            }
            if (!points.isEmpty()) {
                scatter(chart, className(c), points, Palette.series(c)).setMarker(SeriesMarkers.CIRCLE);
            }
        }
        return List.of(chart);
    }

    private static XYSeries scatter(XYChart chart, String name, List<double[]> points, Color colour) {
        double[] px = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] py = points.stream().mapToDouble(p -> p[1]).toArray();
        XYSeries series = chart.addSeries(name, px, py);
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        series.setMarkerColor(colour);
        return series;
    }
}
