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
        checkTargets(y);
        int cols = z.numCols;
        double sum = 0;
        for (int row = 0; row < z.numRows; row++) {
            int start = row * cols;
            int top = argMax(z, row);
            double max = z.data[start + top];
            // logsumexp(z) - z_j = (max - z_j) + log(1 + sum over k != top of exp(z_k - max)):
            // log1p and the difference taken first keep a confident row's small loss accurate.
            double rest = 0;
            for (int j = 0; j < cols; j++) {
                if (j != top) {
                    rest += Math.exp(z.data[start + j] - max);
                }
            }
            double logOnePlusRest = Math.log1p(rest);
            for (int j = 0; j < cols; j++) {
                sum += y.data[start + j] * ((max - z.data[start + j]) + logOnePlusRest);
            }
        }
        return sum / z.numRows;
    }

    private static int argMax(DMatrixRMaj z, int row) {
        int top = 0;
        for (int j = 1; j < z.numCols; j++) {
            if (z.data[row * z.numCols + j] > z.data[row * z.numCols + top]) {
                top = j;
            }
        }
        return top;
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
