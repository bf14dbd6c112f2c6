package io.github.backproplab.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * Cross-entropy of a softmax output layer, L = -(1/n) sum_rows sum_j y_j log a_j, for one-hot
 * (or probability) target rows. Fused with the softmax, the output delta is (a - y) / n, and the
 * value is computed from z as logsumexp(z) - sum_j y_j z_j, stable for any z.
 */
final class SoftmaxCrossEntropy extends CrossEntropy {
    static final SoftmaxCrossEntropy INSTANCE = new SoftmaxCrossEntropy();
    private static final double ROW_SUM_TOLERANCE = 1e-9;

    private SoftmaxCrossEntropy() {
        super(Activation.softmax());
    }

    @Override
    public double value(DMatrixRMaj z, DMatrixRMaj yHat, DMatrixRMaj y) {
        Losses.requireSameShape(z, y);
        int cols = z.numCols;
        double sum = 0;
        for (int row = 0; row < z.numRows; row++) {
            int start = row * cols;
            double max = Softmax.rowMax(z, row);
            double expSum = 0;
            for (int j = 0; j < cols; j++) {
                expSum += Math.exp(z.data[start + j] - max);
            }
            double logSumExp = max + Math.log(expSum);
            for (int j = 0; j < cols; j++) {
                sum += y.data[start + j] * (logSumExp - z.data[start + j]);
            }
        }
        return sum / z.numRows;
    }

    @Override
    public void checkTargets(DMatrixRMaj y) {
        Losses.requireProbabilities(this, y);
        for (int row = 0; row < y.numRows; row++) {
            double sum = 0;
            for (int j = 0; j < y.numCols; j++) {
                sum += y.get(row, j);
            }
            if (Math.abs(sum - 1.0) > ROW_SUM_TOLERANCE) {
                throw new IllegalArgumentException(name() + " needs one-hot target rows; row " + row
                        + " sums to " + sum);
            }
        }
    }

    @Override
    public String name() {
        return "softmaxCrossEntropy";
    }
}
