package io.github.backproplab.train;

import org.ejml.data.DMatrixRMaj;

/**
 * Adam: RMSProp's scaling applied to a momentum-like average of the gradients, with both
 * averages corrected for starting at zero:
 * m = beta1 m + (1 - beta1) g, v = beta2 v + (1 - beta2) g^2,
 * w = w - stepSize m-hat / (sqrt(v-hat) + epsilon), m-hat = m / (1 - beta1^t), v-hat = v / (1 - beta2^t).
 */
public class Adam extends Optimizer {
    private final double beta1;
    private final double beta2;
    private final double epsilon;

    /** Adam with beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8. */
    public Adam(double stepSize) {
        this(stepSize, 0.9, 0.999, 1e-8);
    }

    public Adam(double stepSize, double beta1, double beta2, double epsilon) {
        super(stepSize, 2);
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("Adam betas must be in [0, 1), got " + beta1 + " and " + beta2);
        }
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("Adam epsilon must be positive, got " + epsilon);
        }
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    protected void update(int slot, DMatrixRMaj parameter, DMatrixRMaj gradient, double stepSize) {
        DMatrixRMaj m = state(slot, 0, parameter);
        DMatrixRMaj v = state(slot, 1, parameter);
        double correction1 = 1 - Math.pow(beta1, steps());
        double correction2 = 1 - Math.pow(beta2, steps());
        for (int i = 0; i < parameter.getNumElements(); i++) {
            double g = gradient.data[i];
            m.data[i] = beta1 * m.data[i] + (1 - beta1) * g;
            v.data[i] = beta2 * v.data[i] + (1 - beta2) * g * g;
            double mHat = m.data[i] / correction1;
            double vHat = v.data[i] / correction2;
            parameter.data[i] -= stepSize * mHat / (Math.sqrt(vHat) + epsilon);
        }
    }
}
