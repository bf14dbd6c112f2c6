package io.github.backproplab.train;

import io.github.backproplab.nn.Network;

/** Where training is, as seen by a {@link TrainingListener}. One instance is updated in place. */
public final class Progress {
    private final Network network;
    private final History history;
    private final int epochs;
    private final int stepsPerEpoch;
    private final long startNanos = System.nanoTime();
    private int epoch;
    private long step;
    private double loss = Double.NaN;

    Progress(Network network, History history, int epochs, int stepsPerEpoch) {
        this.network = network;
        this.history = history;
        this.epochs = epochs;
        this.stepsPerEpoch = stepsPerEpoch;
    }

    void update(int epoch, long step, double loss) {
        this.epoch = epoch;
        this.step = step;
        this.loss = loss;
    }

    /** The current epoch, 1 = first (0 before training starts). */
    public int epoch() {
        return epoch;
    }

    /** The number of epochs asked for. */
    public int epochs() {
        return epochs;
    }

    /** Steps completed so far, over all epochs. */
    public long step() {
        return step;
    }

    public int stepsPerEpoch() {
        return stepsPerEpoch;
    }

    /** The number of steps a full run takes. */
    public long totalSteps() {
        return (long) epochs * stepsPerEpoch;
    }

    /** The latest loss: of the last batch in {@code onStep}, of the epoch in {@code onEpoch}. */
    public double loss() {
        return loss;
    }

    public History history() {
        return history;
    }

    /** The network being trained (live). */
    public Network network() {
        return network;
    }

    public long elapsedNanos() {
        return System.nanoTime() - startNanos;
    }

    /** A time-left estimate from the pace so far, in nanoseconds; 0 when unknown. */
    public long remainingNanos() {
        return step == 0 ? 0 : elapsedNanos() * (totalSteps() - step) / step;
    }
}
