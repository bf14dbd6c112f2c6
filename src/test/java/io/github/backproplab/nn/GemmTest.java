package io.github.backproplab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

class GemmTest {

    @Test
    void agreesWithEjmlForEveryTransposeCombination() {
        Random random = new Random(1);
        for (boolean ta : new boolean[] {false, true}) {
            for (boolean tb : new boolean[] {false, true}) {
                DMatrixRMaj a = ta ? GradientCheckTest.randomMatrix(7, 5, random) : GradientCheckTest.randomMatrix(5, 7, random);
                DMatrixRMaj b = tb ? GradientCheckTest.randomMatrix(3, 7, random) : GradientCheckTest.randomMatrix(7, 3, random);
                DMatrixRMaj c = GradientCheckTest.randomMatrix(5, 3, random);
                DMatrixRMaj expected = c.copy();
                CommonOps_DDRM.scale(0.5, expected);
                DMatrixRMaj product = new DMatrixRMaj(5, 3);
                CommonOps_DDRM.mult(ta ? CommonOps_DDRM.transpose(a, null) : a,
                        tb ? CommonOps_DDRM.transpose(b, null) : b, product);
                CommonOps_DDRM.addEquals(expected, 2.0, product);

                Gemm.multiply(2.0, a, ta, b, tb, 0.5, c);

                for (int i = 0; i < c.getNumElements(); i++) {
                    assertThat(c.data[i]).as("transposeA %s, transposeB %s", ta, tb)
                            .isCloseTo(expected.data[i], within(1e-12));
                }
            }
        }
    }

    @Test
    void namesTheShapesThatDoNotFit() {
        assertThatThrownBy(() -> Gemm.multiply(1, new DMatrixRMaj(2, 3), false, new DMatrixRMaj(4, 5), false, 0,
                new DMatrixRMaj(2, 5))).hasMessageContaining("2 x 3").hasMessageContaining("4 x 5");
    }

    @Test
    void reportsWhichBlasItUses() {
        assertThat(Gemm.implementation()).startsWith("dev.ludovic.netlib.blas.");
    }
}
