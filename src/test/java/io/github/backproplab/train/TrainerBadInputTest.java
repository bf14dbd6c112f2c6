package io.github.backproplab.train;

import static io.github.backproplab.nn.SameWeights.assertSameWeights;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.backproplab.nn.Gradients;
import io.github.backproplab.nn.Network;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Bad input to training: the exception, a message naming what is at fault, and nothing changed. */
class TrainerBadInputTest {
    private final Network network = Problems.xorNetwork(2);
    private final Network before = network.copy();

    @Test
    void aStepSizeForALayerTheNetworkDoesNotHaveIsRefused() {
        Optimizer optimizer = new GradientDescent(0.5).stepSize(2, 0.1);
        Trainer trainer = new Trainer(network, optimizer).epochs(3);
        assertThatThrownBy(() -> trainer.fit(Problems.XOR_X, Problems.XOR_Y))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("step size (0.1) for layer 2")
                .hasMessageContaining("2 layers, indices 0 to 1");
        Gradients gradients = network.backward(network.forward(new DMatrixRMaj(Problems.XOR_X)),
                new DMatrixRMaj(Problems.XOR_Y));
        assertThatThrownBy(() -> optimizer.step(network, gradients))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("for layer 2");
        assertThat(trainer.history()).isNull();
        assertSameWeights(network, before);
    }

    @Test
    void raggedArraysNameTheArgumentAndTheRow() {
        double[][] ragged = {{0, 0}, {0, 1}, {1}, {1, 1}};
        Trainer trainer = new Trainer(network, new GradientDescent(0.5)).epochs(3);
        assertThatThrownBy(() -> trainer.fit(ragged, Problems.XOR_Y))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x is ragged").hasMessageContaining("row 2 has 1");
        assertThatThrownBy(() -> trainer.fit(Problems.XOR_X, new double[0][]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y has no rows");
        assertThat(ragged[2]).containsExactly(1);
        assertSameWeights(network, before);
    }

    @Test
    void aBatchLargerThanTheDataUsesEveryRowAndSaysSo() {
        History history = new Trainer(network, new GradientDescent(0.5)).epochs(2).batchSize(64)
                .fit(Problems.XOR_X, Problems.XOR_Y);
        assertThat(history.steps().rowCount()).isEqualTo(2);
        assertThat(history.toString()).contains("batch size 64 is larger than the 4 training rows");
    }
}
