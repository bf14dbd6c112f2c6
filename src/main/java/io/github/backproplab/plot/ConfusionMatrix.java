package io.github.backproplab.plot;

import io.github.backproplab.data.Dataset;
import io.github.backproplab.nn.Network;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.style.HeatMapStyler;

/**
 * Confusion matrix as a heat map: one row per true class, one column per predicted class, each
 * cell showing how many examples landed there. A perfect classifier fills only the diagonal.
 */
public final class ConfusionMatrix extends Figure<ConfusionMatrix> {
    private final int[][] counts;
    private final List<String> classNames;

    private ConfusionMatrix(int[][] counts, List<String> classNames) {
        this.counts = counts;
        this.classNames = classNames;
    }

    /**
     * Counts the pairs (true class, predicted class).
     *
     * @param actual     true class of each example, 0-based
     * @param predicted  predicted class of each example, same length
     * @param classNames optional names, one per class; class numbers when omitted
     */
    public static ConfusionMatrix of(int[] actual, int[] predicted, String... classNames) {
        if (actual.length != predicted.length) {
            throw new IllegalArgumentException("actual has " + actual.length + " labels but predicted has " + predicted.length);
        }
        int classes = classNames.length;
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] < 0 || predicted[i] < 0) {
                throw new IllegalArgumentException("class labels must be 0 or more, got " + actual[i] + " and " + predicted[i] + " at " + i);
            }
            classes = Math.max(classes, Math.max(actual[i], predicted[i]) + 1);
        }
        int[][] counts = new int[classes][classes];
        for (int i = 0; i < actual.length; i++) {
            counts[actual[i]][predicted[i]]++;
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            names.add(c < classNames.length ? classNames[c] : Integer.toString(c));
        }
        return new ConfusionMatrix(counts, names);
    }

    /** The network's predictions on a classification dataset against its true classes, with its class names. */
    public static ConfusionMatrix of(Network network, Dataset data) {
        int[] predicted = Classes.predicted(network, data.x());
        return of(data.classIndices(), predicted, data.classNames().toArray(new String[0]));
    }

    /** The counts, {@code [true class][predicted class]}; a copy. */
    public int[][] counts() {
        int[][] copy = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    /** Fraction of examples on the diagonal. */
    public double accuracy() {
        long total = 0;
        long right = 0;
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts.length; j++) {
                total += counts[i][j];
                if (i == j) {
                    right += counts[i][j];
                }
            }
        }
        return total == 0 ? Double.NaN : (double) right / total;
    }

    @Override
    protected String defaultTitle() {
        return String.format(Locale.ROOT, "Confusion matrix (accuracy %.1f%%)", 100 * accuracy());
    }

    @Override
    protected int defaultHeight() {
        return Math.min(Style.WIDTH, 200 + 40 * counts.length);
    }

    @Override
    protected int defaultWidth() {
        return Math.min(Style.WIDTH, 400 + 45 * counts.length);
    }

    @Override
    public List<BarredHeatMap> charts() {
        int k = counts.length;
        int largest = 0;
        for (int[] row : counts) {
            for (int n : row) {
                largest = Math.max(largest, n);
            }
        }
        Color high = Palette.tint(Palette.POSITIVE, 0.2);
        BarredHeatMap chart = new BarredHeatMap(width(), height(), ColourScale.counts("examples", largest, high));
        chart.setTitle(title());
        chart.setXAxisTitle("predicted");
        chart.setYAxisTitle("true");
        HeatMapStyler styler = chart.getStyler();
        Style.apply(styler, width());
        styler.setRangeColors(new Color[] {Color.WHITE, high});
        styler.setShowValue(true);
        styler.setValueFont(new Font(Style.FONT, Font.PLAIN, k > 8 ? 11 : 13));
        styler.setHeatMapValueDecimalPattern("0");
        styler.setPlotContentSize(1.0);
        styler.setDrawBorder(true);
        // rows run top to bottom as in the printed matrix, so the diagonal falls from top left
        List<String> yLabels = new ArrayList<>(classNames);
        Collections.reverse(yLabels);
        List<Number[]> cells = new ArrayList<>();
        for (int actual = 0; actual < k; actual++) {
            for (int predicted = 0; predicted < k; predicted++) {
                cells.add(new Number[] {predicted, k - 1 - actual, counts[actual][predicted]});
            }
        }
        chart.addSeries("examples", classNames, yLabels, cells).setMin(0).setMax(Math.max(1, largest));
        return List.of(chart);
    }
}
