package io.github.backproplab.plot;

import io.github.backproplab.nn.Dense;
import io.github.backproplab.nn.Network;
import io.github.backproplab.nn.Shapes;
import io.github.backproplab.train.History;
import io.github.backproplab.train.WeightSnapshot;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.Histogram;
import org.knowm.xchart.style.CategoryStyler;

/**
 * The distribution of each layer's weights, one histogram per layer side by side: shows the
 * spread the initialiser chose and whether training saturates or kills units.
 */
public final class WeightHistograms extends Figure<WeightHistograms> {
    private final List<DMatrixRMaj> weights;
    private final List<String> names;
    private final String when;
    private int bins = 30;

    private WeightHistograms(List<DMatrixRMaj> weights, List<String> names, String when) {
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("no layers to show");
        }
        this.weights = weights;
        this.names = names;
        this.when = when;
    }

    /** The network's current weights (not the biases); the matrices are copied. */
    public static WeightHistograms of(Network network) {
        List<DMatrixRMaj> weights = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int l = 1;
        for (Dense layer : network.layers()) {
            weights.add(layer.weights().copy());
            names.add("layer " + l++ + ": " + Shapes.of(layer.weights()) + ", " + layer.activation().name());
        }
        return new WeightHistograms(weights, names, "");
    }

    /** The weights at the last snapshot the trainer kept (see {@code Trainer.snapshotEvery}). */
    public static WeightHistograms of(History history) {
        if (history.snapshots().isEmpty()) {
            throw new IllegalArgumentException("the history holds no weight snapshots: train with snapshotEvery(n)");
        }
        return of(history.snapshots().get(history.snapshots().size() - 1));
    }

    /** The weights of one snapshot. */
    public static WeightHistograms of(WeightSnapshot snapshot) {
        List<String> names = new ArrayList<>();
        for (int l = 0; l < snapshot.weights().size(); l++) {
            names.add("layer " + (l + 1) + ": " + Shapes.of(snapshot.weights().get(l)));
        }
        return new WeightHistograms(snapshot.weights(), names, snapshot.epoch() == 0 ? " before training" : " after epoch " + snapshot.epoch());
    }

    /** Number of bins per histogram (default 30). */
    public WeightHistograms bins(int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1");
        }
        this.bins = bins;
        return this;
    }

    @Override
    public int columns() {
        return Math.min(2, weights.size());
    }

    @Override
    protected int defaultHeight() {
        return rows(weights.size()) * 300;
    }

    @Override
    protected String defaultTitle() {
        return "Weights" + when;
    }

    @Override
    public List<CategoryChart> charts() {
        List<CategoryChart> charts = new ArrayList<>();
        for (int l = 0; l < weights.size(); l++) {
            List<Double> values = Histograms.values(weights.get(l));
            Histogram histogram = Histograms.of(values, bins, Histograms.min(values), Histograms.max(values));
            CategoryChart chart = new CategoryChart(panelWidth(), panelHeight(weights.size()));
            chart.setTitle(l == 0 ? title() + ", " + names.get(l) : names.get(l));
            chart.setXAxisTitle("weight");
            chart.setYAxisTitle("count");
            CategoryStyler styler = chart.getStyler();
            Style.apply(styler, panelWidth());
            styler.setLegendVisible(false);
            styler.setAvailableSpaceFill(1.0);
            styler.setOverlapped(true);
            styler.setXAxisMaxLabelCount(6);
            styler.setXAxisDecimalPattern("0.00");
            styler.setPlotGridVerticalLinesVisible(false);
            Style.integerYTicks(chart);
            chart.addSeries("layer " + (l + 1), histogram.getxAxisData(), histogram.getyAxisData())
                    .setFillColor(Palette.series(l));
            charts.add(chart);
        }
        return charts;
    }
}
