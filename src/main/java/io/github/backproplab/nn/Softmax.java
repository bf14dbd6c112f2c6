package io.github.backproplab.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * Each row of z becomes a probability distribution, a_j = exp(z_j) / sum_k exp(z_k). Unlike the
 * element-wise activations, each a_j depends on the whole row, so the backward rule is the
 * Jacobian-vector product dL/dz_j = a_j (dL/da_j - sum_k dL/da_k a_k).
 */
final class Softmax implements Activation {
    static final Softmax INSTANCE = new Softmax();

    @Override
    public void forward(DMatrixRMaj z, DMatrixRMaj a) {
        a.reshape(z.numRows, z.numCols);
        int cols = z.numCols;
        for (int row = 0; row < z.numRows; row++) {
            int start = row * cols;
            // Subtracting the row maximum keeps exp from overflowing; the result is unchanged.
            double max = rowMax(z, row);
            double sum = 0;
            for (int j = 0; j < cols; j++) {
                double e = Math.exp(z.data[start + j] - max);
                a.data[start + j] = e;
                sum += e;
            }
            for (int j = 0; j < cols; j++) {
                a.data[start + j] /= sum;
            }
        }
    }

    /** The largest entry of row {@code row} of {@code z}. */
    static double rowMax(DMatrixRMaj z, int row) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < z.numCols; j++) {
            max = Math.max(max, z.data[row * z.numCols + j]);
        }
        return max;
    }

    @Override
    public void backward(DMatrixRMaj z, DMatrixRMaj a, DMatrixRMaj gradA, DMatrixRMaj gradZ) {
        gradZ.reshape(z.numRows, z.numCols);
        int cols = z.numCols;
        for (int row = 0; row < z.numRows; row++) {
            int start = row * cols;
            double dot = 0;
            for (int j = 0; j < cols; j++) {
                dot += gradA.data[start + j] * a.data[start + j];
            }
            for (int j = 0; j < cols; j++) {
                gradZ.data[start + j] = a.data[start + j] * (gradA.data[start + j] - dot);
            }
        }
    }

    @Override
    public String name() {
        return "softmax";
    }

    @Override
    public String toString() {
        return name();
    }
}
