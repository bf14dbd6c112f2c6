package io.github.backproplab.widgets;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The playground's picture: two panels side by side above a third, on white, as one PNG. */
final class PlaygroundPicture {
    private PlaygroundPicture() {
    }

    /** The loss per step; before the first step, one point at the loss of the starting weights. */
    static BufferedImage lossCurve(List<Double> losses, double startLoss, int width, int height) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title("loss per step").xAxisTitle("step")
                .yAxisTitle("loss").build();
        chart.getStyler().setLegendVisible(false);
        int n = Math.max(1, losses.size());
        double[] steps = new double[n];
        double[] values = new double[n];
        values[0] = startLoss;
        for (int i = 0; i < losses.size(); i++) {
            steps[i] = i + 1;
            values[i] = Double.isFinite(losses.get(i)) ? losses.get(i) : Double.NaN;
        }
        chart.addSeries("loss", steps, values).setMarker(SeriesMarkers.NONE);
        return BitmapEncoder.getBufferedImage(chart);
    }

    /** {@code left} and {@code right} in a row, {@code below} under them, encoded as PNG. */
    static byte[] png(BufferedImage left, BufferedImage right, BufferedImage below) {
        int width = Math.max(left.getWidth() + right.getWidth(), below.getWidth());
        int top = Math.max(left.getHeight(), right.getHeight());
        BufferedImage whole = new BufferedImage(width, top + below.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = whole.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, whole.getWidth(), whole.getHeight());
        g.drawImage(left, 0, 0, null);
        g.drawImage(right, left.getWidth(), 0, null);
        g.drawImage(below, 0, top, null);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(whole, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
