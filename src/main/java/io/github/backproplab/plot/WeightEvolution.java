package io.github.backproplab.plot;

import io.github.backproplab.train.History;
import io.github.backproplab.train.WeightSnapshot;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.Histogram;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * How each layer's weight distribution changes over training: per layer, the histograms of
 * several snapshots overlaid on shared bins, light (early) to dark (late).
 */
public final class WeightEvolution extends Figure<WeightEvolution> {
    private final History run;
    private int bins = 30;
    private int maxSnapshots = 6;

    private WeightEvolution(History run) {
        if (run.snapshots().isEmpty()) {
            throw new IllegalArgumentException("the history holds no weight snapshots: train with snapshotEvery(n)");
        }
        this.run = run;
    }

    /** The snapshots kept in {@code run} (see {@code Trainer.snapshotEvery}). */
    public static WeightEvolution of(History run) {
        return new WeightEvolution(run);
    }

    /** Number of bins (default 30). */
    public WeightEvolution bins(int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1");
        }
        this.bins = bins;
        return this;
    }

    /** At most this many snapshots per layer, evenly spread, first and last always in (default 6). */
    public WeightEvolution snapshots(int max) {
        if (max < 2) {
            throw new IllegalArgumentException("show at least 2 snapshots");
        }
        this.maxSnapshots = max;
        return this;
    }

    /** The snapshots drawn: all when few, else an even spread including the first and last. */
    List<WeightSnapshot> chosen() {
        List<WeightSnapshot> all = run.snapshots();
        if (all.size() <= maxSnapshots) {
            return all;
        }
        List<WeightSnapshot> chosen = new ArrayList<>();
        for (int k = 0; k < maxSnapshots; k++) {
            chosen.add(all.get((int) Math.round((double) k * (all.size() - 1) / (maxSnapshots - 1))));
        }
        return chosen;
    }

    @Override
    public int columns() {
        return Math.min(2, run.layerCount());
    }

    @Override
    protected int defaultHeight() {
        return rows(run.layerCount()) * 320;
    }

    @Override
    protected String defaultTitle() {
        return "Weights over training";
    }

    @Override
    public List<XYChart> charts() {
        List<WeightSnapshot> snapshots = chosen();
        List<XYChart> charts = new ArrayList<>();
        for (int l = 0; l < run.layerCount(); l++) {
            List<List<Double>> values = new ArrayList<>();
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (WeightSnapshot snapshot : snapshots) {
                List<Double> v = Histograms.values(snapshot.weights().get(l));
                values.add(v);
                min = Math.min(min, Histograms.min(v));
                max = Math.max(max, Histograms.max(v));
            }
            XYChart chart = Style.lineChart(panelWidth(), panelHeight(run.layerCount()),
                    (l == 0 ? title() + ", layer 1" : "layer " + (l + 1)), "weight", "count");
            for (int s = 0; s < snapshots.size(); s++) {
                // shared bins, so that the curves of one layer are comparable
                Histogram histogram = Histograms.of(values.get(s), bins, min, max);
                XYSeries series = chart.addSeries("epoch " + snapshots.get(s).epoch(), histogram.getxAxisData(), histogram.getyAxisData());
                series.setLineColor(Palette.sequential(0.3 + 0.7 * s / Math.max(1, snapshots.size() - 1)));
                series.setMarker(SeriesMarkers.NONE);
            }
            chart.getStyler().setLegendPosition(LegendPosition.InsideNE);
            chart.getStyler().setXAxisDecimalPattern("0.00");
            Style.spreadXTicks(chart);
            charts.add(chart);
        }
        return charts;
    }
}
