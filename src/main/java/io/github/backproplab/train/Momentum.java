package io.github.backproplab.train;

import org.ejml.data.DMatrixRMaj;

/**
 * Gradient descent with a velocity: v = mu v - stepSize g, then w = w + v. Steps along a
 * consistent direction add up; steps that flip sign cancel out.
 */
public class Momentum extends Optimizer {
    private final double mu;

    /** Momentum with mu = 0.9. */
    public Momentum(double stepSize) {
        this(stepSize, 0.9);
    }

    public Momentum(double stepSize, double mu) {
        super(stepSize, 1);
        if (!(mu >= 0 && mu < 1)) {
            throw new IllegalArgumentException("momentum mu must be in [0, 1), got " + mu);
        }
        this.mu = mu;
    }

    @Override
    protected final void update(int slot, DMatrixRMaj parameter, DMatrixRMaj gradient, double stepSize) {
        DMatrixRMaj v = state(slot, 0, parameter);
        for (int i = 0; i < parameter.getNumElements(); i++) {
            double g = gradient.data[i];
            v.data[i] = mu * v.data[i] - stepSize * g;
            parameter.data[i] += move(v.data[i], g, stepSize);
        }
    }

    /** How far the parameter moves given the new velocity: plain momentum moves by v. */
    double move(double v, double g, double stepSize) {
        return v;
    }

    double mu() {
        return mu;
    }
}
