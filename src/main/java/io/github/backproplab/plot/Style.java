package io.github.backproplab.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler.LegendPosition;

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
        XYChart chart = new XYChart(width, height);
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

    /** Moves the legend under the plot when it lists more than two entries, so it hides no lines. */
    static void legendBelowIfCrowded(XYChart chart) {
        long shown = chart.getSeriesMap().values().stream().filter(s -> s.isShowInLegend()).count();
        int letters = chart.getSeriesMap().values().stream().filter(s -> s.isShowInLegend())
                .mapToInt(s -> s.getName().length() + 8).sum();
        if (shown > 2) {
            // one row under the plot when the names fit the width, a column to the right otherwise
            boolean fitsBelow = letters * 8 < chart.getWidth() - 40;
            chart.getStyler().setLegendPosition(fitsBelow ? LegendPosition.OutsideS : LegendPosition.OutsideE);
            chart.getStyler().setLegendLayout(fitsBelow ? org.knowm.xchart.style.Styler.LegendLayout.Horizontal
                    : org.knowm.xchart.style.Styler.LegendLayout.Vertical);
        }
        fitX(chart);
    }

    /**
     * Sets the x range to the data's: XChart otherwise puts a tick at every one of many evenly
     * spaced points (steps, epochs) and the labels run into each other.
     */
    static void fitX(XYChart chart) {
        double max = chart.getSeriesMap().values().stream().mapToDouble(s -> s.getXMax()).filter(Double::isFinite).max().orElse(Double.NaN);
        double min = chart.getSeriesMap().values().stream().mapToDouble(s -> s.getXMin()).filter(Double::isFinite).min().orElse(Double.NaN);
        if (min < max) {
            chart.getStyler().setXAxisMin(Math.min(0, min));
            chart.getStyler().setXAxisMax(max > 30 ? roundUp(max) : max);
        }
    }

    /** {@code value} rounded up to a multiple of half its power of ten: 96 to 100, 1234 to 1500. */
    static double roundUp(double value) {
        double half = Math.pow(10, Math.floor(Math.log10(value))) / 2;
        return Math.ceil(value / half) * half;
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
        if (!(styler instanceof HeatMapStyler)) {
            styler.setLegendPosition(LegendPosition.InsideNE); // heat maps allow only outside legends
        }
        styler.setChartTitleBoxVisible(false);
        styler.setChartPadding(small ? 6 : 10);
        styler.setSeriesColors(Palette.SERIES);
        styler.setAntiAlias(true);
        styler.setToolTipsEnabled(false);
    }
}
