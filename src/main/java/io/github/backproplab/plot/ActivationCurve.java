package io.github.backproplab.plot;

import io.github.backproplab.nn.Activation;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Activation functions a = f(z), each in its own panel with its derivative f'(z): the
 * derivative is what backpropagation multiplies every Delta by on its way back through a layer,
 * so where it is near zero, learning stalls. Both curves come from the activation's own forward
 * and backward rules.
 */
public final class ActivationCurve extends Figure<ActivationCurve> {
    private final List<Activation> activations;
    private double zMin = -5;
    private double zMax = 5;
    // an odd count that puts a point at z = 0, where ReLU's derivative jumps; enough for smooth curves
    private int points = 201;

    private ActivationCurve(List<Activation> activations) {
        if (activations.isEmpty()) {
            throw new IllegalArgumentException("give at least one activation");
        }
        for (Activation activation : activations) {
            if (activation.name().equals("softmax")) {
                throw new IllegalArgumentException("softmax mixes the units of a row, so it has no curve of one input; "
                        + "pick an activation that acts on each unit alone (identity, sigmoid, tanh, relu, leakyRelu)");
            }
        }
        this.activations = List.copyOf(activations);
    }

    /** The curves of one or more activations that act on each unit alone (not softmax). */
    public static ActivationCurve of(Activation... activations) {
        return new ActivationCurve(List.of(activations));
    }

    /** The range of z drawn (default -5 to 5). */
    public ActivationCurve range(double zMin, double zMax) {
        if (!(zMin < zMax)) {
            throw new IllegalArgumentException("range must have zMin < zMax, got " + zMin + " to " + zMax);
        }
        this.zMin = zMin;
        this.zMax = zMax;
        return this;
    }

    /**
     * {@inheritDoc} With one activation the title sits over its panel; with several, a title set
     * here goes over the whole figure and each panel keeps its own ("relu and its derivative").
     */
    @Override
    public ActivationCurve title(String title) {
        return super.title(title);
    }

    @Override
    protected String defaultTitle() {
        return activations.size() == 1 ? panelTitle(activations.get(0))
                : "Activation functions and their derivatives";
    }

    private static String panelTitle(Activation activation) {
        return activation.name() + " and its derivative";
    }

    @Override
    String pageTitle() {
        return activations.size() > 1 && hasTitleSet() ? title() : null;
    }

    /** One panel per activation, two side by side. */
    @Override
    public int columns() {
        return Math.min(2, activations.size());
    }

    @Override
    protected int defaultHeight() {
        return pageTitleHeight() + rows(activations.size()) * (activations.size() == 1 ? Style.HEIGHT : 320);
    }

    /** {@code {z, f(z), f'(z)}} at evenly spaced z, from the activation's forward and backward rules. */
    static double[][] curve(Activation activation, double zMin, double zMax, int points) {
        DMatrixRMaj z = new DMatrixRMaj(points, 1);
        for (int i = 0; i < points; i++) {
            z.set(i, 0, zMin + (zMax - zMin) * i / (points - 1));
        }
        DMatrixRMaj a = new DMatrixRMaj(points, 1);
        activation.forward(z, a);
        DMatrixRMaj ones = new DMatrixRMaj(points, 1);
        ones.fill(1);
        DMatrixRMaj slope = new DMatrixRMaj(points, 1);
        // with dL/da = 1 the chain rule gives dL/dz = f'(z)
        activation.backward(z, a, ones, slope);
        return new double[][] {z.data.clone(), a.data.clone(), slope.data.clone()};
    }

    @Override
    public List<XYChart> charts() {
        List<XYChart> charts = new ArrayList<>();
        for (int k = 0; k < activations.size(); k++) {
            Activation activation = activations.get(k);
            String title = activations.size() == 1 ? title() : panelTitle(activation);
            XYChart chart = Style.lineChart(panelWidth(), panelHeight(activations.size()), title, "z", "");
            double[][] c = curve(activation, zMin, zMax, points);
            XYSeries value = chart.addSeries("f(z)", c[0], c[1]);
            value.setLineColor(Palette.series(0));
            value.setMarker(SeriesMarkers.NONE);
            XYSeries slope = chart.addSeries("f'(z)", c[0], c[2]);
            slope.setLineColor(Palette.series(1));
            slope.setMarker(SeriesMarkers.NONE);
            chart.getStyler().setXAxisMin(zMin).setXAxisMax(zMax);
            Style.spreadXTicks(chart);
            Style.legendOffTheData(chart);
            charts.add(chart);
        }
        return charts;
    }
}
