package io.github.backproplab.widgets;

import io.github.backproplab.plot.DecisionBoundary;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Training you can steer: Play / Pause, Step (one minibatch), Reset, and a step-size slider that
 * takes effect at the next step, above a picture of the loss per step and, for two inputs, the
 * decision boundary. Playing runs the steps on a background thread, so the notebook stays free;
 * every step, however it was started, goes through one {@link SteppedTraining}, so pausing and
 * stepping gives the weights a straight run of the same number of steps gives.
 *
 * <p>Show it with {@code display(view.widget())} (or a cell ending in {@code view.widget()}).
 */
public final class TrainingView {
    private static final long REDRAW_MILLIS = 250;

    private final SteppedTraining training;
    private final ToggleButton play = new ToggleButton("Play", false);
    private final Button step = new Button("Step");
    private final Button reset = new Button("Reset");
    private final FloatLogSlider stepSize;
    private final Label status = new Label("");
    private final Image picture;
    private final VBox widget;
    private final PlayLoop loop;

    /**
     * The controls for {@code training}, paused, with the slider at its current step size.
     *
     * @param training  the training to steer; its network's weights move as it runs
     * @param maxStepSize the largest step size the slider offers (the smallest is a ten-thousandth of it)
     */
    public TrainingView(SteppedTraining training, double maxStepSize) {
        if (training == null) {
            throw new IllegalArgumentException("TrainingView: training is null");
        }
        this.training = training;
        this.loop = new PlayLoop("training-view", play, status, this::stepOnce, this::redraw, REDRAW_MILLIS);
        double now = training.stepSize();
        this.stepSize = new FloatLogSlider("step size", Math.min(maxStepSize / 1e4, now), Math.max(maxStepSize, now), now);
        this.picture = new Image(draw());
        this.widget = new VBox(new HBox(play, step, reset, stepSize), status, picture);
        updateStatus();
        stepSize.onChange(value -> {
            synchronized (this.training) {
                this.training.stepSize(value);
            }
        });
        step.onClick(() -> {
            if (!play.value()) {
                stepOnce();
                redraw();
            }
        });
        reset.onClick(() -> {
            play.value(false);
            awaitPaused();
            synchronized (this.training) {
                this.training.reset();
                this.training.stepSize(stepSize.value());
            }
            redraw();
        });
    }

    /** The controls and the picture, to display. */
    public VBox widget() {
        return widget;
    }

    /** The training steered. */
    public SteppedTraining training() {
        return training;
    }

    /** The Play toggle (pressed: playing); the other getters give the other controls, for lessons that drive the view from Java. */
    public ToggleButton playButton() {
        return play;
    }

    /** The Step button. */
    public Button stepButton() {
        return step;
    }

    /** The Reset button. */
    public Button resetButton() {
        return reset;
    }

    /** The step-size slider. */
    public FloatLogSlider stepSizeSlider() {
        return stepSize;
    }

    /** Waits until a playing run has stopped (after Pause); for tests. */
    public void awaitPaused() {
        loop.awaitStopped();
    }

    private double stepOnce() {
        synchronized (training) {
            return training.step();
        }
    }

    private void redraw() {
        byte[] png;
        synchronized (training) {
            png = draw();
        }
        picture.png(png);
        updateStatus();
        loop.drawn();
    }

    private void updateStatus() {
        synchronized (training) {
            status.text(String.format("epoch %d, step %d, loss %.4g, step size %.3g", training.epoch(),
                    training.steps(), training.loss(), training.stepSize()));
        }
    }

    /** The loss per step, and beside it the decision boundary when the network has two inputs. */
    private byte[] draw() {
        List<Double> losses = training.losses();
        XYChart chart = new XYChartBuilder().width(420).height(320).title("loss per step").xAxisTitle("step")
                .yAxisTitle("loss").build();
        chart.getStyler().setLegendVisible(false);
        double[] steps = new double[Math.max(1, losses.size())];
        double[] values = new double[steps.length];
        for (int i = 0; i < losses.size(); i++) {
            steps[i] = i + 1;
            values[i] = losses.get(i);
        }
        if (losses.isEmpty()) {
            values[0] = training.loss();
        }
        chart.addSeries("loss", steps, values).setMarker(SeriesMarkers.NONE);
        java.awt.image.BufferedImage curve = BitmapEncoder.getBufferedImage(chart);
        java.awt.image.BufferedImage whole = curve;
        if (training.network().inputs() == 2) {
            java.awt.image.BufferedImage boundary = DecisionBoundary.of(training.network(), training.x(), training.y())
                    .size(420, 320).toImage();
            whole = new java.awt.image.BufferedImage(curve.getWidth() + boundary.getWidth(),
                    Math.max(curve.getHeight(), boundary.getHeight()), java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = whole.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, whole.getWidth(), whole.getHeight());
            g.drawImage(curve, 0, 0, null);
            g.drawImage(boundary, curve.getWidth(), 0, null);
            g.dispose();
        }
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(whole, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
