package io.github.backproplab.plot;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;

/** A heat map that shows an image: it can report where XChart put its plot area. */
final class ImagePanel extends HeatMapChart {
    ImagePanel(int width, int height) {
        super(width, height);
    }

    /** The plot area of the last painting. */
    Rectangle2D plotArea() {
        return plot.getBounds();
    }

    /** Paints the panel off-screen and returns how much wider than tall its plot area came out. */
    double excessWidth() {
        BufferedImage scratch = BitmapEncoder.getBufferedImage(this);
        scratch.flush();
        return plotArea().getWidth() - plotArea().getHeight();
    }
}
