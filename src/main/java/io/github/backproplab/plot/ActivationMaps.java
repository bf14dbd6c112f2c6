package io.github.backproplab.plot;

import io.github.backproplab.nn.Network;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.style.HeatMapStyler;

/**
 * For a network with two inputs, the activation of each unit of one layer over the input plane,
 * one small heat map per unit: each hidden unit draws one simple shape (a soft line for tanh or
 * sigmoid, a fold for ReLU) and the next layer combines them.
 */
public final class ActivationMaps extends Figure<ActivationMaps> {
    private static final int MAX_UNITS = 16;

    private final Network network;
    private final int layer;
    private final double[] bounds;
    private int resolution = 30;

    private ActivationMaps(Network network, int layer, double[] bounds) {
        if (network.inputs() != 2) {
            throw new IllegalArgumentException("activation maps need a network with two inputs, this one takes " + network.inputs());
        }
        if (layer < 1 || layer > network.depth()) {
            throw new IllegalArgumentException("layer must be 1 to " + network.depth() + ", got " + layer);
        }
        this.network = network;
        this.layer = layer;
        this.bounds = bounds;
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
        return new ActivationMaps(network, layer, Plane.bounds(x));
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
        return "Layer " + layer + " (" + network.layers().get(layer - 1).activation().name() + "), unit 1";
    }

    @Override
    public List<HeatMapChart> charts() {
        double[] gx = Plane.grid(bounds[0], bounds[1], resolution);
        double[] gy = Plane.grid(bounds[2], bounds[3], resolution);
        DMatrixRMaj grid = Plane.points(gx, gy);
        DMatrixRMaj a = network.forward(grid).activations().get(layer - 1);
        int units = units();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < a.numRows; k++) {
            for (int u = 0; u < units; u++) {
                low = Math.min(low, a.get(k, u));
                high = Math.max(high, a.get(k, u));
            }
        }
        // one colour scale for all units; centred on zero when activations take both signs
        boolean signed = low < 0;
        double reach = Math.max(Math.abs(low), Math.abs(high));
        double min = signed ? -reach : 0;
        double max = reach > 0 ? reach : 1;
        List<String> xLabels = labels(gx);
        List<String> yLabels = labels(gy);
        List<HeatMapChart> charts = new ArrayList<>();
        int w = panelWidth();
        int h = panelHeight(units);
        for (int u = 0; u < units; u++) {
            HeatMapChart chart = new HeatMapChart(w, h);
            chart.setTitle(u == 0 ? title() : "unit " + (u + 1));
            HeatMapStyler styler = chart.getStyler();
            Style.apply(styler, w);
            styler.setLegendVisible(false);
            styler.setAxisTicksVisible(false);
            styler.setPlotContentSize(1.0);
            styler.setChartTitleFont(styler.getChartTitleFont().deriveFont(u == 0 && w < 300 ? 11f : 13f));
            styler.setRangeColors(signed ? Palette.diverging() : new Color[] {Color.WHITE, Palette.POSITIVE});
            List<Number[]> cells = new ArrayList<>(resolution * resolution);
            for (int i = 0; i < resolution; i++) {
                for (int j = 0; j < resolution; j++) {
                    cells.add(new Number[] {i, j, a.get(i * resolution + j, u)});
                }
            }
            chart.addSeries("unit " + (u + 1), xLabels, yLabels, cells).setMin(min).setMax(max);
            charts.add(chart);
        }
        return charts;
    }

    private static List<String> labels(double[] values) {
        List<String> labels = new ArrayList<>();
        for (double v : values) {
            labels.add(String.format(Locale.ROOT, "%.2f", v));
        }
        return labels;
    }
}
