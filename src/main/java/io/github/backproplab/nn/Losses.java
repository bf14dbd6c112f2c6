package io.github.backproplab.nn;

import org.ejml.data.DMatrixRMaj;

/** Checks shared by the losses. */
final class Losses {
    private Losses() {
    }

    static void requireSameShape(DMatrixRMaj yHat, DMatrixRMaj y) {
        if (yHat.numRows != y.numRows || yHat.numCols != y.numCols) {
            throw new IllegalArgumentException("targets are " + Shapes.of(y)
                    + " but the predictions are " + Shapes.of(yHat));
        }
    }

    static void requireOutput(Loss loss, Activation output, Activation required) {
        if (!output.name().equals(required.name())) {
            throw new IllegalArgumentException(loss.name() + " needs a " + required.name()
                    + " output layer, got " + output.name());
        }
    }

    /** Every target in [0, 1]; the message names the first one that is not. */
    static void requireProbabilities(Loss loss, DMatrixRMaj y) {
        for (int i = 0; i < y.getNumElements(); i++) {
            double v = y.data[i];
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException(loss.name() + " needs targets in [0, 1]; row "
                        + i / y.numCols + ", column " + i % y.numCols + " is " + v);
            }
        }
    }
}
