package io.github.backproplab.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.backproplab.nn.Network;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class XorTest {

    @Test
    void aTwoFourOneSigmoidNetworkLearnsXor() {
        Network net = Problems.xorNetwork(7);
        History history = new Trainer(net, new GradientDescent(2.0)).epochs(3000).batchSize(4)
                .fit(Problems.XOR_X, Problems.XOR_Y);

        double loss = net.loss(new DMatrixRMaj(Problems.XOR_X), new DMatrixRMaj(Problems.XOR_Y));
        assertThat(loss).isLessThan(0.01);
        assertThat(history.status()).isEqualTo(TrainingStatus.COMPLETED);
        assertThat(history.epochCount()).isEqualTo(3000);
        DMatrixRMaj yHat = net.predict(new DMatrixRMaj(Problems.XOR_X));
        assertThat(yHat.data[0]).isLessThan(0.5);
        assertThat(yHat.data[1]).isGreaterThan(0.5);
        assertThat(yHat.data[2]).isGreaterThan(0.5);
        assertThat(yHat.data[3]).isLessThan(0.5);
    }

    @Test
    void theSameSeedGivesBitIdenticalWeights() {
        DMatrixRMaj[] data = Problems.linear(200, 5);
        Network first = train(data);
        Network second = train(data);
        for (int l = 0; l < first.depth(); l++) {
            assertThat(second.layer(l).weights().data).isEqualTo(first.layer(l).weights().data);
            assertThat(second.layer(l).bias().data).isEqualTo(first.layer(l).bias().data);
        }
    }

    private static Network train(DMatrixRMaj[] data) {
        Network net = Network.builder(2).seed(12).dense(16, io.github.backproplab.nn.Activation.tanh())
                .dense(1, io.github.backproplab.nn.Activation.identity()).build();
        new Trainer(net, new Adam(0.01)).epochs(20).batchSize(16).seed(99).validationSplit(0.25).fit(data[0], data[1]);
        return net;
    }
}
