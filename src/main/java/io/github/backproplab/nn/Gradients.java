package io.github.backproplab.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The result of a backward pass: the loss of the batch and, for every layer, its Delta and its
 * parameter gradients. The backward pass computes them output layer first, each Delta from the
 * one above it; {@link #outputFirst()} lists them in that order. Matrices are reused when the same
 * object is filled again.
 */
public final class Gradients {
    private final List<LayerGradient> layers = new ArrayList<>();
    private double loss = Double.NaN;

    /** Empty gradients, to be filled by {@link Network#backward(ForwardPass, org.ejml.data.DMatrixRMaj, Gradients)}. */
    public Gradients() {
    }

    void start(int layerCount, double loss) {
        while (layers.size() < layerCount) {
            layers.add(new LayerGradient(layers.size()));
        }
        this.loss = loss;
    }

    /** The loss of the batch the gradients were computed on. */
    public double loss() {
        return loss;
    }

    /** The gradients of layer {@code index}, 0 for the first layer. */
    public LayerGradient layer(int index) {
        return layers.get(index);
    }

    /** Every layer's gradients, first layer first. */
    public List<LayerGradient> layers() {
        return Collections.unmodifiableList(layers);
    }

    /** Every layer's gradients in the order the backward pass computes them: output layer first. */
    public List<LayerGradient> outputFirst() {
        List<LayerGradient> reversed = new ArrayList<>(layers);
        Collections.reverse(reversed);
        return reversed;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("loss " + loss + "\n");
        for (LayerGradient g : outputFirst()) {
            s.append(g).append('\n');
        }
        return s.toString();
    }
}
