package io.github.backproplab.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;

/**
 * A vertical colour bar, drawn with Java2D beside a chart (XChart has none for XY charts): the
 * scale's colours from its minimum at the bottom to its maximum at the top, ticks with labels on
 * the right, and the scale's title above.
 */
final class ColourBar {
    /** Horizontal room a bar takes, with its labels, at the given chart width. */
    static int width(int chartWidth) {
        return chartWidth < 400 ? 58 : 78;
    }

    private ColourBar() {
    }

    /**
     * Where the strip itself is drawn inside {@code area} (the room beside the plot, as tall as
     * the plot): a few pixels in from the left, as tall as the area.
     */
    static Rectangle strip(Rectangle area) {
        int stripWidth = Math.max(8, area.width / 6);
        return new Rectangle(area.x + 6, area.y, stripWidth, area.height);
    }

    /** Draws the bar for {@code scale} into {@code area}. */
    static void draw(Graphics2D g, ColourScale scale, Rectangle area, Font font) {
        Rectangle strip = strip(area);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        for (int y = 0; y < strip.height; y++) {
            double position = 1 - (y + 0.5) / strip.height;
            g.setColor(scale.colourAtPosition(position));
            g.fillRect(strip.x, strip.y + y, strip.width, 1);
        }
        g.setColor(new Color(0x88, 0x88, 0x88));
        g.setStroke(new BasicStroke(1f));
        g.drawRect(strip.x, strip.y, strip.width, strip.height);

        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        g.setColor(Style.TEXT);
        int lastLabelY = Integer.MAX_VALUE;
        double[] ticks = scale.ticks();
        for (int k = 0; k < ticks.length; k++) {
            int y = (int) Math.round(strip.y + strip.height * (1 - scale.position(ticks[k])));
            g.drawLine(strip.x + strip.width, y, strip.x + strip.width + 4, y);
            // labels must not overlap: skip one that would sit too close to the one below it
            boolean last = k == ticks.length - 1;
            if (lastLabelY - y >= metrics.getHeight() || (last && lastLabelY - y >= metrics.getAscent())) {
                g.drawString(Ticks.label(ticks[k]), strip.x + strip.width + 7, y + metrics.getAscent() / 2 - 1);
                lastLabelY = y;
            }
        }
        if (scale.title() != null && !scale.title().isEmpty()) {
            g.drawString(scale.title(), strip.x, strip.y - metrics.getDescent() - 4);
        }
    }
}
