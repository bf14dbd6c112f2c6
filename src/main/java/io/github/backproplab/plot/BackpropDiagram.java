package io.github.backproplab.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Where backpropagation forms each Delta and where it flows: the forward pass along the top
 * (input, one box per layer, the loss), the backward pass along the bottom, from right to left.
 * Delta of the last layer comes from the output error; each earlier Delta is computed from the
 * one after it; under each Delta, the gradient it gives for that layer's weights. For two layers
 * it uses the lecture's names A, B, h and y-hat.
 */
public final class BackpropDiagram extends Figure<BackpropDiagram> {
    static final int MAX_LAYERS = 5;
    private static final double BOX_WIDTH = 1.7;
    private static final double BOX_HEIGHT = 0.9;
    private static final double FORWARD_Y = 3.2;
    private static final double BACKWARD_Y = 1.3;
    private static final Color FORWARD = new Color(0x44, 0x44, 0x44);

    private final int layers;

    private BackpropDiagram(int layers) {
        if (layers < 1 || layers > MAX_LAYERS) {
            throw new IllegalArgumentException("layers must be 1 to " + MAX_LAYERS + ", got " + layers);
        }
        this.layers = layers;
    }

    /** The lecture's network: y-hat = B sigma(A x), squared error. */
    public static BackpropDiagram twoLayer() {
        return new BackpropDiagram(2);
    }

    /** A network of {@code layers} dense layers (1 to 5), weights W1, W2, ... */
    public static BackpropDiagram of(int layers) {
        return new BackpropDiagram(layers);
    }

    @Override
    protected String defaultTitle() {
        return "Backpropagation: the forward pass, then the Deltas from the output back";
    }

    @Override
    protected int defaultHeight() {
        return 400;
    }

    /** Wide enough for the boxes' text: the notebook's width up to three layers, wider beyond. */
    @Override
    protected int defaultWidth() {
        return Math.max(Style.WIDTH, 160 * (layers + 2));
    }

    /** The weights of layer {@code l} (1 = first): A and B for two layers, W1, W2, ... otherwise. */
    String weights(int l) {
        return layers == 2 ? (l == 1 ? "A" : "B") : "W" + l;
    }

    /** What layer {@code l} passes on (0 = the input). */
    String output(int l) {
        if (l == 0) {
            return "x";
        }
        if (l == layers) {
            return "ŷ";
        }
        return layers == 2 ? "h" : "h" + l;
    }

    /** The texts of the forward box of layer {@code l}. */
    String[] forwardBox(int l) {
        String product = weights(l) + " " + output(l - 1);
        return new String[] {"layer " + l + ": " + weights(l), output(l) + " = " + (l == layers ? product : "σ(" + product + ")")};
    }

    /** The texts of the Delta box of layer {@code l}. */
    String[] deltaBox(int l) {
        if (l == layers) {
            return new String[] {"Δ" + weights(l) + " = ŷ − y", "the output error"};
        }
        return new String[] {"Δ" + weights(l) + " = (" + weights(l + 1) + "ᵀ Δ" + weights(l + 1) + ")", "⊙ σ'(" + weights(l) + " " + output(l - 1) + ")"};
    }

    /** The gradient that the Delta of layer {@code l} gives. */
    String gradient(int l) {
        return "∂L/∂" + weights(l) + " = Δ" + weights(l) + " " + output(l - 1) + "ᵀ";
    }

    private double column(int c) {
        return 1 + 2.4 * c;
    }

    @Override
    public List<XYChart> charts() {
        double right = column(layers + 1) + 1;
        XYChart chart = Style.diagramChart(width(), height(), title());
        XYStyler styler = chart.getStyler();
        styler.setXAxisMin(0.0).setXAxisMax(right).setYAxisMin(0.0).setYAxisMax(4.0);
        styler.setAnnotationTextFont(new Font(Style.FONT, Font.PLAIN, layers > 3 ? 12 : 13));
        styler.setAnnotationTextFontColor(Style.TEXT);
        double xScale = (width() - 40) / right; // pixels per unit, roughly, for arrowheads
        double yScale = (height() - 110) / 4.0;

        List<double[]> forward = new ArrayList<>();
        List<double[]> backward = new ArrayList<>();
        text(chart, "x", column(0), FORWARD_Y);
        for (int l = 1; l <= layers; l++) {
            box(chart, "layer " + l, column(l), FORWARD_Y, Palette.tint(Palette.POSITIVE, 0.85), forwardBox(l));
            box(chart, "Delta " + l, column(l), BACKWARD_Y, Palette.tint(Palette.NEGATIVE, 0.85), deltaBox(l));
            text(chart, gradient(l), column(l), BACKWARD_Y - BOX_HEIGHT / 2 - 0.35);
            double from = l == 1 ? column(0) + 0.3 : column(l - 1) + BOX_WIDTH / 2;
            forward.add(new double[] {from, FORWARD_Y, column(l) - BOX_WIDTH / 2, FORWARD_Y});
            if (l < layers) {
                backward.add(new double[] {column(l + 1) - BOX_WIDTH / 2, BACKWARD_Y, column(l) + BOX_WIDTH / 2, BACKWARD_Y});
            }
        }
        box(chart, "loss", column(layers + 1), FORWARD_Y, new Color(0xF2, 0xF2, 0xF2), new String[] {"loss", "L = ½ ‖ŷ − y‖²"});
        forward.add(new double[] {column(layers) + BOX_WIDTH / 2, FORWARD_Y, column(layers + 1) - BOX_WIDTH / 2, FORWARD_Y});
        backward.add(new double[] {column(layers + 1), FORWARD_Y - BOX_HEIGHT / 2, column(layers) + BOX_WIDTH / 2, BACKWARD_Y + 0.1});
        arrows(chart, "forward pass", forward, FORWARD, xScale, yScale);
        arrows(chart, "backward pass: each Delta from the one after it", backward, Palette.NEGATIVE, xScale, yScale);
        Style.legendOffTheData(chart);
        return List.of(chart);
    }

    private static void text(XYChart chart, String text, double x, double y) {
        chart.addAnnotation(new AnnotationText(text, x, y, false));
    }

    /** A filled box centred at (x, y) with one or two lines of text. */
    private static void box(XYChart chart, String name, double x, double y, Color fill, String[] lines) {
        double w = BOX_WIDTH / 2;
        double h = BOX_HEIGHT / 2;
        XYSeries box = chart.addSeries(name, new double[] {x - w, x + w, x + w, x - w}, new double[] {y - h, y - h, y + h, y + h});
        box.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        box.setFillColor(fill);
        box.setLineColor(fill.darker());
        box.setMarker(SeriesMarkers.NONE);
        box.setShowInLegend(false);
        for (int i = 0; i < lines.length; i++) {
            text(chart, lines[i], x, y + 0.17 - 0.34 * i);
        }
    }

    /** Arrows from {@code {x0, y0, x1, y1}} to their ends, as one series broken by NaN. */
    private static void arrows(XYChart chart, String name, List<double[]> segments, Color colour, double xScale, double yScale) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (double[] s : segments) {
            Series.addSegment(xs, ys, s[0], s[1], s[2], s[3]);
            // the head: two barbs, 10 pixels long, at 25 degrees either side of the shaft, on screen
            double dx = (s[2] - s[0]) * xScale;
            double dy = (s[3] - s[1]) * yScale;
            double length = Math.hypot(dx, dy);
            for (double angle : new double[] {Math.toRadians(155), Math.toRadians(-155)}) {
                double bx = (dx * Math.cos(angle) - dy * Math.sin(angle)) / length * 10;
                double by = (dx * Math.sin(angle) + dy * Math.cos(angle)) / length * 10;
                Series.addSegment(xs, ys, s[2], s[3], s[2] + bx / xScale, s[3] + by / yScale);
            }
        }
        XYSeries series = chart.addSeries(name, xs, ys);
        series.setLineColor(colour);
        series.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        series.setMarker(SeriesMarkers.NONE);
    }
}
