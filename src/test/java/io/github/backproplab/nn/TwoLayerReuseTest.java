package io.github.backproplab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/**
 * The lecture's network keeps its matrices from step to step: it computes the same numbers, bit
 * for bit, as the formulas with a new matrix for every result, and its steps allocate nothing.
 */
class TwoLayerReuseTest {

    @Test
    void reusedMatricesGiveTheSameNumbersBitForBitAsNewOnes() {
        Random random = new Random(5);
        DMatrixRMaj A = gaussian(6, 3, random);
        DMatrixRMaj B = gaussian(2, 6, random);
        DMatrixRMaj[] xs = {gaussian(3, 9, random), gaussian(3, 4, random)};   // two batch sizes
        DMatrixRMaj[] ys = {gaussian(2, 9, random), gaussian(2, 4, random)};
        DMatrixRMaj refA = A.copy();
        DMatrixRMaj refB = B.copy();
        TwoLayerNetwork net = new TwoLayerNetwork(A, B, Activation.tanh());

        for (int step = 0; step < 60; step++) {
            DMatrixRMaj X = xs[step % 3 == 0 ? 1 : 0];
            DMatrixRMaj Y = ys[step % 3 == 0 ? 1 : 0];
            DMatrixRMaj yHat = net.forward(X);
            double loss = net.loss(Y);
            DMatrixRMaj deltaB = net.deltaB(Y);
            DMatrixRMaj deltaA = net.deltaA();
            DMatrixRMaj gradientB = net.gradientB().copy();
            DMatrixRMaj gradientA = net.gradientA().copy();
            net.update(0.3, 0.2);

            // the same step with a new matrix for every result
            DMatrixRMaj Z = new DMatrixRMaj(refA.numRows, X.numCols);
            CommonOps_DDRM.mult(refA, X, Z);
            DMatrixRMaj H = new DMatrixRMaj(1, 1);
            Activation.tanh().forward(Z, H);
            DMatrixRMaj refYHat = new DMatrixRMaj(refB.numRows, X.numCols);
            CommonOps_DDRM.mult(refB, H, refYHat);
            double refLoss = 0;
            for (int i = 0; i < Y.getNumElements(); i++) {
                double r = refYHat.data[i] - Y.data[i];
                refLoss += 0.5 * r * r;
            }
            refLoss /= Y.numCols;
            DMatrixRMaj refDeltaB = new DMatrixRMaj(Y.numRows, Y.numCols);
            CommonOps_DDRM.subtract(refYHat, Y, refDeltaB);
            CommonOps_DDRM.scale(1.0 / Y.numCols, refDeltaB);
            DMatrixRMaj back = new DMatrixRMaj(refB.numCols, Y.numCols);
            CommonOps_DDRM.multTransA(refB, refDeltaB, back);
            DMatrixRMaj refDeltaA = new DMatrixRMaj(1, 1);
            Activation.tanh().backward(Z, H, back, refDeltaA);
            DMatrixRMaj refGradientB = new DMatrixRMaj(refB.numRows, refB.numCols);
            CommonOps_DDRM.multTransB(refDeltaB, H, refGradientB);
            DMatrixRMaj refGradientA = new DMatrixRMaj(refA.numRows, refA.numCols);
            CommonOps_DDRM.multTransB(refDeltaA, X, refGradientA);
            CommonOps_DDRM.addEquals(refB, -0.2, refGradientB);
            CommonOps_DDRM.addEquals(refA, -0.3, refGradientA);

            assertThat(loss).as("loss of step %d", step).isEqualTo(refLoss);
            assertBits(yHat, refYHat, "y-hat", step);
            assertBits(deltaB, refDeltaB, "Delta B", step);
            assertBits(deltaA, refDeltaA, "Delta A", step);
            assertBits(gradientB, refGradientB, "dL/dB", step);
            assertBits(gradientA, refGradientA, "dL/dA", step);
            assertBits(A, refA, "A", step);
            assertBits(B, refB, "B", step);
        }
    }

    @Test
    void stepsAllocateNothing() {
        Random random = new Random(6);
        DMatrixRMaj X = gaussian(2, 1000, random);
        DMatrixRMaj Y = gaussian(1, 1000, random);
        // tanh: the vectorised sigmoid allocates until the JIT has compiled it, which takes a while on a busy machine
        TwoLayerNetwork net = new TwoLayerNetwork(gaussian(16, 2, random), gaussian(1, 16, random), Activation.tanh());
        Runnable steps = () -> {
            for (int step = 0; step < 200; step++) {
                net.forward(X);
                net.deltaB(Y);
                net.deltaA();
                net.update(0.01, 0.01);
            }
        };
        for (int warm = 0; warm < 20; warm++) {
            steps.run();
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        steps.run();
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated / 200.0).as("bytes allocated per step").isLessThan(16);
    }

    private static void assertBits(DMatrixRMaj actual, DMatrixRMaj expected, String what, int step) {
        assertThat(Shapes.of(actual)).as("%s of step %d", what, step).isEqualTo(Shapes.of(expected));
        for (int i = 0; i < expected.getNumElements(); i++) {
            assertThat(Double.doubleToRawLongBits(actual.data[i])).as("%s entry %d of step %d", what, i, step)
                    .isEqualTo(Double.doubleToRawLongBits(expected.data[i]));
        }
    }

    private static DMatrixRMaj gaussian(int rows, int cols, Random random) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.getNumElements(); i++) {
            m.data[i] = random.nextGaussian();
        }
        return m;
    }
}
