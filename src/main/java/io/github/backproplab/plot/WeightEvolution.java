package io.github.backproplab.plot;

import io.github.backproplab.train.History;
import io.github.backproplab.train.WeightSnapshot;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * How each layer's weights spread out (or shrink) over training: per layer, at every weight
 * snapshot, the median weight, bands holding the middle half and the middle 90% of the weights,
 * and the smallest and largest weight. A widening band is weights growing apart.
 */
public final class WeightEvolution extends Figure<WeightEvolution> {
    /** Quantiles drawn, lowest first: the outer band, the inner band and the median between them. */
    static final double[] QUANTILES = {0.05, 0.25, 0.5, 0.75, 0.95};

    private final History run;

    private WeightEvolution(History run) {
        if (run.snapshots().isEmpty()) {
            throw new IllegalArgumentException("the history holds no weight snapshots: train with snapshotEvery(n)");
        }
        this.run = run;
    }

    /** The snapshots kept in {@code run} (see {@code Trainer.snapshotEvery}; without it, the first and the last). */
    public static WeightEvolution of(History run) {
        return new WeightEvolution(run);
    }

    @Override
    protected int defaultHeight() {
        return rows(run.layerCount()) * 270;
    }

    @Override
    protected String defaultTitle() {
        return "Weights over training";
    }

    /** The {@code q}-quantile of sorted values, interpolated linearly between neighbours. */
    static double quantile(double[] sorted, double q) {
        double at = q * (sorted.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
    }

    /**
     * For one layer, per snapshot: {@code [smallest, the quantiles of QUANTILES..., largest]}.
     *
     * @param layer 0 for the first layer
     */
    double[][] spread(int layer) {
        List<WeightSnapshot> snapshots = run.snapshots();
        double[][] rows = new double[snapshots.size()][];
        for (int s = 0; s < rows.length; s++) {
            DMatrixRMaj w = snapshots.get(s).weights().get(layer);
            double[] sorted = Arrays.copyOf(w.data, w.getNumElements());
            Arrays.sort(sorted);
            double[] row = new double[QUANTILES.length + 2];
            row[0] = sorted[0];
            for (int q = 0; q < QUANTILES.length; q++) {
                row[q + 1] = quantile(sorted, QUANTILES[q]);
            }
            row[row.length - 1] = sorted[sorted.length - 1];
            rows[s] = row;
        }
        return rows;
    }

    @Override
    public List<XYChart> charts() {
        List<WeightSnapshot> snapshots = run.snapshots();
        double[] epochs = snapshots.stream().mapToDouble(WeightSnapshot::epoch).toArray();
        List<XYChart> charts = new ArrayList<>();
        for (int l = 0; l < run.layerCount(); l++) {
            double[][] spread = spread(l);
            XYChart chart = Style.lineChart(panelWidth(), panelHeight(run.layerCount()),
                    (l == 0 ? title() + ", layer 1" : "layer " + (l + 1)), "epoch", "weight");
            chart.getStyler().setLegendPosition(LegendPosition.OutsideE);
            chart.getStyler().setLegendLayout(LegendLayout.Vertical);
            chart.getStyler().setYAxisTickMarkSpacingHint(45);
            Color colour = Palette.POSITIVE;
            band(chart, "middle 90%", epochs, column(spread, 1), column(spread, 5), Palette.tint(colour, 0.8));
            band(chart, "middle 50%", epochs, column(spread, 2), column(spread, 4), Palette.tint(colour, 0.55));
            XYSeries median = chart.addSeries("median", epochs, column(spread, 3));
            median.setLineColor(colour);
            median.setMarker(SeriesMarkers.NONE);
            // smallest and largest as one dashed series, broken between the two
            double[] xs = new double[2 * epochs.length + 1];
            double[] ys = new double[xs.length];
            for (int s = 0; s < epochs.length; s++) {
                xs[s] = epochs[s];
                ys[s] = spread[s][0];
                xs[epochs.length + 1 + s] = epochs[s];
                ys[epochs.length + 1 + s] = spread[s][spread[s].length - 1];
            }
            xs[epochs.length] = Double.NaN;
            ys[epochs.length] = Double.NaN;
            XYSeries extremes = chart.addSeries("min, max", xs, ys);
            extremes.setLineColor(new Color(0x66, 0x66, 0x66));
            extremes.setLineStyle(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 4f}, 0f));
            extremes.setMarker(SeriesMarkers.NONE);
            Style.integerXTicks(chart);
            charts.add(chart);
        }
        return charts;
    }

    /** A filled band between {@code lower} and {@code upper}: a polygon along one and back along the other. */
    private static void band(XYChart chart, String name, double[] x, double[] lower, double[] upper, Color fill) {
        int n = x.length;
        double[] px = new double[2 * n];
        double[] py = new double[2 * n];
        for (int s = 0; s < n; s++) {
            px[s] = x[s];
            py[s] = upper[s];
            px[2 * n - 1 - s] = x[s];
            py[2 * n - 1 - s] = lower[s];
        }
        XYSeries band = chart.addSeries(name, px, py);
        band.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        band.setFillColor(fill);
        band.setLineColor(fill);
        band.setMarker(SeriesMarkers.NONE);
    }

    private static double[] column(double[][] rows, int c) {
        double[] values = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            values[i] = rows[i][c];
        }
        return values;
    }
}
