package io.github.backproplab.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Set;
import java.util.TreeSet;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** One look for every figure: sizes and fonts that stay readable at notebook width. */
final class Style {
    /** About the width of a notebook's output area, so PNGs show at 100% without scaling. */
    static final int WIDTH = 720;
    static final int HEIGHT = 420;

    static final String FONT = Font.SANS_SERIF;
    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color GRID = new Color(0xE4, 0xE4, 0xE4);

    private Style() {
    }

    /** A line chart with the common look, markers off, and the given titles. */
    static XYChart lineChart(int width, int height, String title, String xTitle, String yTitle) {
        return asLineChart(new XYChart(width, height), title, xTitle, yTitle);
    }

    /** A chart to draw a diagram on: the look of {@link #lineChart} without axes, grid or border. */
    static XYChart diagramChart(int width, int height, String title) {
        XYChart chart = lineChart(width, height, title, "", "");
        chart.getStyler().setAxisTicksVisible(false).setAxisTitlesVisible(false)
                .setPlotGridLinesVisible(false).setPlotBorderVisible(false);
        return chart;
    }

    /** Gives {@code chart} the look of {@link #lineChart} and the given titles; returns it. */
    static <C extends XYChart> C asLineChart(C chart, String title, String xTitle, String yTitle) {
        int width = chart.getWidth();
        chart.setTitle(title);
        chart.setXAxisTitle(xTitle);
        chart.setYAxisTitle(yTitle);
        XYStyler styler = chart.getStyler();
        apply(styler, width);
        styler.setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Line);
        styler.setMarkerSize(width < 400 ? 4 : 6);
        styler.setSeriesMarkers(new Marker[] {SeriesMarkers.NONE});
        styler.setSeriesLines(new BasicStroke[] {new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)});
        return chart;
    }

    /**
     * Places the legend outside the plot, so that it never covers a line or a point: in one row
     * under the plot when its names fit the width, in a column to the right otherwise.
     */
    static void legendOffTheData(XYChart chart) {
        int letters = chart.getSeriesMap().values().stream().filter(s -> s.isShowInLegend())
                .mapToInt(s -> s.getName().length() + 8).sum();
        boolean fitsBelow = letters * 8 < chart.getWidth() - 40;
        chart.getStyler().setLegendPosition(fitsBelow ? LegendPosition.OutsideS : LegendPosition.OutsideE);
        chart.getStyler().setLegendLayout(fitsBelow ? LegendLayout.Horizontal : LegendLayout.Vertical);
    }

    /**
     * Labels only the whole-number ticks of the x axis, for epochs and other counts: XChart may
     * put ticks at halves over a short range, and "2.5 epochs" means nothing.
     */
    static void integerXTicks(XYChart chart) {
        chart.setCustomXAxisTickLabelsFormatter(Style::wholeNumber);
    }

    /** Labels only the whole-number ticks of the y axis, for counts. */
    static void integerYTicks(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
        chart.setCustomYAxisTickLabelsFormatter(Style::wholeNumber);
    }

    /** {@code value} as a whole number, or empty when it is not one. */
    static String wholeNumber(double value) {
        return Math.abs(value - Math.rint(value)) < 1e-9 ? Long.toString(Math.round(value)) : "";
    }

    /** Name of the hidden series that {@link #spreadXTicks} adds. */
    static final String TICK_HELPER = "(tick helper)";

    /**
     * Keeps x tick labels apart. XChart 3.8 puts a tick at every x value when the values are
     * evenly spaced (steps, epochs), and with many values the labels run into each other; one
     * hidden point off the grid makes it choose round tick steps instead.
     */
    static void spreadXTicks(XYChart chart) {
        Set<Double> xs = new TreeSet<>();
        for (XYSeries series : chart.getSeriesMap().values()) {
            for (double x : series.getXData()) {
                if (Double.isFinite(x)) {
                    xs.add(x);
                }
            }
        }
        if (xs.size() > 25) {
            double first = xs.iterator().next();
            double second = xs.stream().skip(1).findFirst().orElse(first + 1);
            XYSeries helper = chart.addSeries(TICK_HELPER, new double[] {(first + second) / 2}, new double[] {Double.NaN});
            helper.setShowInLegend(false);
            helper.setMarker(SeriesMarkers.NONE);
        }
    }

    /**
     * Labels a logarithmic y axis with enough ticks to read it (see {@link LogTicks}) and moves
     * its ends out to ticks.
     *
     * @return the ticks chosen, or null when the chart holds no positive values
     */
    static LogTicks labelLogAxis(XYChart chart) {
        double[] range = positiveRange(chart, false);
        if (range == null) {
            return null;
        }
        LogTicks ticks = LogTicks.of(range[0], range[1]);
        chart.getStyler().setYAxisLogarithmicDecadeOnly(ticks.decadesOnly());
        chart.getStyler().setYAxisMin(ticks.min()).setYAxisMax(ticks.max());
        return ticks;
    }

    /**
     * As {@link #labelLogAxis} for a logarithmic x axis, but labelling only the powers of ten:
     * side by side, the labels of neighbouring multiples (8, 9, 10) overlap.
     */
    static LogTicks labelLogXAxis(XYChart chart) {
        double[] range = positiveRange(chart, true);
        if (range == null) {
            return null;
        }
        LogTicks ticks = LogTicks.decades(range[0], range[1]);
        chart.getStyler().setXAxisLogarithmicDecadeOnly(ticks.decadesOnly());
        chart.getStyler().setXAxisMin(ticks.min()).setXAxisMax(ticks.max());
        return ticks;
    }

    /** {@code {min, max}} of the positive finite values on one axis of the chart's series, or null. */
    private static double[] positiveRange(XYChart chart, boolean x) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (XYSeries series : chart.getSeriesMap().values()) {
            for (double v : x ? series.getXData() : series.getYData()) {
                if (v > 0 && Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        return max > 0 ? new double[] {min, max} : null;
    }

    /** Applies the common look; small panels get smaller fonts so their plots keep room. */
    static void apply(AxesChartStyler styler, int width) {
        boolean small = width < 400;
        if (styler instanceof HeatMapStyler) {
            ((HeatMapStyler) styler).setAllStyles(); // its constructor leaves the heat-map colours and value font unset
        }
        styler.setChartTitleFont(new Font(FONT, Font.BOLD, small ? 13 : 16));
        styler.setAxisTitleFont(new Font(FONT, Font.PLAIN, small ? 12 : 14));
        styler.setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, small ? 10 : 12));
        styler.setLegendFont(new Font(FONT, Font.PLAIN, small ? 11 : 13));
        styler.setChartFontColor(TEXT);
        styler.setAxisTickLabelsColor(TEXT);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderColor(new Color(0xBB, 0xBB, 0xBB));
        styler.setPlotGridLinesColor(GRID);
        styler.setPlotGridLinesStroke(new BasicStroke(1f));
        styler.setLegendBorderColor(new Color(0xCC, 0xCC, 0xCC));
        styler.setLegendPosition(LegendPosition.OutsideS); // outside: a legend inside covers data
        styler.setLegendLayout(LegendLayout.Horizontal);
        styler.setChartTitleBoxVisible(false);
        styler.setChartPadding(small ? 6 : 10);
        styler.setSeriesColors(Palette.SERIES);
        styler.setAntiAlias(true);
        styler.setToolTipsEnabled(false);
    }
}
