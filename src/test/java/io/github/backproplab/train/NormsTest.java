package io.github.backproplab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;
import org.junit.jupiter.api.Test;

/** The trainer's one-pass norm agrees with EJML's careful one, small and large, and where squares overflow. */
class NormsTest {

    @Test
    void agreesWithEjmlOnSmallAndLargeMatrices() {
        Random random = new Random(4);
        for (int[] shape : new int[][] {{1, 1}, {3, 5}, {7, 9}, {64, 64}, {256, 784}}) {
            DMatrixRMaj m = new DMatrixRMaj(shape[0], shape[1]);
            for (int i = 0; i < m.getNumElements(); i++) {
                m.data[i] = random.nextGaussian();
            }
            double expected = NormOps_DDRM.normF(m);
            assertThat(Norms.frobenius(m)).as("%d x %d", shape[0], shape[1]).isCloseTo(expected, within(1e-12 * expected));
        }
        assertThat(Norms.frobenius(new DMatrixRMaj(0, 3))).isZero();
    }

    @Test
    void hugeEntriesGiveTheFiniteNormAndBrokenOnesAreNotFinite() {
        for (int size : new int[] {6, 3000}) {
            DMatrixRMaj m = new DMatrixRMaj(1, size);
            m.data[1] = 3e200;
            m.data[size - 1] = 4e200;
            assertThat(Norms.frobenius(m)).as("%d entries", size).isCloseTo(5e200, within(1e188));
            m.data[2] = Double.NaN;
            assertThat(Norms.frobenius(m)).isNaN();
            m.data[2] = Double.POSITIVE_INFINITY;
            assertThat(Double.isFinite(Norms.frobenius(m))).isFalse();
        }
    }
}
