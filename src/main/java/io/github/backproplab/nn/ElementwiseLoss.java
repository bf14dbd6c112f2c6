package io.github.backproplab.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * A loss that is a sum of one term per output entry: its value and derivative side by side.
 * The output delta is the derivative passed back through the output activation.
 */
abstract class ElementwiseLoss implements Loss {

    /** The loss term of one prediction against its target. */
    abstract double value(double yHat, double y);

    /** d value / d yHat. */
    abstract double derivative(double yHat, double y);

    /** The factor that averages the terms: 1/n (per example) unless a loss says otherwise. */
    double scale(DMatrixRMaj y) {
        return 1.0 / y.numRows;
    }

    @Override
    public double value(DMatrixRMaj z, DMatrixRMaj yHat, DMatrixRMaj y) {
        Losses.requireSameShape(yHat, y);
        double sum = 0;
        int size = y.getNumElements();
        for (int i = 0; i < size; i++) {
            sum += value(yHat.data[i], y.data[i]);
        }
        return sum * scale(y);
    }

    @Override
    public void outputDelta(Activation output, DMatrixRMaj z, DMatrixRMaj yHat, DMatrixRMaj y, DMatrixRMaj delta) {
        Losses.requireSameShape(yHat, y);
        delta.reshape(y.numRows, y.numCols);
        double scale = scale(y);
        int size = y.getNumElements();
        for (int i = 0; i < size; i++) {
            delta.data[i] = derivative(yHat.data[i], y.data[i]) * scale;
        }
        output.backward(z, yHat, delta, delta);
    }

    @Override
    public String toString() {
        return name();
    }
}
