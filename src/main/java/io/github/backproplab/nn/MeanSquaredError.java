package io.github.backproplab.nn;

import org.ejml.data.DMatrixRMaj;

/** L = (1 / (n k)) sum of (y-hat - y)^2 over all n x k entries; no 1/2. */
final class MeanSquaredError extends ElementwiseLoss {
    static final MeanSquaredError INSTANCE = new MeanSquaredError();

    @Override
    double value(double yHat, double y) {
        double r = yHat - y;
        return r * r;
    }

    @Override
    double derivative(double yHat, double y) {
        return 2.0 * (yHat - y);
    }

    @Override
    double scale(DMatrixRMaj y) {
        return 1.0 / y.getNumElements();
    }

    @Override
    public String name() {
        return "meanSquaredError";
    }
}
