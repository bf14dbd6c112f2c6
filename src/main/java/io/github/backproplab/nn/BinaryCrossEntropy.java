package io.github.backproplab.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * Binary cross-entropy of sigmoid outputs, L = -(1/n) sum [y log a + (1 - y) log(1 - a)] over
 * all outputs. Fused with the sigmoid, the output delta is simply (a - y) / n, and the value is
 * computed from z as max(z, 0) - z y + log(1 + e^-|z|), which never takes the log of 0.
 */
final class BinaryCrossEntropy extends CrossEntropy {
    static final BinaryCrossEntropy INSTANCE = new BinaryCrossEntropy();

    private BinaryCrossEntropy() {
        super(Activation.sigmoid());
    }

    @Override
    public double value(DMatrixRMaj z, DMatrixRMaj yHat, DMatrixRMaj y) {
        Losses.requireSameShape(z, y);
        checkTargets(y);
        double sum = 0;
        for (int i = 0; i < y.getNumElements(); i++) {
            double zi = z.data[i];
            sum += Math.max(zi, 0) - zi * y.data[i] + Math.log1p(Math.exp(-Math.abs(zi)));
        }
        return sum / y.numRows;
    }

    @Override
    public void checkTargets(DMatrixRMaj y) {
        Losses.requireProbabilities(this, y);
    }

    @Override
    public String name() {
        return "binaryCrossEntropy";
    }
}
