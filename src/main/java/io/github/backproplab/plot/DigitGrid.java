package io.github.backproplab.plot;

import io.github.backproplab.data.Dataset;
import io.github.backproplab.nn.Network;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.style.HeatMapStyler;

/**
 * A grid of small square images (such as the 8 x 8 handwritten digits), each titled with its
 * predicted label; wrong predictions also show the true label, in a warning colour.
 */
public final class DigitGrid extends Figure<DigitGrid> {
    private static final int PANEL_HEIGHT = 100;

    private final double[][] images;
    private final int[] actual;
    private final int[] predicted;
    private final int side;
    private int columns = 8;
    private List<String> classNames = List.of();

    private DigitGrid(double[][] images, int[] actual, int[] predicted) {
        if (images.length == 0) {
            throw new IllegalArgumentException("no images to show");
        }
        this.images = images;
        this.actual = actual;
        this.predicted = predicted;
        this.side = (int) Math.round(Math.sqrt(images[0].length));
        for (double[] image : images) {
            if (image.length != side * side) {
                throw new IllegalArgumentException("each image must have a square number of pixels, got " + image.length);
            }
        }
    }

    /**
     * Shows images with their true labels.
     *
     * @param images one image per row, pixels row by row (an 8 x 8 digit is a row of 64); not modified
     * @param labels the true label of each image, or {@code null}
     */
    public static DigitGrid of(DMatrixRMaj images, int[] labels) {
        return of(images, labels, null);
    }

    /**
     * Shows images with predicted and true labels.
     *
     * @param images    one image per row, pixels row by row; not modified
     * @param actual    true labels, or {@code null}
     * @param predicted predicted labels, or {@code null}
     */
    public static DigitGrid of(DMatrixRMaj images, int[] actual, int[] predicted) {
        double[][] rows = new double[images.numRows][images.numCols];
        for (int i = 0; i < images.numRows; i++) {
            for (int j = 0; j < images.numCols; j++) {
                rows[i][j] = images.get(i, j);
            }
        }
        return of(rows, actual, predicted);
    }

    /**
     * The first {@code count} images of a dataset of square images (such as the digits), titled
     * with the network's prediction and, where it is wrong, the true class.
     */
    public static DigitGrid of(Dataset data, Network network, int count) {
        int n = Math.min(count, data.size());
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        Dataset first = data.subset(rows);
        int[] predicted = Classes.predicted(network, first.x());
        return of(first.x(), first.classIndices(), predicted).classNames(first.classNames());
    }

    /** Names to show for the class numbers, in class order. */
    public DigitGrid classNames(List<String> names) {
        this.classNames = List.copyOf(names);
        return this;
    }

    /** Same as {@link #of(DMatrixRMaj, int[], int[])} for plain arrays; not modified. */
    public static DigitGrid of(double[][] images, int[] actual, int[] predicted) {
        checkLength("actual", actual, images.length);
        checkLength("predicted", predicted, images.length);
        return new DigitGrid(images.clone(), actual, predicted);
    }

    private static void checkLength(String what, int[] labels, int n) {
        if (labels != null && labels.length != n) {
            throw new IllegalArgumentException(what + " has " + labels.length + " labels for " + n + " images");
        }
    }

    /** Sets how many images sit in one row. */
    public DigitGrid columns(int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be at least 1");
        }
        this.columns = columns;
        return this;
    }

    @Override
    public int columns() {
        return Math.min(columns, images.length);
    }

    /** Pixels along one side of each image. */
    public int side() {
        return side;
    }

    @Override
    protected String defaultTitle() {
        return predicted == null ? "Images" : "Predictions";
    }

    /** Rows of panels, each as tall as it must be for square images at the panel width. */
    @Override
    protected int defaultHeight() {
        double excess = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < images.length; i++) {
            excess = Math.max(excess, panel(i, panelWidth(), PANEL_HEIGHT, 1).excessWidth());
        }
        return rows(images.length) * (int) Math.ceil(PANEL_HEIGHT + excess);
    }

    /**
     * The panel of image {@code i} within {@code width} x {@code height}, narrowed or shortened
     * until its plot area is square: laid out off-screen, it tells how far it is from square
     * (XChart's layout depends on the title's text, so each panel is measured).
     */
    private ImagePanel squarePanel(int i, int width, int height, double max) {
        int w = width;
        int h = height;
        for (int attempt = 0; attempt < 4; attempt++) {
            double excess = panel(i, w, h, max).excessWidth();
            if (Math.abs(excess) < 1) {
                break;
            }
            w = excess > 0 ? Math.min(width, w - (int) Math.round(excess)) : w;
            h = excess < 0 ? Math.min(height, h + (int) Math.round(excess)) : h;
        }
        return panel(i, w, h, max);
    }

    @Override
    protected int defaultWidth() {
        return Math.min(Style.WIDTH, columns() * 90);
    }

    /** The label shown above image {@code i}. */
    String label(int i) {
        if (predicted == null) {
            return actual == null ? "#" + i : name(actual[i]);
        }
        if (actual == null || actual[i] == predicted[i]) {
            return name(predicted[i]);
        }
        return name(predicted[i]) + " (true " + name(actual[i]) + ")";
    }

    private String name(int c) {
        return c < classNames.size() ? classNames.get(c) : Integer.toString(c);
    }

    @Override
    public List<ImagePanel> charts() {
        double max = 0;
        for (double[] image : images) {
            for (double v : image) {
                max = Math.max(max, v);
            }
        }
        List<ImagePanel> charts = new ArrayList<>();
        for (int i = 0; i < images.length; i++) {
            charts.add(squarePanel(i, panelWidth(), panelHeight(images.length), max > 0 ? max : 1));
        }
        return charts;
    }

    /** The panel of image {@code i}, {@code width} x {@code height} pixels, grey levels up to {@code max}. */
    private ImagePanel panel(int i, int width, int height, double max) {
        ImagePanel chart = new ImagePanel(width, height);
        chart.setTitle(label(i));
        HeatMapStyler styler = chart.getStyler();
        Style.apply(styler, width);
        styler.setLegendVisible(false);
        styler.setAxisTicksVisible(false);
        styler.setPlotBorderVisible(true);
        styler.setChartPadding(4);
        styler.setChartTitlePadding(3);
        styler.setPlotContentSize(1.0);
        styler.setRangeColors(new Color[] {Color.WHITE, Color.BLACK});
        boolean wrong = predicted != null && actual != null && actual[i] != predicted[i];
        styler.setChartFontColor(wrong ? Palette.NEGATIVE : Style.TEXT);
        List<Integer> axis = new ArrayList<>();
        for (int k = 0; k < side; k++) {
            axis.add(k);
        }
        List<Number[]> cells = new ArrayList<>(side * side);
        for (int row = 0; row < side; row++) {
            for (int col = 0; col < side; col++) {
                // pixel row 0 is the top of the image; heat-map row 0 is the bottom
                cells.add(new Number[] {col, side - 1 - row, images[i][row * side + col]});
            }
        }
        chart.addSeries("pixels", axis, axis, cells).setMin(0).setMax(max);
        return chart;
    }
}
