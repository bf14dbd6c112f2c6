package io.github.backproplab.plot;

import io.github.backproplab.nn.Network;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * For a network with two inputs, the activation of each unit of one layer over the input plane,
 * one small map per unit with the data points on top and one colour bar for all: each hidden unit
 * draws one simple shape (a soft line for tanh or sigmoid, a fold for ReLU) and the next layer
 * combines them.
 */
public final class ActivationMaps extends Figure<ActivationMaps> {
    private static final int MAX_UNITS = 16;

    private final Network network;
    private final int layer;
    private final double[] bounds;
    private int resolution = 30;
    private DMatrixRMaj points;

    private ActivationMaps(Network network, int layer, DMatrixRMaj x) {
        if (network.inputs() != 2) {
            throw new IllegalArgumentException("activation maps need a network with two inputs, this one takes " + network.inputs());
        }
        if (layer < 1 || layer > network.depth()) {
            throw new IllegalArgumentException("layer must be 1 to " + network.depth() + ", got " + layer);
        }
        this.network = network;
        this.layer = layer;
        this.bounds = Plane.bounds(x);
        this.points = x.copy();
    }

    /**
     * The first layer's units over the region the data {@code x} covers.
     *
     * @param x points (n x 2) that set the plotted region; not modified
     */
    public static ActivationMaps of(Network network, DMatrixRMaj x) {
        return of(network, x, 1);
    }

    /** The units of layer {@code layer} (1 = first hidden layer) over the region {@code x} covers; {@code x} is not modified. */
    public static ActivationMaps of(Network network, DMatrixRMaj x, int layer) {
        return new ActivationMaps(network, layer, x);
    }

    /** Grid points along each axis (default 30). */
    public ActivationMaps resolution(int points) {
        if (points < 2) {
            throw new IllegalArgumentException("resolution must be at least 2");
        }
        this.resolution = points;
        return this;
    }

    /** Units drawn: all, up to 16. */
    int units() {
        return Math.min(MAX_UNITS, network.layers().get(layer - 1).units());
    }

    @Override
    public int columns() {
        return Math.min(4, units());
    }

    @Override
    protected int defaultHeight() {
        return rows(units()) * 190;
    }

    @Override
    protected String defaultTitle() {
        return "Layer " + layer + ", unit 1"; // the activation's name heads the colour bar
    }

    /** The layer's activations at the grid points, one row per point (in {@link Plane#points} order). */
    private DMatrixRMaj activations(double[] gx, double[] gy) {
        return network.forward(Plane.points(gx, gy)).activations().get(layer - 1);
    }

    /** One colour scale for all units: centred on zero when activations take both signs, from zero otherwise. */
    private ColourScale scale(DMatrixRMaj a) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < a.numRows; k++) {
            for (int u = 0; u < units(); u++) {
                low = Math.min(low, a.get(k, u));
                high = Math.max(high, a.get(k, u));
            }
        }
        String name = network.layers().get(layer - 1).activation().name();
        double reach = Math.max(Math.abs(low), Math.abs(high));
        return low < 0 ? ColourScale.diverging(name, reach) : ColourScale.fromZero(name, reach);
    }

    @Override
    ColourScale pageColourBar() {
        return scale(activations(Plane.grid(bounds[0], bounds[1], resolution), Plane.grid(bounds[2], bounds[3], resolution)));
    }

    /** Sets the points drawn on every map (n x 2, copied); {@link #of} uses the points that set the region. */
    public ActivationMaps points(DMatrixRMaj x) {
        if (x.numCols != 2) {
            throw new IllegalArgumentException("points must have two columns, got " + io.github.backproplab.nn.Shapes.of(x));
        }
        this.points = x.copy();
        return this;
    }

    @Override
    public List<FieldChart> charts() {
        double[] gx = Plane.grid(bounds[0], bounds[1], resolution);
        double[] gy = Plane.grid(bounds[2], bounds[3], resolution);
        DMatrixRMaj a = activations(gx, gy);
        ColourScale scale = scale(a);
        int units = units();
        List<FieldChart> charts = new ArrayList<>();
        int w = panelWidth();
        int h = panelHeight(units);
        for (int u = 0; u < units; u++) {
            double[][] z = new double[resolution][resolution];
            for (int i = 0; i < resolution; i++) {
                for (int j = 0; j < resolution; j++) {
                    z[i][j] = a.get(i * resolution + j, u);
                }
            }
            FieldChart chart = new FieldChart(w, h, (x, y) -> scale.colour(Plane.interpolate(gx, gy, z, x, y)), null);
            Style.asLineChart(chart, u == 0 ? title() : "unit " + (u + 1), "", "");
            XYStyler styler = chart.getStyler();
            styler.setChartTitleFont(styler.getChartTitleFont().deriveFont(u == 0 && w < 300 ? 11f : 13f));
            styler.setAxisTitlesVisible(false);
            styler.setLegendVisible(false);
            styler.setPlotGridLinesVisible(false);
            styler.setXAxisMin(bounds[0]).setXAxisMax(bounds[1]).setYAxisMin(bounds[2]).setYAxisMax(bounds[3]);
            styler.setXAxisTickMarkSpacingHint(45);
            styler.setYAxisTickMarkSpacingHint(30);
            styler.setMarkerSize(4);
            XYSeries data = chart.addSeries("data", column(points, 0), column(points, 1));
            data.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            data.setMarker(SeriesMarkers.CIRCLE);
            data.setMarkerColor(new Color(0x22, 0x22, 0x22, 150));
            charts.add(chart);
        }
        return charts;
    }

    private static double[] column(DMatrixRMaj m, int c) {
        double[] values = new double[m.numRows];
        for (int i = 0; i < values.length; i++) {
            values[i] = m.get(i, c);
        }
        return values;
    }
}
