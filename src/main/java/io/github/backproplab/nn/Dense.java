package io.github.backproplab.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * A fully connected layer: z = x W^T + b, a = f(z), for a batch x with one example per row.
 * W is units x inputs, as in the lecture (row i holds the weights into unit i); b is 1 x units
 * and is added to every row. The backward rule sits right below the forward one.
 *
 * <p>A layer {@link #withoutBias without bias}, like the lecture's A and B, keeps b at zero: its
 * bias gradient is zero, so no optimizer ever moves it.
 */
public final class Dense {
    private final DMatrixRMaj weights;
    private final DMatrixRMaj bias;
    private final Activation activation;
    private final boolean hasBias;

    /**
     * A layer that uses the given matrices as its parameters (they are not copied).
     *
     * @param weights units x inputs; modified later by training
     * @param bias    1 x units; modified later by training
     */
    public Dense(DMatrixRMaj weights, DMatrixRMaj bias, Activation activation) {
        this(weights, bias, activation, true);
    }

    /**
     * A layer without bias: z = x W^T, a = f(z), as the lecture's layers are. Its bias matrix is
     * zero and stays zero (its gradient is zero).
     *
     * @param weights units x inputs, used as the layer's weights (not copied); modified later by training
     */
    public static Dense withoutBias(DMatrixRMaj weights, Activation activation) {
        return new Dense(weights, new DMatrixRMaj(1, Math.max(weights.numRows, 1)), activation, false);
    }

    private Dense(DMatrixRMaj weights, DMatrixRMaj bias, Activation activation, boolean hasBias) {
        if (weights.numRows < 1 || weights.numCols < 1) {
            throw new IllegalArgumentException("weights must have at least one row and column, got " + Shapes.of(weights));
        }
        Shapes.require(bias, 1, weights.numRows, "the bias of a layer with weights " + Shapes.of(weights));
        if (activation == null) {
            throw new IllegalArgumentException("activation is missing");
        }
        this.weights = weights;
        this.bias = bias;
        this.activation = activation;
        this.hasBias = hasBias;
    }

    /** Whether the layer adds a trained bias; false for a layer made {@link #withoutBias}. */
    public boolean hasBias() {
        return hasBias;
    }

    /** The weights W, units x inputs: the live matrix, not a copy. */
    public DMatrixRMaj weights() {
        return weights;
    }

    /** The bias b, 1 x units: the live matrix, not a copy. */
    public DMatrixRMaj bias() {
        return bias;
    }

    public Activation activation() {
        return activation;
    }

    public int inputs() {
        return weights.numCols;
    }

    public int units() {
        return weights.numRows;
    }

    /**
     * Forward: z = x W^T + b, a = f(z).
     *
     * @param x the layer's input, n x inputs; not modified
     * @param z modified: reshaped to n x units, the pre-activations
     * @param a modified: reshaped to n x units, the activations
     */
    public void forward(DMatrixRMaj x, DMatrixRMaj z, DMatrixRMaj a) {
        int units = units();
        z.reshape(x.numRows, units);
        double[] b = bias.data;
        double[] out = z.data;
        // every row starts as b, then the product is added to it (beta = 1); a plain loop, which
        // the JIT vectorises, rather than a copy call per row
        for (int row = 0, at = 0; row < x.numRows; row++, at += units) {
            for (int j = 0; j < units; j++) {
                out[at + j] = b[j];
            }
        }
        Gemm.multiply(1.0, x, false, weights, true, 1.0, z);
        activation.forward(z, a);
    }

    /**
     * Backward: given this layer's delta = dL/dz, the gradients are delta^T x for W and the
     * column sums of delta for b (zero for a layer without bias); dL/dx = delta W is what the layer below needs for its delta.
     *
     * @param x              the layer's input from the forward pass, n x inputs; not modified
     * @param delta          dL/dz, n x units; not modified
     * @param weightGradient modified: reshaped to units x inputs, dL/dW
     * @param biasGradient   modified: reshaped to 1 x units, dL/db
     * @param inputGradient  modified unless {@code null}: reshaped to n x inputs, dL/dx
     */
    public void backward(DMatrixRMaj x, DMatrixRMaj delta, DMatrixRMaj weightGradient,
                         DMatrixRMaj biasGradient, DMatrixRMaj inputGradient) {
        weightGradient.reshape(units(), inputs());
        Gemm.multiply(1.0, delta, true, x, false, 0.0, weightGradient);
        int units = units();
        biasGradient.reshape(1, units);
        biasGradient.zero();
        if (hasBias) {   // without a bias, dL/db stays zero, so no optimizer moves b
            double[] sums = biasGradient.data;
            double[] d = delta.data;
            for (int row = 0, at = 0; row < delta.numRows; row++, at += units) {
                for (int j = 0; j < units; j++) {
                    sums[j] += d[at + j];
                }
            }
        }
        if (inputGradient != null) {
            inputGradient.reshape(delta.numRows, inputs());
            Gemm.multiply(1.0, delta, false, weights, false, 0.0, inputGradient);
        }
    }

    /** A layer with copies of this layer's weights and bias. */
    public Dense copy() {
        return new Dense(weights.copy(), bias.copy(), activation, hasBias);
    }

    @Override
    public String toString() {
        return "dense " + inputs() + " -> " + units() + " " + activation.name() + (hasBias ? "" : " without bias");
    }
}
