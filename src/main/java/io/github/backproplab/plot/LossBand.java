package io.github.backproplab.plot;

import io.github.backproplab.train.History;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The training loss per epoch of the same setup trained from several seeds: the mean as a line
 * and the range from the lowest to the highest run as a band around it, so that a difference
 * between two setups can be told from the luck of one seed.
 *
 * <pre>{@code
 * LossBand.of("step 0.1", slowRuns).add("step 1.0", fastRuns).logScale()
 * }</pre>
 */
public final class LossBand extends Figure<LossBand> {
    private final Map<String, List<History>> groups = new LinkedHashMap<>();
    private boolean logScale;

    private LossBand() {
    }

    /** The runs of one setup (different seeds), under {@code name}. */
    public static LossBand of(String name, List<History> runs) {
        return new LossBand().add(name, runs);
    }

    /** Adds the runs of another setup, drawn in the next colour. */
    public LossBand add(String name, List<History> runs) {
        if (runs == null || runs.isEmpty()) {
            throw new IllegalArgumentException("setup " + name + " needs at least one run");
        }
        if (groups.containsKey(name)) {
            throw new IllegalArgumentException("there is already a setup named " + name);
        }
        for (History run : runs) {
            if (run == null || run.epochs().rowCount() == 0) {
                throw new IllegalArgumentException("setup " + name + " has a run with no finished epoch");
            }
        }
        groups.put(name, List.copyOf(runs));
        return this;
    }

    /** Draw the loss on a logarithmic axis. */
    public LossBand logScale() {
        this.logScale = true;
        return this;
    }

    @Override
    protected String defaultTitle() {
        int seeds = groups.values().iterator().next().size();
        boolean same = groups.values().stream().allMatch(runs -> runs.size() == seeds);
        return "Training loss over " + (same ? seeds + " seeds" : "several seeds") + ": mean and range";
    }

    /**
     * Per epoch (as far as every run got): {@code {epoch, mean, lowest, highest}} of the training
     * loss across the runs.
     */
    static double[][] spread(List<History> runs) {
        int epochs = runs.stream().mapToInt(r -> r.epochs().rowCount()).min().orElse(0);
        double[][] rows = new double[4][epochs];
        for (int e = 0; e < epochs; e++) {
            double sum = 0;
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (History run : runs) {
                double loss = Series.column(run.epochs(), History.LOSS)[e];
                sum += loss;
                low = Math.min(low, loss);
                high = Math.max(high, loss);
            }
            rows[0][e] = Series.column(runs.get(0).epochs(), History.EPOCH)[e];
            rows[1][e] = sum / runs.size();
            rows[2][e] = low;
            rows[3][e] = high;
        }
        return rows;
    }

    @Override
    public List<XYChart> charts() {
        XYChart chart = Style.lineChart(width(), height(), title(), "epoch", logScale ? "training loss (log scale)" : "training loss");
        chart.getStyler().setYAxisLogarithmic(logScale);
        int g = 0;
        List<Runnable> lines = new ArrayList<>();
        for (Map.Entry<String, List<History>> group : groups.entrySet()) {
            double[][] s = spread(group.getValue());
            java.awt.Color colour = Palette.series(g++);
            int n = s[0].length;
            double[] px = new double[2 * n];
            double[] py = new double[2 * n];
            for (int e = 0; e < n; e++) {
                px[e] = s[0][e];
                py[e] = s[3][e];
                px[2 * n - 1 - e] = s[0][e];
                py[2 * n - 1 - e] = s[2][e];
            }
            XYSeries band = chart.addSeries(group.getKey() + " range", px, logScale ? Series.forLogAxis(py) : py);
            band.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
            band.setFillColor(Palette.withAlpha(colour, 60));
            band.setLineColor(Palette.withAlpha(colour, 60));
            band.setMarker(SeriesMarkers.NONE);
            band.setShowInLegend(false);
            // means go on top of every band
            String name = group.getKey() + " (mean of " + group.getValue().size() + ")";
            lines.add(() -> {
                XYSeries mean = chart.addSeries(name, s[0], logScale ? Series.forLogAxis(s[1]) : s[1]);
                mean.setLineColor(colour);
                mean.setMarker(SeriesMarkers.NONE);
            });
        }
        lines.forEach(Runnable::run);
        if (logScale) {
            Style.labelLogAxis(chart);
        }
        Style.integerXTicks(chart);
        Style.legendOffTheData(chart);
        return List.of(chart);
    }
}
