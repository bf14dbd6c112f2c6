package io.github.backproplab.plot;

import io.github.backproplab.train.History;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * One line per layer over the training steps: the gradient norm (do the first layers' gradients
 * vanish, does any explode?), the update-to-weight ratio (is the step size sensible for each
 * layer?) or the weight norm (do weights grow without bound?).
 */
public final class LayerCurves extends Figure<LayerCurves> {
    /** A common rule of thumb: updates about a thousandth of the weights. */
    public static final double RATIO_GUIDE = 1e-3;

    private final History run;
    private final String what;
    private final IntFunction<String> column;
    private final boolean guide;
    private boolean logScale = true;
    private int smoothing = -1;

    private LayerCurves(History run, String what, IntFunction<String> column, boolean guide) {
        this.run = Objects.requireNonNull(run, "history");
        this.what = what;
        this.column = column;
        this.guide = guide;
    }

    /** Norm of each layer's weight gradient at every step, log scale. */
    public static LayerCurves gradientNorms(History run) {
        return new LayerCurves(run, "gradient norm", History::gradientNorm, false);
    }

    /**
     * Size of each step's weight update relative to the weights (norm of the update over norm of
     * the weights), log scale, with a guide line at {@link #RATIO_GUIDE}.
     */
    public static LayerCurves updateRatios(History run) {
        return new LayerCurves(run, "update / weight ratio", History::updateRatio, true);
    }

    /** Norm of each layer's weights at every step. */
    public static LayerCurves weightNorms(History run) {
        return new LayerCurves(run, "weight norm", History::weightNorm, false).logScale(false);
    }

    /** Whether the value axis is logarithmic. */
    public LayerCurves logScale(boolean logScale) {
        this.logScale = logScale;
        return this;
    }

    /** Moving average over {@code window} steps (0 for none; by default on for long runs). */
    public LayerCurves smooth(int window) {
        this.smoothing = Math.max(0, window);
        return this;
    }

    @Override
    protected String defaultTitle() {
        return Character.toUpperCase(what.charAt(0)) + what.substring(1) + " per layer";
    }

    @Override
    public List<XYChart> charts() {
        XYChart chart = Style.lineChart(width(), height(), title(), "step", logScale ? what + " (log scale)" : what);
        chart.getStyler().setYAxisLogarithmic(logScale);
        double[] steps = Series.column(run.steps(), History.STEP);
        for (int layer = 1; layer <= run.layerCount(); layer++) {
            // The trainer measures gradient norms and update ratios every few steps and records NaN
            // in between: draw the measured steps only, or the isolated points draw no line.
            double[][] measured = measured(steps, Series.column(run.steps(), column.apply(layer)));
            double[] at = measured[0];
            double[] values = measured[1];
            int window = smoothing >= 0 ? smoothing : (at.length >= 200 ? at.length / 50 : 0);
            if (window > 1) {
                values = Series.movingAverage(values, window);
            }
            XYSeries series = chart.addSeries("layer " + layer, at, logScale ? Series.forLogAxis(values) : values);
            series.setLineColor(Palette.depth(layer - 1, run.layerCount()));
            series.setMarker(SeriesMarkers.NONE);
        }
        if (guide && steps.length > 0) {
            XYSeries line = chart.addSeries("guide " + RATIO_GUIDE, new double[] {steps[0], steps[steps.length - 1]},
                    new double[] {RATIO_GUIDE, RATIO_GUIDE});
            line.setLineColor(Color.GRAY);
            line.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {3f, 4f}, 0f));
            line.setMarker(SeriesMarkers.NONE);
        }
        if (logScale) {
            Style.labelLogAxis(chart);
        }
        Style.legendOffTheData(chart);
        Style.spreadXTicks(chart);
        return List.of(chart);
    }

    /** The steps and values where a value was measured (not NaN), as {steps, values}. */
    private static double[][] measured(double[] steps, double[] values) {
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        double[][] kept = new double[2][n];
        for (int i = 0, k = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                kept[0][k] = steps[i];
                kept[1][k++] = values[i];
            }
        }
        return kept;
    }
}
