package io.github.backproplab.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * An activation function a = f(z), applied to a batch of pre-activations (one row per example),
 * with its backward rule beside it.
 */
public interface Activation {

    /** A name that {@link #named(String)} reads back, for instance {@code leakyRelu(0.01)}. */
    String name();

    /**
     * a = f(z).
     *
     * @param z pre-activations, n x units; not modified
     * @param a modified: reshaped to n x units and overwritten
     */
    void forward(DMatrixRMaj z, DMatrixRMaj a);

    /**
     * The chain rule through f: given dL/da, computes dL/dz.
     *
     * @param z     pre-activations, n x units; not modified
     * @param a     f(z), n x units; not modified
     * @param gradA dL/da, n x units; not modified unless it is {@code gradZ}
     * @param gradZ modified: reshaped to n x units and overwritten with dL/dz; may be the same
     *              matrix as {@code gradA}
     */
    void backward(DMatrixRMaj z, DMatrixRMaj a, DMatrixRMaj gradA, DMatrixRMaj gradZ);

    /**
     * Which smooth piece of f holds the pre-activation z. Two values on different pieces lie on
     * either side of a kink (ReLU's 0), where f has no derivative; finite differences across it
     * measure neither side's slope. 0 for an activation that is smooth everywhere.
     */
    default int piece(double z) {
        return 0;
    }

    /** A short name of the kink for messages, for instance "ReLU input z = 0". */
    default String kink() {
        return "no kink";
    }

    static Activation identity() {
        return Identity.INSTANCE;
    }

    static Activation sigmoid() {
        return Sigmoid.INSTANCE;
    }

    static Activation tanh() {
        return Tanh.INSTANCE;
    }

    static Activation relu() {
        return Relu.INSTANCE;
    }

    /** max(z, slope * z); the slope keeps a small gradient for negative z. */
    static Activation leakyRelu(double slope) {
        return new LeakyRelu(slope);
    }

    /** Each row becomes a probability distribution: exp(z_j) / sum_k exp(z_k). */
    static Activation softmax() {
        return Softmax.INSTANCE;
    }

    /** The activation whose {@link #name()} is {@code name}. */
    static Activation named(String name) {
        Named parsed = Named.parse(name, "activation");
        switch (parsed.base()) {
            case "identity": return parsed.noParameter(identity());
            case "sigmoid": return parsed.noParameter(sigmoid());
            case "tanh": return parsed.noParameter(tanh());
            case "relu": return parsed.noParameter(relu());
            case "softmax": return parsed.noParameter(softmax());
            case "leakyRelu": return leakyRelu(parsed.parameter());
            default:
                throw new IllegalArgumentException("unknown activation '" + name
                        + "'; known: identity, sigmoid, tanh, relu, leakyRelu(slope), softmax");
        }
    }
}
