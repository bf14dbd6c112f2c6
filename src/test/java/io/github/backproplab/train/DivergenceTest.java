package io.github.backproplab.train;

import static io.github.backproplab.nn.SameWeights.assertSameWeights;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.backproplab.nn.Activation;
import io.github.backproplab.nn.Loss;
import io.github.backproplab.nn.Network;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Divergence also when the loss explodes without becoming infinite (losses with a bounded
 * gradient), weights put back to a point whose training loss is finite and has not exploded, and
 * a history that ends at those weights.
 */
class DivergenceTest {

    /** Keeps a copy of every layer's weights and biases after every step. */
    static final class Recorder implements TrainingListener {
        final List<Network> afterStep = new ArrayList<>();

        @Override
        public void onStep(Progress progress) {
            afterStep.add(progress.network().copy());
        }
    }

    private static DMatrixRMaj[] regression() {
        return Problems.linear(64, 3);
    }

    /** Trains until it diverges; checks the restored weights and the history; returns the history. */
    private static History divergeAndCheck(Network net, Optimizer optimizer, DMatrixRMaj x, DMatrixRMaj y, int batch) {
        Network start = net.copy();
        Recorder recorder = new Recorder();
        Trainer trainer = new Trainer(net, optimizer).epochs(50).batchSize(batch).listener(recorder);
        TrainingDivergedException e = catchThrowableOfType(() -> trainer.fit(x, y), TrainingDivergedException.class);

        assertThat(e).as("training should diverge").isNotNull();
        History history = trainer.history();
        assertThat(history.status()).isEqualTo(TrainingStatus.DIVERGED);
        double loss = net.loss(x, y);
        assertThat(loss).as("the training loss of the restored weights").isFinite()
                .isLessThan(Divergence.LOSS_GROWTH * Math.max(1, start.loss(x, y)));
        int steps = history.steps().rowCount();
        assertSameWeights(net, steps == 0 ? start : recorder.afterStep.get(steps - 1));
        assertThat(e.getMessage()).contains(steps == 0 ? "those training started from" : "those after step " + steps)
                .contains("whose loss on the training data is " + loss);
        // every epoch row kept has all of its steps kept
        var stepEpochs = history.steps().intColumn(History.EPOCH);
        for (int row = 0; row < history.epochCount(); row++) {
            int epoch = history.epochs().intColumn(History.EPOCH).getInt(row);
            assertThat(stepEpochs.asList()).contains(epoch);
        }
        if (history.epochCount() > 0) {
            int lastEpoch = history.epochs().intColumn(History.EPOCH).getInt(history.epochCount() - 1);
            assertThat(stepEpochs.getInt(steps - 1)).isGreaterThanOrEqualTo(lastEpoch);
        }
        return history;
    }

    @Test
    void huberWeightsThatExplodeWithoutInfinityStopAsDiverged() {
        DMatrixRMaj[] data = regression();
        Network net = Network.builder(2).seed(1).dense(8, Activation.relu()).dense(1, Activation.identity())
                .loss(Loss.huber(1.0)).build();
        History history = divergeAndCheck(net, new GradientDescent(1e100), data[0], data[1], 16);
        assertThat(history.message()).contains("exploded");
    }

    @Test
    void softmaxCrossEntropyWeightsThatExplodeStopAsDiverged() {
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {0.5, 0.2}, {0.3, 0.9}});
        DMatrixRMaj y = new DMatrixRMaj(new double[][] {{1, 0}, {0, 1}, {0, 1}, {1, 0}, {1, 0}, {0, 1}});
        Network net = Network.builder(2).seed(2).dense(4, Activation.tanh()).dense(2, Activation.softmax())
                .loss(Loss.softmaxCrossEntropy()).build();
        History history = divergeAndCheck(net, new GradientDescent(1e150), x, y, 2);
        assertThat(history.message()).contains("exploded");
    }

    @Test
    void anInfiniteLossStillStopsAndTheRestoredWeightsHaveAFiniteLoss() {
        DMatrixRMaj[] data = regression();
        divergeAndCheck(Problems.linearModel(), new GradientDescent(50.0), data[0], data[1], 16);
        divergeAndCheck(Problems.linearModel(), new GradientDescent(1e6), data[0], data[1], 64);
    }

    @Test
    void aLargeButSteadyRegressionIsNotCalledDiverged() {
        // targets around 1e5: the loss starts near 1e10 and only falls; nothing here has exploded
        DMatrixRMaj[] data = regression();
        DMatrixRMaj y = data[1].copy();
        for (int i = 0; i < y.getNumElements(); i++) {
            y.data[i] = 1e5 * y.data[i];
        }
        History history = new Trainer(Problems.linearModel(), new GradientDescent(0.1)).epochs(20).batchSize(16)
                .fit(data[0], y);
        assertThat(history.status()).isEqualTo(TrainingStatus.COMPLETED);
    }

    @Test
    void weightsWhoseTrainingLossExplodedAreSkippedOnTheWayBack() {
        DMatrixRMaj[] data = regression();
        Network net = Problems.linearModel();
        double start = net.layer(0).weights().get(0, 0);
        Divergence divergence = new Divergence(net, new TrainingData(data[0], data[1], null, null));
        divergence.firstLoss(net.loss(data[0], data[1]));

        net.layer(0).weights().set(0, 0, 0.5);
        divergence.startEpoch(3);                    // sound weights at the start of the epoch
        net.layer(0).weights().set(0, 0, 1e7);
        divergence.beforeUpdate(7);                  // finite, but their training loss has exploded
        assertThat(net.loss(data[0], data[1])).isFinite().isGreaterThan(divergence.lossLimit());
        net.layer(0).weights().set(0, 0, 1e300);

        assertThat(divergence.restore(8)).isEqualTo(3);
        assertThat(net.layer(0).weights().get(0, 0)).isEqualTo(0.5);

        net.layer(0).weights().set(0, 0, 1e7);
        divergence.startEpoch(9);                    // an epoch that started exploded
        divergence.beforeUpdate(10);
        assertThat(divergence.restore(11)).as("back to where training started").isZero();
        assertThat(net.layer(0).weights().get(0, 0)).isEqualTo(start);
    }
}
