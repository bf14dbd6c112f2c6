package io.github.backproplab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class ActivationsAndLossesTest {

    @Test
    void namesReadBack() {
        for (Activation a : List.of(Activation.identity(), Activation.sigmoid(), Activation.tanh(), Activation.relu(),
                Activation.leakyRelu(0.02), Activation.softmax())) {
            assertThat(Activation.named(a.name()).name()).isEqualTo(a.name());
        }
        for (Loss l : List.of(Loss.squaredError(), Loss.meanSquaredError(), Loss.binaryCrossEntropy(),
                Loss.softmaxCrossEntropy(), Loss.huber(0.75))) {
            assertThat(Loss.named(l.name()).name()).isEqualTo(l.name());
        }
        assertThatThrownBy(() -> Activation.named("swish")).hasMessageContaining("swish");
        assertThatThrownBy(() -> Loss.named("huber")).hasMessageContaining("needs a parameter");
    }

    @Test
    void elementwiseValuesAndDerivatives() {
        ElementwiseActivation sigmoid = (ElementwiseActivation) Activation.sigmoid();
        assertThat(sigmoid.value(0)).isEqualTo(0.5);
        assertThat(sigmoid.derivative(0, 0.5)).isEqualTo(0.25);
        assertThat(sigmoid.value(-1000)).isEqualTo(0.0);
        assertThat(sigmoid.value(1000)).isEqualTo(1.0);
        ElementwiseActivation leaky = (ElementwiseActivation) Activation.leakyRelu(0.1);
        assertThat(leaky.value(-2)).isCloseTo(-0.2, within(1e-15));
        assertThat(leaky.derivative(-2, -0.2)).isEqualTo(0.1);
        assertThatThrownBy(() -> Activation.leakyRelu(1.5)).hasMessageContaining("1.5");
    }

    @Test
    void softmaxIsStableForLargeInputs() {
        DMatrixRMaj z = new DMatrixRMaj(1, 3, true, 1000, 1001, 1002);
        DMatrixRMaj a = new DMatrixRMaj(1, 1);
        Activation.softmax().forward(z, a);
        double e1 = Math.exp(-1);
        double e2 = Math.exp(-2);
        assertThat(a.data).containsExactly(new double[] {e2 / (1 + e1 + e2), e1 / (1 + e1 + e2), 1 / (1 + e1 + e2)},
                within(1e-15));
        DMatrixRMaj y = new DMatrixRMaj(1, 3, true, 1, 0, 0);
        // -log a_0 = 2 + log(1 + e^-1 + e^-2), computed from z without overflow
        assertThat(Loss.softmaxCrossEntropy().value(z, a, y)).isCloseTo(2 + Math.log(1 + e1 + e2), within(1e-12));
    }

    @Test
    void binaryCrossEntropyIsFiniteForSaturatedOutputs() {
        DMatrixRMaj z = new DMatrixRMaj(1, 1, true, -800);
        DMatrixRMaj a = new DMatrixRMaj(1, 1);
        Activation.sigmoid().forward(z, a);
        assertThat(a.get(0, 0)).isEqualTo(0.0);
        assertThat(Loss.binaryCrossEntropy().value(z, a, new DMatrixRMaj(1, 1, true, 1))).isCloseTo(800, within(1e-9));
    }

    @Test
    void lossConventions() {
        DMatrixRMaj yHat = new DMatrixRMaj(2, 2, true, 1, 2, 3, 4);
        DMatrixRMaj y = new DMatrixRMaj(2, 2, true, 0, 0, 0, 0);
        // squared error: (1/n) sum 1/2 ||r||^2 = (1/2)(1/2)(1 + 4 + 9 + 16) = 7.5
        assertThat(Loss.squaredError().value(yHat, yHat, y)).isEqualTo(7.5);
        // mean squared error: (1/(n k)) sum r^2 = 30 / 4
        assertThat(Loss.meanSquaredError().value(yHat, yHat, y)).isEqualTo(7.5);
        // Huber(2): 1/2, 2, 2 (3 - 1), 2 (4 - 1), averaged over 2 rows
        assertThat(Loss.huber(2).value(yHat, yHat, y)).isEqualTo((0.5 + 2 + 4 + 6) / 2);
    }

    @Test
    void crossEntropiesNeedTheirActivation() {
        assertThatThrownBy(() -> Network.builder(2).dense(1, Activation.tanh()).loss(Loss.binaryCrossEntropy()).build())
                .hasMessageContaining("binaryCrossEntropy needs a sigmoid output layer, got tanh");
        assertThatThrownBy(() -> Network.builder(2).dense(3, Activation.sigmoid()).loss(Loss.softmaxCrossEntropy()).build())
                .hasMessageContaining("softmax output layer, got sigmoid");
    }
}
