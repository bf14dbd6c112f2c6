package io.github.backproplab.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * The backward pass's result for one layer: its Delta (dL/dz, n x units) and the gradients of
 * its weights (units x inputs) and bias (1 x units). Each weight gradient is Delta^T times the
 * layer's input: the lecture's "error term times input".
 */
public final class LayerGradient {
    private final int layer;
    private final DMatrixRMaj delta = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj weights = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj bias = new DMatrixRMaj(1, 1);

    LayerGradient(int layer) {
        this.layer = layer;
    }

    /** The layer's index, 0 for the first layer. */
    public int layer() {
        return layer;
    }

    /** Delta = dL/dz of this layer, n x units. */
    public DMatrixRMaj delta() {
        return delta;
    }

    /** dL/dW, units x inputs. */
    public DMatrixRMaj weights() {
        return weights;
    }

    /** dL/db, 1 x units. */
    public DMatrixRMaj bias() {
        return bias;
    }

    @Override
    public String toString() {
        return "layer " + (layer + 1) + ": delta " + Shapes.of(delta) + ", dW " + Shapes.of(weights)
                + ", db " + Shapes.of(bias);
    }
}
