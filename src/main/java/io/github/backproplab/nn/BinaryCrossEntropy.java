package io.github.backproplab.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * Binary cross-entropy of sigmoid outputs, L = -(1/n) sum [y log a + (1 - y) log(1 - a)] over
 * all outputs. Fused with the sigmoid, the output delta is simply (a - y) / n, and the value is
 * computed from z as max(z, 0) - z y + log(1 + e^-|z|), which never takes the log of 0.
 */
final class BinaryCrossEntropy implements Loss {
    static final BinaryCrossEntropy INSTANCE = new BinaryCrossEntropy();

    @Override
    public double value(DMatrixRMaj z, DMatrixRMaj yHat, DMatrixRMaj y) {
        Losses.requireSameShape(z, y);
        double sum = 0;
        for (int i = 0; i < y.getNumElements(); i++) {
            double zi = z.data[i];
            sum += Math.max(zi, 0) - zi * y.data[i] + Math.log1p(Math.exp(-Math.abs(zi)));
        }
        return sum / y.numRows;
    }

    @Override
    public void outputDelta(Activation output, DMatrixRMaj z, DMatrixRMaj yHat, DMatrixRMaj y, DMatrixRMaj delta) {
        checkOutput(output);
        Losses.requireSameShape(yHat, y);
        delta.reshape(y.numRows, y.numCols);
        double scale = 1.0 / y.numRows;
        for (int i = 0; i < y.getNumElements(); i++) {
            delta.data[i] = (yHat.data[i] - y.data[i]) * scale;
        }
    }

    @Override
    public boolean isClassification() {
        return true;
    }

    @Override
    public void checkOutput(Activation output) {
        Losses.requireOutput(this, output, Activation.sigmoid());
    }

    @Override
    public void checkTargets(DMatrixRMaj y) {
        Losses.requireProbabilities(this, y);
    }

    @Override
    public String name() {
        return "binaryCrossEntropy";
    }

    @Override
    public String toString() {
        return name();
    }
}
