package io.github.backproplab.widgets;

import io.github.backproplab.nn.ForwardPass;
import io.github.backproplab.nn.Gradients;
import io.github.backproplab.nn.Network;
import io.github.backproplab.train.Optimizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.ejml.data.DMatrixRMaj;

/**
 * Minibatch gradient descent one step at a time, for training that a person steers: each
 * {@link #step()} is one forward pass, one backward pass and one update on the next minibatch.
 * The minibatches come in the order {@code Trainer.fit} uses with the same seed (rows shuffled
 * at the start of every epoch), so {@code k} steps here give the weights {@code k} steps of the
 * trainer give, however the steps are spread over time.
 *
 * <p>Not thread-safe by itself: {@link TrainingView} calls it under its own lock.
 */
public final class SteppedTraining {
    private final Network network;
    private final Network initial;
    private final Supplier<Optimizer> optimizers;
    private final DMatrixRMaj x;
    private final DMatrixRMaj y;
    private final int batch;
    private final long seed;
    private final ForwardPass pass = new ForwardPass();
    private final Gradients gradients = new Gradients();
    private final DMatrixRMaj batchX;
    private final DMatrixRMaj batchY;
    private final int[] order;
    private final List<Double> losses = new ArrayList<>();
    private Optimizer optimizer;
    private Random random;
    private int start;
    private int epoch;

    /**
     * Prepares the training of {@code network} on ({@code x}, {@code y}); no step is taken yet.
     *
     * @param network    trained in place: its weights move with each step; {@link #reset()} puts back those it has now
     * @param optimizers makes the optimizer, again on each reset (so momentum and Adam start afresh)
     * @param x          the inputs, n x network.inputs(); not modified
     * @param y          the targets, n x network.outputs(); not modified
     * @param batchSize  rows per step, at least 1 (capped at n)
     * @param seed       the seed of the row shuffling, as {@code Trainer.seed}
     * @throws IllegalArgumentException if the shapes do not fit the network or each other, or batchSize < 1
     */
    public SteppedTraining(Network network, Supplier<Optimizer> optimizers, DMatrixRMaj x, DMatrixRMaj y,
                           int batchSize, long seed) {
        if (network == null || optimizers == null || x == null || y == null) {
            throw new IllegalArgumentException("SteppedTraining: network, optimizers, x and y must all be given");
        }
        if (x.numCols != network.inputs()) {
            throw new IllegalArgumentException("SteppedTraining: x has " + x.numCols + " columns but the network takes "
                    + network.inputs() + " inputs");
        }
        if (y.numCols != network.outputs() || y.numRows != x.numRows) {
            throw new IllegalArgumentException("SteppedTraining: y is " + y.numRows + " x " + y.numCols + " but needs "
                    + x.numRows + " x " + network.outputs() + " (x's rows, the network's outputs)");
        }
        if (batchSize < 1 || x.numRows == 0) {
            throw new IllegalArgumentException("SteppedTraining: batchSize " + batchSize + " with " + x.numRows
                    + " rows: both must be at least 1");
        }
        this.network = network;
        this.initial = network.copy();
        this.optimizers = optimizers;
        this.x = x;
        this.y = y;
        this.batch = Math.min(batchSize, x.numRows);
        this.seed = seed;
        this.batchX = new DMatrixRMaj(batch, x.numCols);
        this.batchY = new DMatrixRMaj(batch, y.numCols);
        this.order = new int[x.numRows];
        reset();
    }

    /** Puts back the starting weights, a fresh optimizer and the first minibatch; forgets the losses. */
    public void reset() {
        for (int l = 0; l < network.depth(); l++) {
            network.layer(l).weights().setTo(initial.layer(l).weights());
            network.layer(l).bias().setTo(initial.layer(l).bias());
        }
        optimizer = optimizers.get();
        if (optimizer == null) {
            throw new IllegalArgumentException("SteppedTraining: the optimizer supplier gave null");
        }
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        random = new Random(seed);
        start = order.length; // the first step starts epoch 1
        epoch = 0;
        losses.clear();
    }

    /**
     * One step on the next minibatch.
     *
     * @return the minibatch's loss before the update
     */
    public double step() {
        if (start >= order.length) {
            epoch++;
            shuffle();
            start = 0;
        }
        int rows = Math.min(batch, order.length - start);
        batchX.reshape(rows, x.numCols);
        batchY.reshape(rows, y.numCols);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(x.data, order[start + r] * x.numCols, batchX.data, r * x.numCols, x.numCols);
            System.arraycopy(y.data, order[start + r] * y.numCols, batchY.data, r * y.numCols, y.numCols);
        }
        network.forward(batchX, pass);
        network.backward(pass, batchY, gradients);
        double loss = gradients.loss();
        optimizer.step(network, gradients);
        start += rows;
        losses.add(loss);
        return loss;
    }

    /** Fisher-Yates on the row order, drawing as the trainer does. */
    private void shuffle() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** Sets every layer's step size from now on, until the next {@link #reset()} makes a new optimizer. */
    public void stepSize(double stepSize) {
        if (!(stepSize > 0) || !Double.isFinite(stepSize)) {
            throw new IllegalArgumentException("SteppedTraining: step size " + stepSize + " must be positive and finite");
        }
        for (int l = 0; l < network.depth(); l++) {
            optimizer.stepSize(l, stepSize);
        }
    }

    /** The step size of the first layer now. */
    public double stepSize() {
        return optimizer.stepSize(0);
    }

    /** Steps taken since the start or the last reset. */
    public int steps() {
        return losses.size();
    }

    /** The epoch the last step belonged to (0 before the first step). */
    public int epoch() {
        return epoch;
    }

    /** Each step's minibatch loss, in order (a copy). */
    public List<Double> losses() {
        return new ArrayList<>(losses);
    }

    /**
     * The Deltas (dL/dz, rows x units, one per layer, first layer first) of the latest step's
     * minibatch, computed with the weights before that step's update; copies. Empty before the
     * first step and after a reset.
     */
    public List<DMatrixRMaj> lastDeltas() {
        List<DMatrixRMaj> deltas = new ArrayList<>();
        if (!losses.isEmpty()) {
            for (int l = 0; l < network.depth(); l++) {
                deltas.add(gradients.layer(l).delta().copy());
            }
        }
        return deltas;
    }

    /** The loss over all rows with the current weights. */
    public double loss() {
        return network.loss(x, y);
    }

    /** The network trained (its weights are those after the latest step). */
    public Network network() {
        return network;
    }

    DMatrixRMaj x() {
        return x;
    }

    DMatrixRMaj y() {
        return y;
    }
}
