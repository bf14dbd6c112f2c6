package io.github.backproplab.train;

import io.github.backproplab.nn.Gemm;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;

/** The Frobenius norm in one pass over the entries, as the trainer takes it every step. */
final class Norms {
    /** From this many entries on, BLAS (vectorised, one native call) beats the loop below. */
    private static final int BLAS_FROM = 2048;

    private Norms() {
    }

    /**
     * sqrt(sum of squares) of {@code m} (not modified). One pass (through BLAS for large
     * matrices); only when the squares overflow (entries near 1e154 and up) a second, scaled pass
     * gives the finite norm, or infinity or NaN when an entry is.
     */
    static double frobenius(DMatrixRMaj m) {
        double[] data = m.data;
        int size = m.getNumElements();
        double sum = size >= BLAS_FROM ? Gemm.sumOfSquares(data, size) : sumOfSquares(data, size);
        if (Double.isInfinite(sum)) {
            return NormOps_DDRM.normF(m);
        }
        return Math.sqrt(sum);
    }

    private static double sumOfSquares(double[] data, int size) {
        // four running sums: independent additions the processor overlaps (one sum waits for
        // every addition before it)
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < size; i += 4) {
            s0 += data[i] * data[i];
            s1 += data[i + 1] * data[i + 1];
            s2 += data[i + 2] * data[i + 2];
            s3 += data[i + 3] * data[i + 3];
        }
        for (; i < size; i++) {
            s0 += data[i] * data[i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
