package io.github.backproplab.plot;

import io.github.backproplab.train.History;
import java.awt.BasicStroke;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Training and validation loss, per epoch or per step, for one run or several overlaid (to
 * compare step sizes, activations or losses: give each run a name). Validation is dashed.
 *
 * <p>Long histories are drawn through fewer points: a solid line through the lowest and highest
 * loss of each of {@value #DRAWN_BUCKETS} runs of steps (so spikes stay), a dashed line through
 * evenly spread points, its lowest among them, far enough apart for the dashes to show.
 */
public final class LossCurve extends Figure<LossCurve> {
    static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {7f, 5f}, 0f);
    /**
     * A line is drawn through at most twice this many points (plus its ends): the lowest and the
     * highest of each of this many runs of steps, so a long history draws as fast as a short one
     * and its spikes still show.
     */
    static final int DRAWN_BUCKETS = 1500;
    /**
     * Least distance in pixels along x between the points of a dashed line: XChart starts the dash
     * pattern anew at every point, so closer points would draw only the first dash, a solid line.
     */
    static final int DASHED_POINT_SPACING = 18;

    private final List<History> runs;
    private boolean perStep;
    private boolean logScale;
    private boolean validation = true;
    private int smoothing = -1;

    private LossCurve(History[] runs) {
        this.runs = List.of(Series.requireRuns(runs));
    }

    /** Loss per epoch of one or more runs; each run's {@link History#name()} labels its lines. */
    public static LossCurve of(History... runs) {
        return new LossCurve(runs);
    }

    /** Same as {@link #of(History...)} for a list of runs. */
    public static LossCurve of(List<History> runs) {
        return new LossCurve(runs.toArray(new History[0]));
    }

    /** One point per training step (mini-batch) instead of per epoch: shows the noise of SGD. */
    public LossCurve perStep() {
        this.perStep = true;
        return this;
    }

    /** One point per epoch (the default). */
    public LossCurve perEpoch() {
        this.perStep = false;
        return this;
    }

    /** Logarithmic loss axis: makes slow late progress and exploding losses visible. */
    public LossCurve logScale() {
        this.logScale = true;
        return this;
    }

    /** Whether to draw the validation loss too (default true, where it was recorded). */
    public LossCurve validation(boolean show) {
        this.validation = show;
        return this;
    }

    /**
     * Per-step view only: adds a moving average over {@code window} steps on top of the raw,
     * faded loss; 0 turns it off. By default it is on for long runs.
     */
    public LossCurve smooth(int window) {
        this.smoothing = Math.max(0, window);
        return this;
    }

    @Override
    protected String defaultTitle() {
        return perStep ? "Loss per step" : "Loss per epoch";
    }

    @Override
    public List<XYChart> charts() {
        XYChart chart = Style.lineChart(width(), height(), title(), perStep ? "step" : "epoch",
                logScale ? "loss (log scale)" : "loss");
        chart.getStyler().setYAxisLogarithmic(logScale);
        for (int r = 0; r < runs.size(); r++) {
            if (perStep) {
                addSteps(chart, runs.get(r), r);
            } else {
                addEpochs(chart, runs.get(r), r);
            }
        }
        if (logScale) {
            Style.labelLogAxis(chart);
        }
        Style.legendOffTheData(chart);
        Style.spreadXTicks(chart);
        return List.of(chart);
    }

    private double[] y(double[] values) {
        return logScale ? Series.forLogAxis(values) : values;
    }

    private void addEpochs(XYChart chart, History run, int r) {
        double[] epochs = Series.column(run.epochs(), History.EPOCH);
        if (epochs.length == 0) {
            return;
        }
        line(chart, trainingLabel(run, "training"), epochs, y(Series.column(run.epochs(), History.LOSS)), r, false);
        double[] validationLoss = Series.column(run.epochs(), History.VALIDATION_LOSS);
        if (validation && Series.hasValues(validationLoss)) {
            line(chart, Series.label(runs, run, "validation"), epochs, y(validationLoss), r, true);
        }
    }

    private void addSteps(XYChart chart, History run, int r) {
        double[] steps = Series.column(run.steps(), History.STEP);
        if (steps.length == 0) {
            return;
        }
        double[] loss = Series.column(run.steps(), History.LOSS);
        int window = smoothing >= 0 ? smoothing : (steps.length >= 200 ? steps.length / 50 : 0);
        if (window > 1) {
            XYSeries raw = line(chart, trainingLabel(run, "training (each step)"), steps, y(loss), r, false);
            raw.setLineColor(Palette.withAlpha(Palette.series(r), 70));
            raw.setLineWidth(1f);
            raw.setShowInLegend(false);
            line(chart, trainingLabel(run, "training (mean of " + window + " steps)"), steps,
                    y(Series.movingAverage(loss, window)), r, false);
        } else {
            line(chart, trainingLabel(run, "training"), steps, y(loss), r, false);
        }
        double[] validationLoss = Series.column(run.epochs(), History.VALIDATION_LOSS);
        if (validation && Series.hasValues(validationLoss)) {
            XYSeries v = line(chart, Series.label(runs, run, "validation"), endOfEpochSteps(run), y(validationLoss), r, true);
            v.setMarker(SeriesMarkers.CIRCLE);
            v.setMarkerColor(Palette.series(r));
        }
    }

    /** Several runs without validation lines need only their names; otherwise say which line is training. */
    private String trainingLabel(History run, String what) {
        return runs.size() > 1 && !validation ? run.name() : Series.label(runs, run, what);
    }

    /** The step at which each epoch ended, so per-epoch values line up with per-step ones. */
    static double[] endOfEpochSteps(History run) {
        double[] epochOfStep = Series.column(run.steps(), History.EPOCH);
        double[] stepOfStep = Series.column(run.steps(), History.STEP);
        Map<Double, Double> lastStep = new HashMap<>();
        for (int s = 0; s < epochOfStep.length; s++) {
            lastStep.put(epochOfStep[s], stepOfStep[s]);
        }
        // one pass over the steps, not one per epoch: a live display redraws this while training runs
        return Arrays.stream(Series.column(run.epochs(), History.EPOCH)).map(e -> lastStep.getOrDefault(e, Double.NaN)).toArray();
    }

    /** The most points a dashed line gets on {@code chart}, so that its dashes show. */
    static int dashedPoints(XYChart chart) {
        return Math.max(2, (chart.getWidth() - 100) / DASHED_POINT_SPACING);
    }

    private static XYSeries line(XYChart chart, String name, double[] x, double[] y, int run, boolean dashed) {
        int[] drawn = dashed ? Thinning.evenly(x.length, dashedPoints(chart), Thinning.indexOfMin(y))
                : Thinning.minMax(y, DRAWN_BUCKETS);
        XYSeries series = chart.addSeries(name, Thinning.pick(x, drawn), Thinning.pick(y, drawn));
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        series.setLineColor(Palette.series(run));
        series.setMarker(SeriesMarkers.NONE);
        if (dashed) {
            series.setLineStyle(DASHED);
        }
        return series;
    }
}
