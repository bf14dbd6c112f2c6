package io.github.backproplab.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * A loss function of a batch of predictions (one row per example), averaged over the examples.
 * Each loss owns both its value and the output layer's delta, dL/dz, so that a loss fused with
 * its natural activation (cross-entropy with sigmoid or softmax) can use the simple, stable form.
 */
public interface Loss {

    /** A name that {@link #named(String)} reads back, for instance {@code huber(1.0)}. */
    String name();

    /**
     * The loss of a batch.
     *
     * @param z    the output layer's pre-activations, n x k; not modified
     * @param yHat the predictions f(z), n x k; not modified
     * @param y    the targets, n x k; not modified
     */
    double value(DMatrixRMaj z, DMatrixRMaj yHat, DMatrixRMaj y);

    /**
     * The output layer's delta, dL/dz: where backpropagation starts.
     *
     * @param output the output layer's activation
     * @param z      the output layer's pre-activations, n x k; not modified
     * @param yHat   the predictions f(z), n x k; not modified
     * @param y      the targets, n x k; not modified
     * @param delta  modified: reshaped to n x k and overwritten with dL/dz
     */
    void outputDelta(Activation output, DMatrixRMaj z, DMatrixRMaj yHat, DMatrixRMaj y, DMatrixRMaj delta);

    /**
     * Which smooth piece of the loss holds one prediction against its target. Two values on
     * different pieces lie on either side of a kink (Huber's switch at |y-hat - y| = delta), where
     * finite differences measure neither side's slope. 0 for a loss that is smooth everywhere.
     */
    default int piece(double yHat, double y) {
        return 0;
    }

    /** A short name of the kink for messages, for instance "Huber residual |y-hat - y| = 1.0". */
    default String kink() {
        return "no kink";
    }

    /** True when the targets are classes, so that accuracy applies. */
    default boolean isClassification() {
        return false;
    }

    /** Refuses an output activation this loss cannot be used with, naming both. */
    default void checkOutput(Activation output) {
    }

    /** Refuses targets this loss cannot use (a label out of range), naming the row and the value. */
    default void checkTargets(DMatrixRMaj y) {
    }

    /** The lecture's loss: 1/2 the squared error, summed over outputs, averaged over examples. */
    static Loss squaredError() {
        return SquaredError.INSTANCE;
    }

    /** The mean of the squared errors over every entry (no 1/2). */
    static Loss meanSquaredError() {
        return MeanSquaredError.INSTANCE;
    }

    /** Binary cross-entropy of sigmoid outputs against targets in [0, 1]. */
    static Loss binaryCrossEntropy() {
        return BinaryCrossEntropy.INSTANCE;
    }

    /** Cross-entropy of a softmax output layer against one-hot (or probability) rows. */
    static Loss softmaxCrossEntropy() {
        return SoftmaxCrossEntropy.INSTANCE;
    }

    /** Squared error for residuals up to {@code delta}, absolute error beyond: robust to outliers. */
    static Loss huber(double delta) {
        return new Huber(delta);
    }

    /** The loss whose {@link #name()} is {@code name}. */
    static Loss named(String name) {
        Named parsed = Named.parse(name, "loss");
        switch (parsed.base()) {
            case "squaredError": return parsed.noParameter(squaredError());
            case "meanSquaredError": return parsed.noParameter(meanSquaredError());
            case "binaryCrossEntropy": return parsed.noParameter(binaryCrossEntropy());
            case "softmaxCrossEntropy": return parsed.noParameter(softmaxCrossEntropy());
            case "huber": return huber(parsed.parameter());
            default:
                throw new IllegalArgumentException("unknown loss '" + name + "'; known: squaredError, "
                        + "meanSquaredError, binaryCrossEntropy, softmaxCrossEntropy, huber(delta)");
        }
    }
}
