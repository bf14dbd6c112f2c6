package io.github.backproplab.train;

import org.ejml.data.DMatrixRMaj;

/** The lecture's update: w = w - stepSize * dL/dw. */
public class GradientDescent extends Optimizer {

    public GradientDescent(double stepSize) {
        super(stepSize, 0);
    }

    @Override
    protected void update(int slot, DMatrixRMaj parameter, DMatrixRMaj gradient, double stepSize) {
        for (int i = 0; i < parameter.getNumElements(); i++) {
            parameter.data[i] -= stepSize * gradient.data[i];
        }
    }
}
