package io.github.backproplab.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * How a cost (time, memory, operations) grows with a size, on log-log axes, where a power law
 * cost = c * size^k is a straight line of slope k. Each measured series gets a fitted line and its
 * slope in the legend: a slope near 3 for multiplying n x n matrices, near 1 for one pass over the
 * data. Backpropagation's point is that the backward pass costs about what the forward pass does.
 */
public final class ScalingCurve extends Figure<ScalingCurve> {
    /** One measured series. */
    private record Measured(String name, double[] sizes, double[] costs) {
    }

    private final List<Measured> series = new ArrayList<>();
    private String sizeName = "size";
    private String costName = "cost";

    private ScalingCurve() {
    }

    /**
     * Costs measured at several sizes, under {@code name}.
     *
     * @param sizes positive sizes, at least two distinct; copied
     * @param costs the positive cost at each size, same length; copied
     */
    public static ScalingCurve of(String name, double[] sizes, double[] costs) {
        return new ScalingCurve().add(name, sizes, costs);
    }

    /** Adds another measured series (copied), drawn in the next colour. */
    public ScalingCurve add(String name, double[] sizes, double[] costs) {
        if (sizes.length != costs.length) {
            throw new IllegalArgumentException(name + " has " + sizes.length + " sizes but " + costs.length + " costs");
        }
        for (int i = 0; i < sizes.length; i++) {
            if (!(sizes[i] > 0) || !(costs[i] > 0) || Double.isInfinite(sizes[i]) || Double.isInfinite(costs[i])) {
                throw new IllegalArgumentException(name + ": sizes and costs must be positive and finite for log axes, got size "
                        + sizes[i] + " and cost " + costs[i] + " at index " + i);
            }
        }
        if (java.util.Arrays.stream(sizes).distinct().count() < 2) {
            throw new IllegalArgumentException(name + " needs at least two different sizes to fit a slope");
        }
        series.add(new Measured(name, sizes.clone(), costs.clone()));
        return this;
    }

    /** Names the two axes, for instance {@code "hidden units"} and {@code "ms per epoch"}. */
    public ScalingCurve axes(String sizeName, String costName) {
        if (sizeName.isEmpty() || costName.isEmpty()) {
            throw new IllegalArgumentException("axis names must not be empty");
        }
        this.sizeName = sizeName;
        this.costName = costName;
        return this;
    }

    @Override
    protected String defaultTitle() {
        return costName.substring(0, 1).toUpperCase(Locale.ROOT) + costName.substring(1) + " against " + sizeName + ", log-log";
    }

    /**
     * The least-squares line through {@code (log10 size, log10 cost)}: {@code {slope, intercept}},
     * so cost is about {@code 10^intercept * size^slope}.
     */
    static double[] fit(double[] sizes, double[] costs) {
        int n = sizes.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += Math.log10(sizes[i]) / n;
            my += Math.log10(costs[i]) / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            double dx = Math.log10(sizes[i]) - mx;
            sxy += dx * (Math.log10(costs[i]) - my);
            sxx += dx * dx;
        }
        double slope = sxy / sxx;
        return new double[] {slope, my - slope * mx};
    }

    /** The fitted slope of the series named {@code name}. */
    public double slope(String name) {
        for (Measured m : series) {
            if (m.name().equals(name)) {
                return fit(m.sizes(), m.costs())[0];
            }
        }
        throw new IllegalArgumentException("no series named " + name);
    }

    @Override
    public List<XYChart> charts() {
        XYChart chart = Style.lineChart(width(), height(), title(), sizeName + " (log scale)", costName + " (log scale)");
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        for (int k = 0; k < series.size(); k++) {
            Measured m = series.get(k);
            double[] line = fit(m.sizes(), m.costs());
            XYSeries points = chart.addSeries(m.name(), m.sizes(), m.costs());
            points.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            points.setMarker(SeriesMarkers.CIRCLE);
            points.setMarkerColor(Palette.series(k));
            double low = java.util.Arrays.stream(m.sizes()).min().orElseThrow();
            double high = java.util.Arrays.stream(m.sizes()).max().orElseThrow();
            double[] xs = {low, high};
            double[] ys = {Math.pow(10, line[1]) * Math.pow(low, line[0]), Math.pow(10, line[1]) * Math.pow(high, line[0])};
            XYSeries fitted = chart.addSeries(String.format(Locale.ROOT, "%s fit: slope %.2f", m.name(), line[0]), xs, ys);
            fitted.setLineColor(Palette.series(k));
            fitted.setMarker(SeriesMarkers.NONE);
        }
        Style.labelLogAxis(chart);
        Style.labelLogXAxis(chart);
        Style.legendOffTheData(chart);
        return List.of(chart);
    }
}
