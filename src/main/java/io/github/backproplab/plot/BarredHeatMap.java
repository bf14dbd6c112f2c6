package io.github.backproplab.plot;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import org.knowm.xchart.HeatMapChart;

/**
 * A heat map with the toolkit's colour bar in place of XChart's heat-map legend, which labels
 * only its two ends and writes them as decimals ("2.0") even for counts.
 */
final class BarredHeatMap extends HeatMapChart {
    private final ColourScale bar;
    private Rectangle barArea;

    /** {@code bar} must match the heat map's range colours and its min and max. */
    BarredHeatMap(int width, int height, ColourScale bar) {
        super(width, height);
        this.bar = bar;
    }

    ColourScale colourBar() {
        return bar;
    }

    /** Where the bar was drawn in the last painting, or null. */
    Rectangle colourBarArea() {
        return barArea;
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        int chartWidth = width - ColourBar.width(width);
        getStyler().setLegendVisible(false);
        g.setColor(getStyler().getChartBackgroundColor());
        g.fillRect(0, 0, width, height);
        try {
            super.paint(g, chartWidth, height);
        } finally {
            setWidth(width); // HeatMapChart.paint kept the narrower width; the image is the whole width
        }
        Rectangle plotArea = plot.getBounds().getBounds();
        barArea = new Rectangle(chartWidth, plotArea.y, width - chartWidth, plotArea.height);
        ColourBar.draw(g, bar, barArea, getStyler().getAxisTickLabelsFont().deriveFont(Font.PLAIN));
    }
}
