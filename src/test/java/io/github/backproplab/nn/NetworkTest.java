package io.github.backproplab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class NetworkTest {

    @Test
    void forwardKeepsEveryZAndActivationAndBackwardGoesOutputFirst() {
        Network net = Network.builder(3).seed(1).dense(4, Activation.tanh()).dense(2, Activation.sigmoid())
                .dense(1, Activation.identity()).build();
        DMatrixRMaj x = new DMatrixRMaj(5, 3);
        ForwardPass pass = net.forward(x);
        assertThat(pass.zs()).extracting(Shapes::of).containsExactly("5 x 4", "5 x 2", "5 x 1");
        assertThat(pass.activations()).extracting(Shapes::of).containsExactly("5 x 4", "5 x 2", "5 x 1");

        Gradients g = net.backward(pass, new DMatrixRMaj(5, 1));
        assertThat(g.outputFirst()).extracting(LayerGradient::layer).containsExactly(2, 1, 0);
        assertThat(g.outputFirst()).extracting(lg -> Shapes.of(lg.weights())).containsExactly("1 x 2", "2 x 4", "4 x 3");
        assertThat(g.outputFirst()).extracting(lg -> Shapes.of(lg.delta())).containsExactly("5 x 1", "5 x 2", "5 x 4");
        assertThat(g.outputFirst()).extracting(lg -> Shapes.of(lg.bias())).containsExactly("1 x 1", "1 x 2", "1 x 4");
    }

    @Test
    void sameSeedSameWeights() {
        Network a = Network.builder(3).seed(9).dense(4, Activation.relu()).dense(1, Activation.identity()).build();
        Network b = Network.builder(3).seed(9).dense(4, Activation.relu()).dense(1, Activation.identity()).build();
        Network c = Network.builder(3).seed(10).dense(4, Activation.relu()).dense(1, Activation.identity()).build();
        assertThat(a.layer(0).weights().data).isEqualTo(b.layer(0).weights().data);
        assertThat(a.layer(0).weights().data).isNotEqualTo(c.layer(0).weights().data);
    }

    @Test
    void shapeErrorsNameBothShapesAndTheLayer() {
        Network net = Network.builder(2).dense(4, Activation.tanh()).dense(1, Activation.identity()).build();
        assertThatThrownBy(() -> net.forward(new DMatrixRMaj(10, 3)))
                .hasMessageContaining("10 x 3").hasMessageContaining("layer 1").hasMessageContaining("4 x 2");
        assertThatThrownBy(() -> net.backward(net.forward(new DMatrixRMaj(10, 2)), new DMatrixRMaj(10, 2)))
                .hasMessageContaining("10 x 2").hasMessageContaining("10 x 1").hasMessageContaining("layer 2");
        assertThatThrownBy(() -> Network.of(List.of(
                new Dense(new DMatrixRMaj(4, 2), new DMatrixRMaj(1, 4), Activation.tanh()),
                new Dense(new DMatrixRMaj(1, 5), new DMatrixRMaj(1, 1), Activation.identity())), Loss.squaredError()))
                .hasMessageContaining("layer 2").hasMessageContaining("1 x 5").hasMessageContaining("4 x 2");
        assertThatThrownBy(() -> new Dense(new DMatrixRMaj(4, 2), new DMatrixRMaj(1, 3), Activation.tanh()))
                .hasMessageContaining("1 x 4").hasMessageContaining("1 x 3");
        assertThatThrownBy(() -> Network.builder(2).dense(0, Activation.tanh()))
                .hasMessageContaining("layer 1").hasMessageContaining("got 0");
    }

    @Test
    void copyIsIndependent() {
        Network net = Network.builder(2).seed(4).dense(3, Activation.tanh()).build();
        Network copy = net.copy();
        copy.layer(0).weights().set(0, 0, 42);
        assertThat(net.layer(0).weights().get(0, 0)).isNotEqualTo(42);
        assertThat(net.summary()).contains("layer 1: dense 2 -> 3, tanh, W 3 x 2, b 1 x 3").contains("9 parameters");
    }
}
