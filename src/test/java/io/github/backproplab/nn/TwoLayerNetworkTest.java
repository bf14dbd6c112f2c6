package io.github.backproplab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

class TwoLayerNetworkTest {
    private static final double EXACT = 1e-12;

    /**
     * One step of the lecture's network worked out by hand, with ReLU so every number is exact.
     *
     * <pre>
     * x = (1, 2)^T, y = 3
     * A = [[1, 0.5], [-1, 0.25]]     z = A x = (1 + 1, -1 + 0.5) = (2, -0.5)
     * h = relu(z) = (2, 0)           sigma'(z) = (1, 0)
     * B = [[0.5, -1]]                y-hat = B h = 0.5 * 2 + (-1) * 0 = 1
     * L = 1/2 (1 - 3)^2 = 2
     * Delta B = y-hat - y = -2
     * Delta A = (B^T Delta B) .* sigma'(z) = (0.5 * -2, -1 * -2) .* (1, 0) = (-1, 0)
     * dL/dB = Delta B h^T = (-4, 0)
     * dL/dA = Delta A x^T = [[-1, -2], [0, 0]]
     * step sizes 0.1 for A, 0.05 for B:
     * B' = B - 0.05 (-4, 0) = (0.7, -1)
     * A' = A - 0.1 [[-1, -2], [0, 0]] = [[1.1, 0.7], [-1, 0.25]]
     * then y-hat' = 0.7 * relu(1.1 + 1.4) = 1.75, L' = 1/2 (1.25)^2 = 0.78125
     * </pre>
     */
    @Test
    void oneStepByHand() {
        DMatrixRMaj A = matrix(2, 2, 1, 0.5, -1, 0.25);
        DMatrixRMaj B = matrix(1, 2, 0.5, -1);
        DMatrixRMaj x = matrix(2, 1, 1, 2);
        DMatrixRMaj y = matrix(1, 1, 3);
        TwoLayerNetwork net = new TwoLayerNetwork(A, B, Activation.relu());

        assertEntries(net.forward(x), 1);
        assertThat(net.loss(y)).isCloseTo(2, within(EXACT));
        assertEntries(net.deltaB(y), -2);
        assertEntries(net.deltaA(), -1, 0);
        assertEntries(net.gradientB(), -4, 0);
        assertEntries(net.gradientA(), -1, -2, 0, 0);

        net.update(0.1, 0.05);

        assertEntries(net.B(), 0.7, -1);
        assertEntries(net.A(), 1.1, 0.7, -1, 0.25);
        assertEntries(net.forward(x), 1.75);
        assertThat(net.loss(y)).isCloseTo(0.78125, within(EXACT));
    }

    @Test
    void sameGradientsAsTheGeneralNetwork() {
        Random random = new Random(3);
        DMatrixRMaj A = GradientCheckTest.randomMatrix(5, 3, random);
        DMatrixRMaj B = GradientCheckTest.randomMatrix(2, 5, random);
        DMatrixRMaj X = GradientCheckTest.randomMatrix(3, 7, random);   // lecture layout: examples are columns
        DMatrixRMaj Y = GradientCheckTest.randomMatrix(2, 7, random);

        Network general = Network.of(List.of(
                new Dense(A.copy(), new DMatrixRMaj(1, 5), Activation.tanh()),
                new Dense(B.copy(), new DMatrixRMaj(1, 2), Activation.identity())), Loss.squaredError());
        Gradients g = general.backward(general.forward(transpose(X)), transpose(Y));

        TwoLayerNetwork lecture = new TwoLayerNetwork(A, B, Activation.tanh());
        lecture.forward(X);
        DMatrixRMaj deltaB = lecture.deltaB(Y);
        DMatrixRMaj deltaA = lecture.deltaA();

        assertThat(lecture.loss(Y)).isCloseTo(g.loss(), within(EXACT));
        assertSame(transpose(deltaB), g.layer(1).delta());
        assertSame(transpose(deltaA), g.layer(0).delta());
        assertSame(lecture.gradientB(), g.layer(1).weights());
        assertSame(lecture.gradientA(), g.layer(0).weights());
    }

    @Test
    void deltaAComesFromDeltaB() {
        TwoLayerNetwork net = new TwoLayerNetwork(matrix(1, 1, 1), matrix(1, 1, 1), Activation.sigmoid());
        net.forward(matrix(1, 1, 1));
        assertThatThrownBy(net::deltaA).hasMessageContaining("deltaB");
    }

    @Test
    void refusesShapesThatDoNotFit() {
        assertThatThrownBy(() -> new TwoLayerNetwork(new DMatrixRMaj(4, 3), new DMatrixRMaj(1, 5), Activation.tanh()))
                .hasMessageContaining("1 x 5").hasMessageContaining("4 x 3");
        TwoLayerNetwork net = new TwoLayerNetwork(new DMatrixRMaj(4, 3), new DMatrixRMaj(1, 4), Activation.tanh());
        assertThatThrownBy(() -> net.forward(new DMatrixRMaj(2, 6)))
                .hasMessageContaining("2 x 6").hasMessageContaining("4 x 3");
    }

    @Test
    void refusesBadStepSizes() {
        TwoLayerNetwork net = new TwoLayerNetwork(matrix(1, 1, 1), matrix(1, 1, 1), Activation.sigmoid());
        net.forward(matrix(1, 1, 1));
        net.deltaB(matrix(1, 1, 0));
        net.deltaA();
        assertThatThrownBy(() -> net.update(-0.1, 0.1)).hasMessageContaining("stepSizeA").hasMessageContaining("-0.1");
        assertThatThrownBy(() -> net.update(0.1, Double.NaN)).hasMessageContaining("stepSizeB").hasMessageContaining("NaN");
    }

    static DMatrixRMaj matrix(int rows, int cols, double... values) {
        return new DMatrixRMaj(rows, cols, true, values);
    }

    private static void assertEntries(DMatrixRMaj m, double... expected) {
        assertThat(m.getNumElements()).isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(m.data[i]).as("entry %d of %s", i, m).isCloseTo(expected[i], within(EXACT));
        }
    }

    private static void assertSame(DMatrixRMaj expected, DMatrixRMaj actual) {
        assertThat(Shapes.of(actual)).isEqualTo(Shapes.of(expected));
        for (int i = 0; i < expected.getNumElements(); i++) {
            assertThat(actual.data[i]).isCloseTo(expected.data[i], within(EXACT));
        }
    }

    private static DMatrixRMaj transpose(DMatrixRMaj m) {
        return CommonOps_DDRM.transpose(m, null);
    }
}
