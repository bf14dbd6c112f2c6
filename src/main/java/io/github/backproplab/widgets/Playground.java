package io.github.backproplab.widgets;

import io.github.backproplab.data.Dataset;
import io.github.backproplab.nn.Network;
import io.github.backproplab.plot.ActivationMaps;
import io.github.backproplab.plot.DecisionBoundary;
import java.util.function.UnaryOperator;

/**
 * A playground for small networks on two-input data, in the spirit of TensorFlow Playground:
 * controls for the data set and its noise, the hidden layers and their units, the activation,
 * the loss, the step size and L2; Play / Pause, Step (one minibatch) and Reset; a picture of the
 * decision boundary, the loss per step and each unit of the first layer over the plane, redrawn
 * as it trains; "Copy as Java code", which writes the experiment as a notebook cell; and "Deltas
 * and gradient check", which shows the backward pass of the latest step and checks it.
 *
 * <p>Changing the data, the noise, the layers, the units, the activation, the loss or L2 builds a
 * new network from the seed and starts again; the step size takes effect at the next step (and
 * stays through Reset). Show it with {@code display(playground.widget())}, or end a cell with
 * {@code new Playground().data("spirals").widget()}. Without a widget front end the output shows
 * the current picture and a note instead of the controls.
 */
public final class Playground {
    private static final long REDRAW_MILLIS = 400;

    private final Dropdown data = new Dropdown("data", PlaygroundSettings.DATA);
    private final FloatSlider noise;
    private final IntSlider hiddenLayers;
    private final IntSlider units;
    private final Dropdown activation = new Dropdown("activation", PlaygroundSettings.ACTIVATIONS);
    private final Dropdown loss = new Dropdown("loss", PlaygroundSettings.LOSSES);
    private final FloatLogSlider stepSize;
    private final FloatLogSlider l2;
    private final Checkbox l2On;
    private final ToggleButton play = new ToggleButton("Play", false);
    private final Button step = new Button("Step");
    private final Button reset = new Button("Reset");
    private final Button copy = new Button("Copy as Java code");
    private final Button inspect = new Button("Deltas and gradient check");
    private final Label status = new Label("");
    private final Output code = new Output();
    private final Image picture;
    private final VBox widget;

    private PlaygroundSettings settings;
    private Dataset dataset;
    private SteppedTraining training;
    private boolean building;
    private final PlayLoop loop = new PlayLoop("playground", play, status, this::stepOnce, this::redraw, REDRAW_MILLIS);

    /** A playground with {@link PlaygroundSettings#defaults()}, paused before the first step. */
    public Playground() {
        this(PlaygroundSettings.defaults());
    }

    /** A playground starting from {@code settings}, paused before the first step. */
    public Playground(PlaygroundSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("Playground: settings is null");
        }
        this.settings = settings;
        noise = new FloatSlider("noise", 0, 1, settings.noise()).step(0.01);
        hiddenLayers = new IntSlider("hidden layers", 0, PlaygroundSettings.MAX_HIDDEN_LAYERS, settings.hiddenLayers());
        units = new IntSlider("units", 1, PlaygroundSettings.MAX_UNITS, settings.units());
        stepSize = new FloatLogSlider("step size", Math.min(1e-4, settings.stepSize()), Math.max(10, settings.stepSize()),
                settings.stepSize());
        l2 = new FloatLogSlider("L2", 1e-6, 1, settings.l2() > 0 ? Math.max(1e-6, Math.min(1, settings.l2())) : 1e-3);
        l2On = new Checkbox("L2 on", settings.l2() > 0);
        data.value(settings.data());
        activation.value(settings.activation());
        loss.value(settings.loss());
        // a rebuild per handle position would be too many: the value comes when the handle is let go
        noise.continuousUpdate(false);
        hiddenLayers.continuousUpdate(false);
        units.continuousUpdate(false);
        stepSize.continuousUpdate(false);
        l2.continuousUpdate(false);
        build();
        picture = new Image(draw());
        widget = new VBox(new HBox(data, noise), new HBox(hiddenLayers, units), new HBox(activation, loss),
                new HBox(stepSize, l2On, l2), new HBox(play, step, reset, copy, inspect), status, picture, code);
        updateStatus();
        watch();
    }

    /** Connects the controls: a setting rebuilds, the buttons step, reset, play and copy. */
    private void watch() {
        data.onChange(v -> change(s -> s.withData(v)));
        noise.onChange(v -> change(s -> s.withNoise(v)));
        hiddenLayers.onChange(v -> change(s -> s.withHiddenLayers(v)));
        units.onChange(v -> change(s -> s.withUnits(v)));
        activation.onChange(v -> change(s -> s.withActivation(v)));
        loss.onChange(v -> change(s -> s.withLoss(v)));
        l2.onChange(v -> change(s -> s.withL2(l2On.value() ? v : 0)));
        l2On.onChange(on -> change(s -> s.withL2(on ? l2.value() : 0)));
        stepSize.onChange(v -> {
            synchronized (this) {
                settings = settings.withStepSize(v);
                training.stepSize(v);
            }
            updateStatus();
        });
        step.onClick(() -> {
            if (!play.value()) {
                steps(1);
            }
        });
        reset.onClick(this::reset);
        copy.onClick(() -> code.clear().appendText(javaCode()));
        inspect.onClick(() -> code.clear().appendText(inspection()));
    }

    // Settings from Java: each sets its control, which rebuilds as a change in the page does.

    /** Chooses the data set ("XOR", "circles", "moons" or "spirals") and starts again. */
    public Playground data(String name) {
        data.value(name);
        return this;
    }

    /** Sets the noise (0 to 1) and starts again. */
    public Playground noise(double value) {
        noise.value(value);
        return this;
    }

    /** Sets the number of hidden layers (0 to 6) and starts again. */
    public Playground hiddenLayers(int count) {
        hiddenLayers.value(count);
        return this;
    }

    /** Sets the units per hidden layer (1 to 16) and starts again. */
    public Playground units(int count) {
        units.value(count);
        return this;
    }

    /** Chooses the hidden activation (see {@link PlaygroundSettings#ACTIVATIONS}) and starts again. */
    public Playground activation(String name) {
        activation.value(name);
        return this;
    }

    /** Chooses the loss (see {@link PlaygroundSettings#LOSSES}) and starts again. */
    public Playground loss(String name) {
        loss.value(name);
        return this;
    }

    /** Sets the step size, used from the next step on (1e-4 to 10 unless the start was outside). */
    public Playground stepSize(double value) {
        stepSize.value(value);
        return this;
    }

    /** Sets the L2 weight decay (0 turns it off, else 1e-6 to 1) and starts again. */
    public Playground l2(double lambda) {
        if (lambda == 0) {
            l2On.value(false);
        } else {
            l2.value(lambda); // checks the range before anything changes
            l2On.value(true);
        }
        return this;
    }

    /**
     * Takes {@code count} steps (one minibatch each) and redraws once; what the Step button does,
     * for a cell that trains before it shows the playground.
     *
     * @return this playground
     */
    public Playground steps(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("Playground.steps: count " + count + " must be 0 or more");
        }
        synchronized (this) {
            for (int i = 0; i < count; i++) {
                training.step();
            }
        }
        redraw();
        return this;
    }

    /** Pauses, puts back the starting weights and forgets the losses; the settings stay. */
    public Playground reset() {
        play.value(false);
        awaitPaused();
        synchronized (this) {
            training.reset();
            training.stepSize(settings.stepSize());
        }
        redraw();
        return this;
    }

    /** The settings now. */
    public synchronized PlaygroundSettings settings() {
        return settings;
    }

    /** The network being trained (a new one after each change of settings). */
    public synchronized Network network() {
        return training.network();
    }

    /** The training: its steps, epoch and losses. */
    public synchronized SteppedTraining training() {
        return training;
    }

    /** The data set trained on. */
    public synchronized Dataset dataset() {
        return dataset;
    }

    /**
     * The experiment as a notebook cell ({@link PlaygroundSettings#javaCode(int)}) training for the
     * epochs started so far (at least 1). After whole epochs at one step size, running it gives the
     * weights the playground has now.
     */
    public synchronized String javaCode() {
        return settings.javaCode(Math.max(1, training.epoch()));
    }

    /**
     * The Deltas of the latest step (output layer first) and a gradient check of the current
     * weights on every row, as text; what the "Deltas and gradient check" button shows.
     */
    public synchronized String inspection() {
        return PlaygroundInspection.of(training);
    }

    /** The controls, the status line, the picture and the code area, to display. */
    public VBox widget() {
        return widget;
    }

    /** The Play toggle; the other getters give the other controls, for lessons and tests that drive them. */
    public ToggleButton playButton() {
        return play;
    }

    /** The Step button (one minibatch; ignored while playing). */
    public Button stepButton() {
        return step;
    }

    /** The Reset button. */
    public Button resetButton() {
        return reset;
    }

    /** The "Copy as Java code" button: fills {@link #codeArea()} with {@link #javaCode()}. */
    public Button copyButton() {
        return copy;
    }

    /** The "Deltas and gradient check" button: fills {@link #codeArea()} with {@link #inspection()}. */
    public Button inspectButton() {
        return inspect;
    }

    /** The area the copy and inspect buttons fill with their text. */
    public Output codeArea() {
        return code;
    }

    /** The picture: decision boundary, loss per step and the first layer's unit maps. */
    public Image picture() {
        return picture;
    }

    /** Waits until a playing run has stopped (after Pause); returns at once when none runs. */
    public void awaitPaused() {
        loop.awaitStopped();
    }

    private void change(UnaryOperator<PlaygroundSettings> how) {
        synchronized (this) {
            PlaygroundSettings next = how.apply(settings);
            if (next.equals(settings) && training != null) {
                return;
            }
            settings = next;
            build();
        }
        if (picture != null) {
            redraw();
        }
    }

    /** A new data set, network and training from the settings (under the lock). */
    private void build() {
        dataset = settings.dataset();
        PlaygroundSettings now = settings;
        training = new SteppedTraining(now.network(), now::optimizer, dataset.x(), dataset.y(), now.batchSize(),
                now.seed());
    }

    private double stepOnce() {
        synchronized (this) {
            return training.step();
        }
    }

    private void redraw() {
        byte[] png = draw();
        picture.png(png);
        updateStatus();
        loop.drawn();
    }

    private void updateStatus() {
        synchronized (this) {
            status.text(String.format(java.util.Locale.ROOT, "epoch %d, step %d, loss %.4g, step size %.3g | %s",
                    training.epoch(), training.steps(), training.loss(), training.stepSize(), settings));
        }
    }

    /** The decision boundary and the loss per step side by side, each first-layer unit's map below. */
    private synchronized byte[] draw() {
        Network net = training.network();
        java.awt.image.BufferedImage boundary = DecisionBoundary.of(net, training.x(), training.y())
                .resolution(50).size(500, 400).toImage();
        java.awt.image.BufferedImage curve = PlaygroundPicture.lossCurve(training.losses(), training.loss(), 440, 400);
        // layer 1: the first hidden layer, or the output layer when there is none
        java.awt.image.BufferedImage maps = ActivationMaps.of(net, training.x(), 1).resolution(24).toImage();
        return PlaygroundPicture.png(boundary, curve, maps);
    }
}
