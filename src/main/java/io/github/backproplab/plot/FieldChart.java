package io.github.backproplab.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.knowm.xchart.XYChart;

/**
 * An XY chart with a coloured field drawn under its series, pixel by pixel (so edges are smooth,
 * not staircased), and optionally a colour bar on its right. XChart has neither: the field is
 * painted with Java2D into the plot area that XChart lays out, the chart's own parts on top.
 */
final class FieldChart extends XYChart {
    /** The colour of a point of the plot, given its data coordinates. */
    @FunctionalInterface
    interface Field {
        Color colourAt(double x, double y);
    }

    private final Field field;
    private final ColourScale bar;
    private Rectangle barArea;
    private Rectangle fieldArea;

    /**
     * @param field what to paint under the series
     * @param bar   the scale to show as a colour bar, or null for none (colour then encodes a
     *              category, which the legend names)
     */
    FieldChart(int width, int height, Field field, ColourScale bar) {
        super(width, height);
        this.field = field;
        this.bar = bar;
    }

    /** The scale shown as a colour bar, or null. */
    ColourScale colourBar() {
        return bar;
    }

    /** The field's colour at a point given in data coordinates. */
    Color fieldAt(double x, double y) {
        return field.colourAt(x, y);
    }

    /** The plot area the field was painted into in the last painting, in pixels, or null. */
    Rectangle fieldArea() {
        return fieldArea;
    }

    /** Where the bar (strip and labels) was drawn in the last painting, or null. */
    Rectangle colourBarArea() {
        return barArea;
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        int chartWidth = bar == null ? width : width - ColourBar.width(width);
        // lay the chart out once off-screen to learn where its plot area falls
        BufferedImage scratch = new BufferedImage(Math.max(1, chartWidth), Math.max(1, height), BufferedImage.TYPE_INT_ARGB);
        Graphics2D layout = scratch.createGraphics();
        super.paint(layout, chartWidth, height);
        layout.dispose();
        Rectangle2D plotBounds = plot.getBounds();

        Color chartBackground = getStyler().getChartBackgroundColor();
        Color plotBackground = getStyler().getPlotBackgroundColor();
        g.setColor(chartBackground);
        g.fillRect(0, 0, width, height);
        Rectangle area = plotBounds.getBounds();
        fieldArea = area;
        g.drawImage(raster(area), area.x, area.y, null);
        Color clear = new Color(0, 0, 0, 0);
        getStyler().setChartBackgroundColor(clear);
        getStyler().setPlotBackgroundColor(clear);
        try {
            super.paint(g, chartWidth, height);
        } finally {
            getStyler().setChartBackgroundColor(chartBackground);
            getStyler().setPlotBackgroundColor(plotBackground);
            setWidth(width); // XYChart.paint kept the narrower width; the image is the whole width
        }
        if (bar != null) {
            barArea = new Rectangle(chartWidth, area.y, width - chartWidth, area.height);
            Font font = getStyler().getAxisTickLabelsFont();
            ColourBar.draw(g, bar, barArea, font);
        }
    }

    /** The field over the plot area, one colour per pixel, at each pixel's centre. */
    private BufferedImage raster(Rectangle area) {
        BufferedImage image = new BufferedImage(Math.max(1, area.width), Math.max(1, area.height), BufferedImage.TYPE_INT_ARGB);
        for (int py = 0; py < image.getHeight(); py++) {
            double y = getChartYFromCoordinate((int) Math.round(area.y + py + 0.5));
            for (int px = 0; px < image.getWidth(); px++) {
                double x = getChartXFromCoordinate((int) Math.round(area.x + px + 0.5));
                image.setRGB(px, py, field.colourAt(x, y).getRGB());
            }
        }
        return image;
    }
}
