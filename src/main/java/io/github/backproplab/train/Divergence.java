package io.github.backproplab.train;

import io.github.backproplab.nn.Network;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * Tells when training has diverged and where to go back to. Diverged means a loss or a weight that
 * is no longer finite, but also one that has exploded while staying finite: with a loss whose
 * gradient is bounded (Huber, cross-entropy) too large a step size walks the weights off to 1e200
 * without any infinity on the way.
 *
 * <p>Going back: to the latest checkpoint, the weights kept before an update every
 * {@link #CHECKPOINT_EVERY} steps (a copy before every update would be one more pass over every
 * weight in every step), if their loss on the whole training data is finite and has not
 * exploded; otherwise to the weights at the start of the epoch, checked the same way; otherwise
 * to the weights training started from.
 */
final class Divergence {
    /** A loss this many times the first batch's loss (or 1, if larger) has exploded. */
    static final double LOSS_GROWTH = 1e6;
    /** A layer whose weights have a Frobenius norm above this has exploded. */
    static final double WEIGHT_LIMIT = 1e12;
    /** How many steps apart the checkpoints are; training goes back at most this many steps. */
    static final int CHECKPOINT_EVERY = 10;

    private final Network network;
    private final TrainingData data;
    private final WeightBuffer initial;
    private final WeightBuffer epochStart;
    private long epochStartStep;
    /** The latest checkpoint, and how many steps its weights had taken. */
    private final WeightBuffer beforeUpdate;
    private long beforeUpdateStep = -1;
    private double lossLimit = Double.NaN;

    Divergence(Network network, TrainingData data) {
        this.network = network;
        this.data = data;
        initial = new WeightBuffer(network);
        epochStart = new WeightBuffer(network);
        beforeUpdate = new WeightBuffer(network);
    }

    /** Sets the loss limit from the first batch's loss: LOSS_GROWTH times it, or LOSS_GROWTH if it is below 1. */
    void firstLoss(double loss) {
        if (Double.isNaN(lossLimit)) {
            lossLimit = LOSS_GROWTH * Math.max(1.0, loss);
        }
    }

    /** The loss limit, NaN before the first step. */
    double lossLimit() {
        return lossLimit;
    }

    /** What is wrong with a batch loss, or null when it is finite and has not exploded. */
    String badLoss(double loss, String which) {
        if (!Double.isFinite(loss)) {
            return which + " became " + loss;
        }
        if (loss > lossLimit) {
            return which + " exploded to " + loss + " (above " + lossLimit + ", " + LOSS_GROWTH
                    + " times the first batch's loss)";
        }
        return null;
    }

    /**
     * What is wrong with the current weights, or null.
     *
     * @param weightNorms the Frobenius norm of every layer's weights, first layer first
     */
    String badWeights(double[] weightNorms) {
        for (int l = 0; l < weightNorms.length; l++) {
            if (!Double.isFinite(weightNorms[l]) || !finite(network.layer(l).bias())) {
                return "the weights of layer " + (l + 1) + " stopped being finite";
            }
            if (weightNorms[l] > WEIGHT_LIMIT) {
                return "the weights of layer " + (l + 1) + " exploded (norm " + weightNorms[l] + ", above "
                        + WEIGHT_LIMIT + ")";
            }
        }
        return null;
    }

    void startEpoch(long step) {
        epochStart.save(network);
        epochStartStep = step;
    }

    /** Whether {@link #beforeUpdate} keeps a checkpoint before update {@code step + 1}. */
    static boolean isCheckpoint(long step) {
        return step % CHECKPOINT_EVERY == 0;
    }

    /** Keeps the weights about to be updated by step {@code step + 1} as the latest checkpoint. */
    void beforeUpdate(long step) {
        beforeUpdate.save(network);
        beforeUpdateStep = step;
    }

    /**
     * ||W_now - W_before|| / ||W_before|| of layer {@code l}, where W_before is the latest
     * checkpoint: the update ratio of the latest update when the checkpoint was taken just before it.
     */
    double updateRatio(int l) {
        return beforeUpdate.updateRatio(network, l);
    }

    /**
     * Puts back the latest weights that are not {@code bad}: training had taken {@code bad} steps
     * when they went wrong. Returns how many steps the restored weights have taken.
     */
    long restore(long bad) {
        if (beforeUpdateStep >= 0 && beforeUpdateStep < bad) {
            beforeUpdate.restoreInto(network);
            if (sound()) {
                return beforeUpdateStep;
            }
        }
        if (epochStartStep < bad && epochStartStep > 0) {
            epochStart.restoreInto(network);
            if (sound()) {
                return epochStartStep;
            }
        }
        initial.restoreInto(network);
        return 0;
    }

    /** The loss of the current weights on the whole training data. */
    double trainingLoss() {
        return network.loss(data.x(), data.y());
    }

    /** True when the current weights are finite and within bounds and their training loss is too. */
    private boolean sound() {
        double[] norms = new double[network.depth()];
        for (int l = 0; l < norms.length; l++) {
            norms[l] = NormOps_DDRM.normF(network.layer(l).weights());
        }
        return badWeights(norms) == null && badLoss(trainingLoss(), "") == null;
    }

    private static boolean finite(DMatrixRMaj m) {
        for (int i = 0; i < m.getNumElements(); i++) {
            if (!Double.isFinite(m.data[i])) {
                return false;
            }
        }
        return true;
    }
}
