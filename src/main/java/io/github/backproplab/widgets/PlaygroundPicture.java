package io.github.backproplab.widgets;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import io.github.backproplab.plot.Curves;

/** The playground's picture: two panels side by side above a third, on white, as one PNG. */
final class PlaygroundPicture {
    private static final int SMOOTHING = 20;

    private PlaygroundPicture() {
    }

    /**
     * The loss of each step's minibatch, and its average over the last {@code SMOOTHING} steps (the
     * minibatch losses jump about); before the first step, one point at the starting loss.
     */
    static BufferedImage lossCurve(List<Double> losses, double startLoss, int width, int height) {
        int n = losses.size();
        double[] steps = new double[Math.max(1, n)];
        double[] values = new double[steps.length];
        double[] average = new double[steps.length];
        values[0] = startLoss;
        average[0] = startLoss;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            steps[i] = i + 1;
            values[i] = losses.get(i);
            sum += values[i];
            if (i >= SMOOTHING) {
                sum -= values[i - SMOOTHING];
            }
            average[i] = sum / Math.min(i + 1, SMOOTHING);
        }
        return Curves.of("step", "loss").title(n == 0 ? "loss (no step yet)" : "loss per step")
                .line("minibatch", steps, values).line("average of " + SMOOTHING, steps, average)
                .size(width, height).toImage();
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
