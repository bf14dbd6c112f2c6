package io.github.backproplab.plot;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Lines of numbers computed in a notebook, overlaid on one chart: a loss against one prediction,
 * the loss per step for several step sizes, costs against network size on log-log axes. Points
 * that a log axis cannot show (zero, negative, infinite, NaN) are left out of the line.
 */
public final class Curves extends Figure<Curves> {
    private enum Look { LINE, LINE_AND_MARKERS, MARKERS }

    private record Line(String name, double[] x, double[] y, Look look) {
    }

    private final String xTitle;
    private final String yTitle;
    private final List<Line> lines = new ArrayList<>();
    private boolean logX;
    private boolean logY;

    private Curves(String xTitle, String yTitle) {
        this.xTitle = xTitle;
        this.yTitle = yTitle;
    }

    /** An empty chart with the given axis titles; add lines with {@link #line}. */
    public static Curves of(String xTitle, String yTitle) {
        return new Curves(xTitle, yTitle);
    }

    /**
     * Adds a line through the points (x[i], y[i]).
     *
     * @param x not modified (copied)
     * @param y same length as {@code x}; not modified (copied)
     */
    public Curves line(String name, double[] x, double[] y) {
        return add(name, x, y, Look.LINE);
    }

    /** Adds a line through y[0], y[1], ... at x = 0, 1, ... (for example, the loss at each step). */
    public Curves line(String name, double[] y) {
        double[] x = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        return add(name, x, y, Look.LINE);
    }

    /** Like {@link #line(String, double[], double[])}, with a marker on every point (for measurements). */
    public Curves points(String name, double[] x, double[] y) {
        return add(name, x, y, Look.LINE_AND_MARKERS);
    }

    /** Markers only, no line: separate results, such as one value per seed (for the spread over seeds). */
    public Curves dots(String name, double[] x, double[] y) {
        return add(name, x, y, Look.MARKERS);
    }

    private Curves add(String name, double[] x, double[] y, Look look) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("each line needs a name for the legend");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException("line '" + name + "' has " + x.length + " x values but " + y.length + " y values");
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("line '" + name + "' has no points");
        }
        lines.add(new Line(name, x.clone(), y.clone(), look));
        return this;
    }

    /** Logarithmic x axis. */
    public Curves logX() {
        this.logX = true;
        return this;
    }

    /** Logarithmic y axis. */
    public Curves logY() {
        this.logY = true;
        return this;
    }

    @Override
    protected String defaultTitle() {
        return yTitle + " against " + xTitle;
    }

    @Override
    public List<XYChart> charts() {
        if (lines.isEmpty()) {
            throw new IllegalStateException("add at least one line before drawing");
        }
        XYChart chart = Style.lineChart(width(), height(), title(), xTitle + (logX ? " (log scale)" : ""),
                yTitle + (logY ? " (log scale)" : ""));
        chart.getStyler().setXAxisLogarithmic(logX);
        chart.getStyler().setYAxisLogarithmic(logY);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            double[] x = logX ? Series.forLogAxis(line.x()) : finite(line.x());
            double[] y = logY ? Series.forLogAxis(line.y()) : finite(line.y());
            XYSeries series = chart.addSeries(line.name(), x, y);
            series.setXYSeriesRenderStyle(line.look() == Look.MARKERS ? XYSeriesRenderStyle.Scatter : XYSeriesRenderStyle.Line);
            series.setLineColor(Palette.series(i));
            series.setMarker(line.look() == Look.LINE ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
            series.setMarkerColor(Palette.series(i));
        }
        if (logY) {
            Style.labelLogAxis(chart);
        }
        Style.legendOffTheData(chart);
        if (!logX) {
            Style.spreadXTicks(chart);
        }
        return List.of(chart);
    }

    private static double[] finite(double[] values) {
        double[] copy = values.clone();
        for (int i = 0; i < copy.length; i++) {
            if (!Double.isFinite(copy[i])) {
                copy[i] = Double.NaN;
            }
        }
        return copy;
    }
}
