package io.github.backproplab.train;

import io.github.backproplab.nn.Network;
import io.github.backproplab.nn.Rows;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Trains a {@link Network} with an {@link Optimizer} on minibatches, epoch after epoch, and
 * records a {@link History}. Settings are checked when they are set.
 *
 * <pre>{@code
 * History history = new Trainer(net, new GradientDescent(0.5))
 *         .epochs(100).batchSize(32).validationSplit(0.2).seed(1)
 *         .fit(x, y);
 * }</pre>
 *
 * <p>Training stops early, keeping consistent weights and the history, when the loss or the
 * weights stop being finite or explode ({@link TrainingDivergedException}), when the thread is interrupted
 * (status {@link TrainingStatus#INTERRUPTED}), or when early stopping sees no improvement. An
 * interrupted {@code fit} returns with the thread's interrupt status still set, so the code after
 * it (the rest of a notebook cell, a loop over settings) sees the interrupt too; a {@code fit}
 * started while the status is set stops before its first step.
 */
public final class Trainer {
    /** How often the per-layer gradient norms and update ratios are measured unless set: every 10th step. */
    public static final int DEFAULT_LAYER_STATISTICS_EVERY = 10;

    private final Network network;
    private final Optimizer optimizer;
    private final List<TrainingListener> listeners = new ArrayList<>();
    private int epochs = 100;
    private int batchSize = 32;
    private long seed;
    private boolean shuffle = true;
    private double validationSplit;
    private DMatrixRMaj validationX;
    private DMatrixRMaj validationY;
    private Schedule schedule = Schedule.constant();
    private int patience;
    private int snapshotEvery;
    private int layerStatisticsEvery = DEFAULT_LAYER_STATISTICS_EVERY;
    private String name = "run";
    private History history;

    /** A trainer of {@code network} (modified by training) with {@code optimizer}. */
    public Trainer(Network network, Optimizer optimizer) {
        if (network == null || optimizer == null) {
            throw new IllegalArgumentException("a trainer needs a network and an optimizer");
        }
        this.network = network;
        this.optimizer = optimizer;
    }

    /** The number of passes over the training data; 0 trains nothing. Default 100. */
    public Trainer epochs(int epochs) {
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs must be 0 or more, got " + epochs);
        }
        this.epochs = epochs;
        return this;
    }

    /**
     * Rows per optimizer step. The full data set gives batch gradient descent, smaller batches
     * give minibatch SGD. The last batch of an epoch may be smaller. A batch size above the
     * number of training rows is allowed: every step then uses all the rows (batch gradient
     * descent), and the history's closing message says so. Default 32.
     */
    public Trainer batchSize(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be 1 or more, got " + batchSize);
        }
        this.batchSize = batchSize;
        return this;
    }

    /** The seed of the shuffling and of the validation split. Default 0. */
    public Trainer seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Whether the rows are reshuffled every epoch. Default true. */
    public Trainer shuffle(boolean shuffle) {
        this.shuffle = shuffle;
        return this;
    }

    /** Holds out this fraction of the rows (chosen with the seed) as validation data (replaces validation data). */
    public Trainer validationSplit(double fraction) {
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException("validation split must be in [0, 1), got " + fraction);
        }
        this.validationSplit = fraction;
        this.validationX = null;
        this.validationY = null;
        return this;
    }

    /**
     * Validation data, evaluated after every epoch (replaces a validation split).
     *
     * @param x n x inputs; not modified
     * @param y n x outputs; not modified
     */
    public Trainer validation(DMatrixRMaj x, DMatrixRMaj y) {
        TrainingData.check(network, x, y, "validation ");
        this.validationX = x;
        this.validationY = y;
        this.validationSplit = 0;
        return this;
    }

    /** Scales every step size epoch by epoch. Default constant. */
    public Trainer schedule(Schedule schedule) {
        this.schedule = schedule;
        return this;
    }

    /**
     * Stops when the validation loss (the training loss without validation data) has not
     * improved for {@code patience} epochs, and restores the best weights seen.
     */
    public Trainer earlyStopping(int patience) {
        if (patience < 1) {
            throw new IllegalArgumentException("early-stopping patience must be 1 or more epochs, got " + patience);
        }
        this.patience = patience;
        return this;
    }

    /** Keeps a copy of the weights every {@code epochs} epochs (before training and at the end always). */
    public Trainer snapshotEvery(int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("snapshot interval must be 1 or more epochs, got " + epochs);
        }
        this.snapshotEvery = epochs;
        return this;
    }

    /**
     * How often the history measures each layer's gradient norm and update ratio: on step 1 and
     * every {@code steps} steps after it (1 = every step, 0 = never); the other rows hold NaN in
     * those columns. Each measurement is one more pass over every weight and every gradient,
     * which on a small network costs a noticeable part of a step, so by default it is taken every
     * {@value #DEFAULT_LAYER_STATISTICS_EVERY} steps. Figures of these columns per step want 1.
     * The weight norms are measured every step anyway (divergence is watched through them).
     */
    public Trainer layerStatisticsEvery(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("layer statistics interval must be 0 (never) or more steps, got " + steps);
        }
        this.layerStatisticsEvery = steps;
        return this;
    }

    /** The run's label in the history (for legends). */
    public Trainer name(String name) {
        this.name = name;
        return this;
    }

    /** Adds a listener, called per step and per epoch. */
    public Trainer listener(TrainingListener listener) {
        listeners.add(listener);
        return this;
    }

    /**
     * Trains on (x, y).
     *
     * @param x n x inputs, one example per row; not modified
     * @param y n x outputs; not modified
     * @return the history; also kept in {@link #history()}
     * @throws TrainingDivergedException if the loss or the weights stop being finite, or explode (a
     *     loss a million times the first batch's, a layer's weight norm above 1e12); the weights are
     *     then back at the latest sound checkpoint (taken every 10 steps, and at the start of every
     *     epoch) and the history ends there
     */
    public History fit(DMatrixRMaj x, DMatrixRMaj y) {
        TrainingData.check(network, x, y, "");
        optimizer.requireLayers(network);
        TrainingData data = validationX != null
                ? new TrainingData(x, y, validationX, validationY)
                : TrainingData.split(x, y, validationSplit, seed);
        history = new History(network.depth(), name, layerStatisticsEvery);
        TrainingLoop loop = new TrainingLoop(network, optimizer, data, history, listeners);
        loop.run(epochs, batchSize, shuffle, seed, schedule, patience, snapshotEvery);
        return history;
    }

    /** Trains on rows given as arrays: x[i] is example i's inputs, y[i] its targets. */
    public History fit(double[][] x, double[][] y) {
        return fit(Rows.matrix(x, "x"), Rows.matrix(y, "y"));
    }

    /** The history of the latest {@link #fit}, also after it stopped with an exception. */
    public History history() {
        return history;
    }

    public Network network() {
        return network;
    }

    public Optimizer optimizer() {
        return optimizer;
    }
}
