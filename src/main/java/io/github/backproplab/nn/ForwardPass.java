package io.github.backproplab.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * What the forward pass keeps for the backward pass: for every layer l, its pre-activation z_l
 * (n x units_l) and its activation a_l = f(z_l) (n x units_l). The matrices are reused when the
 * same pass is filled again, so training allocates nothing per step.
 */
public final class ForwardPass {
    private final List<DMatrixRMaj> zs = new ArrayList<>();
    private final List<DMatrixRMaj> activations = new ArrayList<>();
    private final List<DMatrixRMaj> zsView = Collections.unmodifiableList(zs);
    private final List<DMatrixRMaj> activationsView = Collections.unmodifiableList(activations);
    private DMatrixRMaj input;
    private int depth;

    /** An empty pass, to be filled by {@link Network#forward(DMatrixRMaj, ForwardPass)}. */
    public ForwardPass() {
    }

    void start(DMatrixRMaj x, int layers) {
        input = x;
        depth = layers;
        while (zs.size() < layers) {
            zs.add(new DMatrixRMaj(1, 1));
            activations.add(new DMatrixRMaj(1, 1));
        }
        while (zs.size() > layers) {   // filled before by a deeper network
            zs.remove(zs.size() - 1);
            activations.remove(activations.size() - 1);
        }
    }

    /** The number of layers the pass was last filled for; 0 when it was never filled. */
    public int depth() {
        return depth;
    }

    /** The network's input x, n x inputs: the matrix that was passed in, not a copy. */
    public DMatrixRMaj input() {
        return input;
    }

    /** z_l for each layer, first layer first. */
    public List<DMatrixRMaj> zs() {
        return zsView;
    }

    /** a_l = f(z_l) for each layer, first layer first. */
    public List<DMatrixRMaj> activations() {
        return activationsView;
    }

    /** The input to layer l: x for the first layer, a_(l-1) otherwise. */
    public DMatrixRMaj inputOf(int layer) {
        return layer == 0 ? input : activations.get(layer - 1);
    }

    /** The predictions y-hat, n x outputs: the last layer's activation. */
    public DMatrixRMaj output() {
        if (depth == 0) {
            throw new IllegalStateException("this forward pass is empty: fill it with network.forward(x) first");
        }
        return activations.get(depth - 1);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("forward pass of " + Shapes.of(input) + " input\n");
        for (int l = 0; l < depth; l++) {
            s.append("layer ").append(l + 1).append(": z ").append(Shapes.of(zs.get(l)))
                    .append(", a ").append(Shapes.of(activations.get(l))).append('\n');
        }
        return s.toString();
    }
}
