package io.github.backproplab.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.backproplab.train.Adam;
import io.github.backproplab.train.Trainer;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Layers without bias, like the lecture's A and B: b stays zero and is neither trained nor checked. */
class WithoutBiasTest {
    static final DMatrixRMaj X = new DMatrixRMaj(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
    static final DMatrixRMaj Y = new DMatrixRMaj(new double[][] {{0}, {1}, {1}, {0}});

    static Network network(boolean withBias) {
        Network.Builder builder = Network.builder(2).seed(3).dense(4, Activation.sigmoid());
        if (!withBias) {
            builder.withoutBias();
        }
        builder.dense(1, Activation.identity());
        if (!withBias) {
            builder.withoutBias();
        }
        return builder.loss(Loss.squaredError()).build();
    }

    @Test
    void theWeightGradientsAreThoseOfTheSameNetworkWithZeroBiasAndTheBiasGradientIsZero() {
        Network without = network(false);
        Network with = network(true);
        assertThat(without.layer(0).hasBias()).isFalse();
        assertThat(with.layer(0).hasBias()).isTrue();
        Gradients a = without.backward(without.forward(X), Y);
        Gradients b = with.backward(with.forward(X), Y);
        assertThat(a.loss()).isEqualTo(b.loss());
        for (int l = 0; l < 2; l++) {
            assertThat(a.layer(l).weights().data).containsExactly(b.layer(l).weights().data);
            assertThat(a.layer(l).bias().data).containsOnly(0.0);
            assertThat(b.layer(l).bias().data).isNotEqualTo(new double[b.layer(l).bias().getNumElements()]);
        }
    }

    @Test
    void trainingNeverMovesTheBiasButLearnsTheWeights() {
        Network net = network(false);
        double[] before = net.layer(0).weights().data.clone();
        new Trainer(net, new Adam(0.05).weightDecay(0.01)).epochs(200).batchSize(2).seed(1).fit(X, Y);
        assertThat(net.layer(0).bias().data).containsOnly(0.0);
        assertThat(net.layer(1).bias().data).containsOnly(0.0);
        assertThat(net.layer(0).weights().data).isNotEqualTo(before);
    }

    @Test
    void theGradientCheckComparesTheWeightsOnly() {
        GradientCheckResult result = GradientCheck.run(network(false), X, Y);
        assertThat(result.rows()).extracting(GradientCheckResult.Row::parameter).containsOnly("W");
        assertThat(result.rows()).hasSize(2);
        assertThat(result.maxRelativeError()).isLessThan(1e-6);
    }

    @Test
    void aCopyStaysWithoutBiasAndSaysSo() {
        Dense layer = network(false).layer(0);
        assertThat(layer.copy().hasBias()).isFalse();
        assertThat(layer.toString()).endsWith("without bias");
    }

    @Test
    void withoutBiasNeedsALayerFirst() {
        assertThatThrownBy(() -> Network.builder(2).withoutBias())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("add a layer with dense(...) first");
    }
}
