package io.github.backproplab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The activations' loops over whole arrays give exactly the numbers of their value and derivative
 * per entry, special values included, and in place too.
 */
class ActivationArraysTest {
    private static final double[] SPECIAL = {0.0, -0.0, 1e-320, -1e-320, 1e-9, -1e-9, 0.5, -0.5, 20, -20, 40, -40,
            700, -700, 710, -710, 745, -745, 800, -800, Double.MAX_VALUE, -Double.MAX_VALUE,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};

    @Test
    void wholeArraysMatchEntryByEntryBitForBit() {
        DMatrixRMaj z = inputs();
        Random random = new Random(9);
        DMatrixRMaj gradA = new DMatrixRMaj(z.numRows, z.numCols);
        for (int i = 0; i < gradA.getNumElements(); i++) {
            gradA.data[i] = i % 7 == 0 ? -0.0 : random.nextGaussian();
        }
        gradA.data[3] = Double.NaN;
        gradA.data[5] = Double.NEGATIVE_INFINITY;
        for (Activation activation : List.of(Activation.identity(), Activation.sigmoid(), Activation.tanh(),
                Activation.relu(), Activation.leakyRelu(0.1), Activation.leakyRelu(0))) {
            ElementwiseActivation f = (ElementwiseActivation) activation;
            DMatrixRMaj a = new DMatrixRMaj(1, 1);
            f.forward(z, a);
            DMatrixRMaj gradZ = new DMatrixRMaj(1, 1);
            f.backward(z, a, gradA, gradZ);
            DMatrixRMaj inPlace = gradA.copy();
            f.backward(z, a, inPlace, inPlace);
            boolean vectorised = f == Activation.sigmoid() && Sigmoid.VECTORISED;
            for (int i = 0; i < z.getNumElements(); i++) {
                double value = f.value(z.data[i]);
                if (vectorised) {   // within the stated tolerance; the derivatives follow from a
                    assertWithinVectorTolerance(a.data[i], value, z.data[i]);
                    value = a.data[i];
                }
                double chain = gradA.data[i] * f.derivative(z.data[i], value);
                assertThat(bits(a.data[i])).as("%s(%s)", f.name(), z.data[i]).isEqualTo(bits(value));
                assertThat(bits(gradZ.data[i])).as("%s'(%s) times %s", f.name(), z.data[i], gradA.data[i])
                        .isEqualTo(bits(chain));
                assertThat(bits(inPlace.data[i])).as("in place, %s'(%s)", f.name(), z.data[i]).isEqualTo(bits(chain));
            }
        }
    }

    @Test
    void theScalarSigmoidGivesExactlyItsValuesAndTheVectorisedOneAgreesWithinTheTolerance() {
        assertThat(Sigmoid.VECTORISED).as("the tests run with --add-modules jdk.incubator.vector (pom.xml)").isTrue();
        DMatrixRMaj z = inputs();
        for (int size : new int[] {z.getNumElements(), 13, 3, 0}) {   // whole vectors and tails
            double[] scalar = new double[size];
            double[] vector = new double[size];
            Sigmoid.scalarValues(z.data, scalar, 0, size);
            VectorSigmoid.values(z.data, vector, size);
            for (int i = 0; i < size; i++) {
                double value = Sigmoid.INSTANCE.value(z.data[i]);
                assertThat(bits(scalar[i])).as("scalar sigmoid(%s)", z.data[i]).isEqualTo(bits(value));
                assertWithinVectorTolerance(vector[i], value, z.data[i]);
            }
        }
    }

    /** Same NaN, or relatively within Sigmoid.VECTOR_TOLERANCE (absolutely below 1e-300, where exp is subnormal). */
    private static void assertWithinVectorTolerance(double actual, double expected, double z) {
        if (Double.isNaN(expected)) {
            assertThat(actual).as("vectorised sigmoid(%s)", z).isNaN();
        } else {
            assertThat(actual).as("vectorised sigmoid(%s)", z)
                    .isCloseTo(expected, within(Math.max(Sigmoid.VECTOR_TOLERANCE * Math.abs(expected), 1e-300)));
        }
    }

    /** The special values, then random ones of every size, as a 25 x 8 matrix. */
    private static DMatrixRMaj inputs() {
        DMatrixRMaj z = new DMatrixRMaj(25, 8);
        Random random = new Random(8);
        for (int i = 0; i < z.getNumElements(); i++) {
            z.data[i] = i < SPECIAL.length ? SPECIAL[i] : random.nextGaussian() * Math.pow(10, random.nextInt(7) - 3);
        }
        return z;
    }

    private static long bits(double v) {
        return Double.doubleToLongBits(v);
    }
}
