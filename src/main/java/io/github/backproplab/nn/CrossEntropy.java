package io.github.backproplab.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * What the two cross-entropies share: each is fused with its natural output activation (sigmoid,
 * softmax), and through that activation the output delta collapses to (a - y) / n.
 */
abstract class CrossEntropy implements Loss {
    private final Activation output;

    CrossEntropy(Activation output) {
        this.output = output;
    }

    @Override
    public final void outputDelta(Activation output, DMatrixRMaj z, DMatrixRMaj yHat, DMatrixRMaj y, DMatrixRMaj delta) {
        checkOutput(output);
        Losses.requireSameShape(yHat, y);
        checkTargets(y);
        delta.reshape(y.numRows, y.numCols);
        double scale = 1.0 / y.numRows;
        for (int i = 0; i < y.getNumElements(); i++) {
            delta.data[i] = (yHat.data[i] - y.data[i]) * scale;
        }
    }

    @Override
    public final boolean isClassification() {
        return true;
    }

    @Override
    public final void checkOutput(Activation output) {
        Losses.requireOutput(this, output, this.output);
    }

    @Override
    public String toString() {
        return name();
    }
}
