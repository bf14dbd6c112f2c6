package io.github.backproplab.train;

import io.github.backproplab.nn.Dense;
import io.github.backproplab.nn.Gradients;
import io.github.backproplab.nn.LayerGradient;
import io.github.backproplab.nn.Network;
import io.github.backproplab.nn.StepSizes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Moves a network's parameters against their gradients. The subclasses, in order of increasing
 * complexity, each change one thing: {@link GradientDescent}, {@link Momentum}, {@link Nesterov},
 * {@link RmsProp}, {@link Adam}. Minibatch SGD is gradient descent on shuffled minibatches: the
 * {@link Trainer}'s batch size decides that, not the optimizer.
 *
 * <p>Every layer has a step size (the base one unless set per layer) that a {@link Schedule}
 * scales epoch by epoch; L2 weight decay adds lambda W to each weight gradient (not to biases).
 */
public abstract class Optimizer {
    private final double stepSize;
    private double[] layerStepSizes = new double[0];
    private double weightDecay;
    private double scheduleFactor = 1.0;
    private final int statesPerParameter;
    private final List<DMatrixRMaj> states = new ArrayList<>();
    private long steps;

    protected Optimizer(double stepSize, int statesPerParameter) {
        this.stepSize = StepSizes.requireValid(stepSize, "step size");
        this.statesPerParameter = statesPerParameter;
    }

    /** Gives layer {@code layer} (0 = first) its own step size, instead of the base one. */
    public Optimizer stepSize(int layer, double stepSize) {
        if (layer < 0) {
            throw new IllegalArgumentException("layer index must be 0 or more, got " + layer);
        }
        StepSizes.requireValid(stepSize, "step size of layer " + layer);
        if (layer >= layerStepSizes.length) {
            int old = layerStepSizes.length;
            layerStepSizes = Arrays.copyOf(layerStepSizes, layer + 1);
            Arrays.fill(layerStepSizes, old, layer + 1, Double.NaN);
        }
        layerStepSizes[layer] = stepSize;
        return this;
    }

    /** L2 weight decay: lambda W is added to each weight gradient; 0 turns it off. */
    public Optimizer weightDecay(double lambda) {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("weight decay must be a finite number, 0 or more, got " + lambda);
        }
        this.weightDecay = lambda;
        return this;
    }

    /** The base step size. */
    public double stepSize() {
        return stepSize;
    }

    /** The step size layer {@code layer} takes now: its own or the base one, times the schedule's factor. */
    public double stepSize(int layer) {
        boolean own = layer < layerStepSizes.length && !Double.isNaN(layerStepSizes[layer]);
        return (own ? layerStepSizes[layer] : stepSize) * scheduleFactor;
    }

    public double weightDecay() {
        return weightDecay;
    }

    /** Set by the trainer at the start of every epoch from its {@link Schedule}. */
    void scheduleFactor(double factor) {
        this.scheduleFactor = factor;
    }

    /** The number of steps taken so far. */
    protected final long steps() {
        return steps;
    }

    /**
     * One update of every layer's weights and bias.
     *
     * @param network   modified: its weights and biases move
     * @param gradients modified when weight decay is on (lambda W is added to the weight gradients)
     */
    public final void step(Network network, Gradients gradients) {
        requireLayers(network);
        steps++;
        for (int l = 0; l < network.depth(); l++) {
            Dense layer = network.layer(l);
            LayerGradient g = gradients.layer(l);
            if (weightDecay > 0) {
                CommonOps_DDRM.addEquals(g.weights(), weightDecay, layer.weights());
            }
            double eta = stepSize(l);
            update(2 * l, layer.weights(), g.weights(), eta);
            update(2 * l + 1, layer.bias(), g.bias(), eta);
        }
    }

    /**
     * Refuses a network that lacks a layer given its own step size: that step size was meant for
     * another network, or the layer index is off by one (indices start at 0).
     */
    final void requireLayers(Network network) {
        for (int l = layerStepSizes.length - 1; l >= network.depth(); l--) {
            if (!Double.isNaN(layerStepSizes[l])) {
                throw new IllegalArgumentException("the optimizer has a step size (" + layerStepSizes[l]
                        + ") for layer " + l + ", but the network has " + network.depth() + " layers, indices 0 to "
                        + (network.depth() - 1));
            }
        }
    }

    /**
     * Updates one parameter matrix from its gradient.
     *
     * @param slot      identifies the parameter, for {@link #state}
     * @param parameter modified
     * @param gradient  same shape as the parameter; not modified
     * @param stepSize  this layer's step size now
     */
    protected abstract void update(int slot, DMatrixRMaj parameter, DMatrixRMaj gradient, double stepSize);

    /**
     * The optimizer's memory for one parameter (velocity, squared-gradient average, ...):
     * zero-filled with the parameter's shape the first time, the same matrix after that.
     */
    protected final DMatrixRMaj state(int slot, int index, DMatrixRMaj parameter) {
        int at = slot * statesPerParameter + index;
        while (states.size() <= at) {
            states.add(null);
        }
        DMatrixRMaj s = states.get(at);
        if (s == null || s.numRows != parameter.numRows || s.numCols != parameter.numCols) {
            s = new DMatrixRMaj(parameter.numRows, parameter.numCols);
            states.set(at, s);
        }
        return s;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(step size " + stepSize + (weightDecay > 0 ? ", weight decay " + weightDecay : "") + ")";
    }
}
