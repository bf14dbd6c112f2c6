package io.github.backproplab.train;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;

/** The Frobenius norm in one pass over the entries, as the trainer takes it every step. */
final class Norms {
    private Norms() {
    }

    /**
     * sqrt(sum of squares) of {@code m} (not modified). One pass; only when the squares overflow
     * (entries near 1e154 and up) a second, scaled pass gives the finite norm, or infinity or NaN
     * when an entry is.
     */
    static double frobenius(DMatrixRMaj m) {
        double[] data = m.data;
        int size = m.getNumElements();
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += data[i] * data[i];
        }
        if (Double.isInfinite(sum)) {
            return NormOps_DDRM.normF(m);
        }
        return Math.sqrt(sum);
    }
}
