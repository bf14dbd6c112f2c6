package io.github.backproplab.plot;

import io.github.backproplab.nn.Dense;
import io.github.backproplab.nn.Network;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The network as neurons in columns, input on the left, joined by one line per weight: colour by
 * sign, thickness and opacity by size. Large layers show their first {@value #MAX_SHOWN} units.
 * Shown as SVG (and PNG) in notebooks.
 */
public final class NetworkDiagram extends Figure<NetworkDiagram> {
    static final int MAX_SHOWN = 12;

    private final List<DMatrixRMaj> weights = new ArrayList<>();
    private final List<String> layerNames = new ArrayList<>();

    private NetworkDiagram(Network network) {
        layerNames.add("input (" + network.inputs() + ")");
        int l = 1;
        for (Dense layer : network.layers()) {
            weights.add(layer.weights().copy());
            boolean last = l == network.depth();
            layerNames.add((last ? "output" : "hidden " + l) + " (" + layer.units() + ", " + layer.activation().name() + ")");
            l++;
        }
    }

    /** A diagram of the network's current weights (copied, so later training does not change it). */
    public static NetworkDiagram of(Network network) {
        return new NetworkDiagram(network);
    }

    @Override
    public boolean prefersSvg() {
        return true;
    }

    @Override
    protected String defaultTitle() {
        return "Network";
    }

    @Override
    protected int defaultHeight() {
        int widest = 0;
        for (DMatrixRMaj w : weights) {
            widest = Math.max(widest, Math.max(w.numRows, w.numCols));
        }
        return 140 + 34 * Math.min(MAX_SHOWN, widest);
    }

    /** Units in column {@code c} (0 = inputs). */
    int units(int column) {
        return column == 0 ? weights.get(0).numCols : weights.get(column - 1).numRows;
    }

    static int shown(int units) {
        return Math.min(MAX_SHOWN, units);
    }

    /** Vertical position of unit {@code i} of {@code n} shown, centred on 0, top first. */
    static double y(int i, int n) {
        return (n - 1) / 2.0 - i;
    }

    @Override
    public List<XYChart> charts() {
        XYChart chart = Style.diagramChart(width(), height(), title());
        XYStyler styler = chart.getStyler();
        styler.setLegendPosition(LegendPosition.OutsideS);
        styler.setLegendLayout(LegendLayout.Horizontal);
        styler.setMarkerSize(16);
        styler.setAnnotationTextFont(new Font(Style.FONT, Font.PLAIN, 13));
        styler.setAnnotationTextFontColor(Style.TEXT);
        int columns = weights.size() + 1;
        int tallest = 0;
        for (int c = 0; c < columns; c++) {
            tallest = Math.max(tallest, shown(units(c)));
        }
        styler.setXAxisMin(-0.35).setXAxisMax(columns - 1 + 0.35);
        styler.setYAxisMin(-tallest / 2.0 - 0.2).setYAxisMax(tallest / 2.0 + 0.5);

        double largest = 0;
        for (DMatrixRMaj w : weights) {
            for (int k = 0; k < w.getNumElements(); k++) {
                largest = Math.max(largest, Math.abs(w.get(k)));
            }
        }
        // legend entries for the two colours; the connection series themselves stay out of it
        legendLine(chart, "positive weight", Palette.POSITIVE, 3f);
        legendLine(chart, "negative weight", Palette.NEGATIVE, 3f);
        // thickness and opacity encode size: say what the thickest line stands for
        legendLine(chart, String.format(java.util.Locale.ROOT, "thickest: |w| = %s", Ticks.label(largest)),
                new Color(0x55, 0x55, 0x55), 5.5f);
        for (int c = 1; c < columns; c++) {
            DMatrixRMaj w = weights.get(c - 1);
            int from = shown(w.numCols);
            int to = shown(w.numRows);
            for (int j = 0; j < to; j++) {
                for (int i = 0; i < from; i++) {
                    double value = w.get(j, i);
                    double size = largest > 0 ? Math.abs(value) / largest : 0;
                    XYSeries line = chart.addSeries("w" + c + "[" + j + "," + i + "]",
                            new double[] {c - 1, c}, new double[] {y(i, from), y(j, to)});
                    line.setLineColor(Palette.withAlpha(value >= 0 ? Palette.POSITIVE : Palette.NEGATIVE, 60 + (int) (190 * size)));
                    line.setLineWidth(0.5f + 5f * (float) size);
                    line.setMarker(SeriesMarkers.NONE);
                    line.setShowInLegend(false);
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            int n = shown(units(c));
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = c;
                ys[i] = y(i, n);
            }
            XYSeries neurons = chart.addSeries(layerNames.get(c), xs, ys);
            neurons.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            neurons.setMarker(SeriesMarkers.CIRCLE);
            neurons.setMarkerColor(new Color(0x44, 0x44, 0x44));
            neurons.setShowInLegend(false);
            String label = layerNames.get(c) + (n < units(c) ? ", first " + n + " shown" : "");
            chart.addAnnotation(new AnnotationText(label, c, tallest / 2.0 + 0.2, false));
        }
        return List.of(chart);
    }

    private static void legendLine(XYChart chart, String name, Color colour, float width) {
        XYSeries series = chart.addSeries(name, new double[] {Double.NaN}, new double[] {Double.NaN});
        series.setLineColor(colour);
        series.setLineWidth(width);
        series.setMarker(SeriesMarkers.NONE);
    }
}
