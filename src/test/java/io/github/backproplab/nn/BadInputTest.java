package io.github.backproplab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Each family of bad input to the networks and losses: the exception type, a message that names
 * what is at fault, and nothing changed (weights, inputs and targets are as before).
 */
class BadInputTest {
    private final Network network = Network.builder(2).seed(3).dense(3, Activation.tanh())
            .dense(1, Activation.sigmoid()).loss(Loss.binaryCrossEntropy()).build();
    private final Network before = network.copy();

    @Test
    void softmaxOfOneUnitIsRefused() {
        assertThatThrownBy(() -> Network.builder(4).dense(3, Activation.relu()).dense(1, Activation.softmax())
                .loss(Loss.softmaxCrossEntropy()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("layer 2").hasMessageContaining("1 x 3")
                .hasMessageContaining("softmax of 1 unit").hasMessageContaining("always 1");
    }

    @Test
    void crossEntropyTargetsOutsideZeroToOneAreRefusedWhenTheLossIsCalledDirectly() {
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{0.1, 0.2}, {0.3, -0.4}});
        DMatrixRMaj y = new DMatrixRMaj(new double[][] {{1}, {2}});
        DMatrixRMaj yBefore = y.copy();
        ForwardPass pass = network.forward(x);

        assertThatThrownBy(() -> network.loss(pass, y)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("binaryCrossEntropy").hasMessageContaining("row 1, column 0 is 2.0");
        assertThatThrownBy(() -> network.backward(pass, y)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 1, column 0 is 2.0");
        assertThatThrownBy(() -> Loss.binaryCrossEntropy().value(pass.zs().get(1), pass.output(), y))
                .hasMessageContaining("row 1, column 0 is 2.0");
        DMatrixRMaj oneHot = new DMatrixRMaj(new double[][] {{1.5, -0.5}});
        assertThatThrownBy(() -> Loss.softmaxCrossEntropy().value(new DMatrixRMaj(1, 2), new DMatrixRMaj(1, 2), oneHot))
                .hasMessageContaining("softmaxCrossEntropy").hasMessageContaining("row 0, column 0 is 1.5");
        assertThat(y.data).isEqualTo(yBefore.data);
        SameWeights.assertSameWeights(network, before);
    }

    @Test
    void nanOrInfinityInInputsOrTargetsNamesTheRowAndColumn() {
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{0.1, 0.2}, {0.3, Double.NaN}});
        assertThatThrownBy(() -> network.predict(x)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("input x row 1, column 1 is NaN");
        DMatrixRMaj infinite = new DMatrixRMaj(new double[][] {{Double.NEGATIVE_INFINITY, 0.2}});
        assertThatThrownBy(() -> network.predict(infinite)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("input x row 0, column 0 is -Infinity");
        assertThat(x.get(1, 1)).isNaN();
        DMatrixRMaj finite = new DMatrixRMaj(new double[][] {{0.1, 0.2}, {0.3, 0.4}});
        DMatrixRMaj y = new DMatrixRMaj(new double[][] {{1}, {Double.POSITIVE_INFINITY}});
        assertThatThrownBy(() -> network.backward(network.forward(finite), y))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("targets y row 1, column 0 is Infinity");
        SameWeights.assertSameWeights(network, before);
    }

    @Test
    void raggedEmptyOrMissingRowsNameTheArgumentAndTheRow() {
        assertThatThrownBy(() -> Rows.matrix(new double[][] {{1, 2}, {3}}, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x is ragged").hasMessageContaining("row 0 has 2").hasMessageContaining("row 1 has 1");
        assertThatThrownBy(() -> Rows.matrix(new double[0][], "y")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("y has no rows");
        assertThatThrownBy(() -> Rows.matrix(new double[][] {{}, {}}, "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x row 0 is empty");
        assertThatThrownBy(() -> Rows.matrix(new double[][] {{1}, null}, "y")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("y row 1 is missing");
        assertThatThrownBy(() -> Rows.matrix(null, "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x is missing");
    }

    @Test
    void backwardOnAPassThatWasNeverRunSaysSo() {
        DMatrixRMaj y = new DMatrixRMaj(new double[][] {{1}});
        assertThatThrownBy(() -> network.backward(new ForwardPass(), y)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("forward pass is empty").hasMessageContaining("network.forward(x)");
        assertThatThrownBy(() -> network.loss(new ForwardPass(), y)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("forward pass is empty");
        assertThatThrownBy(() -> new ForwardPass().output()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("empty");
        SameWeights.assertSameWeights(network, before);
    }

    @Test
    void backwardOnAPassOfAnotherNetworkSaysSo() {
        Network other = Network.builder(2).dense(5, Activation.tanh()).dense(1, Activation.sigmoid())
                .loss(Loss.binaryCrossEntropy()).build();
        Network deeper = Network.builder(2).dense(3, Activation.tanh()).dense(3, Activation.tanh())
                .dense(1, Activation.sigmoid()).loss(Loss.binaryCrossEntropy()).build();
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{0.1, 0.2}});
        DMatrixRMaj y = new DMatrixRMaj(new double[][] {{1}});
        assertThatThrownBy(() -> network.backward(other.forward(x), y)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("z of layer 1 is 1 x 5").hasMessageContaining("3 units");
        assertThatThrownBy(() -> network.backward(deeper.forward(x), y)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 layers but this network has 2");
        SameWeights.assertSameWeights(network, before);
    }

    @Test
    void aMissingActivationOrInitializerNamesTheLayer() {
        assertThatThrownBy(() -> Network.builder(2).dense(3, Activation.tanh()).dense(1, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("layer 2").hasMessageContaining("activation is missing");
        assertThatThrownBy(() -> Network.builder(2).dense(3, null, Initializer.xavier()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("layer 1").hasMessageContaining("activation is missing");
        assertThatThrownBy(() -> Network.builder(2).dense(3, Activation.tanh(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("layer 1").hasMessageContaining("initializer is missing");
        assertThatThrownBy(() -> new Dense(new DMatrixRMaj(1, 2), new DMatrixRMaj(1, 1), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("activation is missing");
        assertThatThrownBy(() -> Network.of(List.of(network.layer(0)), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loss is missing");
    }
}
