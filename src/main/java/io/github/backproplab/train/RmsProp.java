package io.github.backproplab.train;

import org.ejml.data.DMatrixRMaj;

/**
 * RMSProp: each parameter's step is divided by a running root-mean-square of its gradients,
 * s = rho s + (1 - rho) g^2, w = w - stepSize g / (sqrt(s) + epsilon), so steep and flat
 * directions advance at similar speeds.
 */
public class RmsProp extends Optimizer {
    private final double rho;
    private final double epsilon;

    /** RMSProp with rho = 0.9 and epsilon = 1e-8. */
    public RmsProp(double stepSize) {
        this(stepSize, 0.9, 1e-8);
    }

    public RmsProp(double stepSize, double rho, double epsilon) {
        super(stepSize, 1);
        if (!(rho >= 0 && rho < 1)) {
            throw new IllegalArgumentException("RMSProp rho must be in [0, 1), got " + rho);
        }
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("RMSProp epsilon must be positive, got " + epsilon);
        }
        this.rho = rho;
        this.epsilon = epsilon;
    }

    @Override
    protected void update(int slot, DMatrixRMaj parameter, DMatrixRMaj gradient, double stepSize) {
        DMatrixRMaj s = state(slot, 0, parameter);
        for (int i = 0; i < parameter.getNumElements(); i++) {
            double g = gradient.data[i];
            s.data[i] = rho * s.data[i] + (1 - rho) * g * g;
            parameter.data[i] -= stepSize * g / (Math.sqrt(s.data[i]) + epsilon);
        }
    }
}
