package io.github.backproplab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.backproplab.nn.Network;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Divergence, interruption and early stopping keep consistent weights and the history. */
class StoppingTest {

    @Test
    void divergenceStopsNamesEpochAndStepAndRestoresTheLastFiniteWeights() {
        DMatrixRMaj[] data = Problems.linear(64, 1);
        Network net = Problems.linearModel();
        WeightRecorder recorder = new WeightRecorder();
        Trainer trainer = new Trainer(net, new GradientDescent(2.7)).epochs(100).batchSize(16).listener(recorder);

        assertThatThrownBy(() -> trainer.fit(data[0], data[1]))
                .isInstanceOf(TrainingDivergedException.class)
                .hasMessageContaining("epoch").hasMessageContaining("step")
                .hasMessageContaining("Try a smaller step size (the step size is 2.7)");

        History history = trainer.history();
        assertThat(history.status()).isEqualTo(TrainingStatus.DIVERGED);
        int steps = history.steps().rowCount();
        assertThat(steps).isPositive();
        // the history ends at the weights that were put back, a checkpoint: those after its last step
        assertThat(net.layer(0).weights().data).isEqualTo(recorder.afterStep.get(steps - 1));
        assertThat(recorder.afterStep.size()).isGreaterThan(steps)
                .isLessThanOrEqualTo(steps + Divergence.CHECKPOINT_EVERY);
        assertThat(Arrays.stream(net.layer(0).weights().data).allMatch(Double::isFinite)).isTrue();
        assertThat(history.message()).contains("The weights are back to those after step " + steps);
    }

    @Test
    void anInterruptStopsAtTheNextStepAndKeepsTheHistory() {
        DMatrixRMaj[] data = Problems.linear(64, 1);
        Network net = Problems.linearModel();
        WeightRecorder recorder = new WeightRecorder() {
            @Override
            public void onStep(Progress progress) {
                super.onStep(progress);
                if (progress.step() == 5) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        History history = new Trainer(net, new GradientDescent(0.01)).epochs(10).batchSize(8).listener(recorder)
                .fit(data[0], data[1]);

        assertThat(history.status()).isEqualTo(TrainingStatus.INTERRUPTED);
        assertThat(history.message()).contains("interrupted in epoch 1 of 10, after step 5");
        assertThat(history.steps().rowCount()).isEqualTo(5);
        assertThat(net.layer(0).weights().data).isEqualTo(recorder.afterStep.get(4));
        // fit leaves the interrupt status set, so that the code after it stops too
        assertThat(Thread.interrupted()).as("interrupt status after fit (read and cleared)").isTrue();
    }

    @Test
    void afterAnInterruptTheNextTrainingsInTheSameThreadStopAtOnce() {
        DMatrixRMaj[] data = Problems.linear(64, 1);
        TrainingListener interruptAtStep3 = new TrainingListener() {
            @Override
            public void onStep(Progress progress) {
                if (progress.step() == 3) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        try {
            // a notebook cell that tries several step sizes in a row
            List<History> runs = new ArrayList<>();
            for (double stepSize : new double[] {0.01, 0.02, 0.05}) {
                Network net = Problems.linearModel();
                Network before = net.copy();
                runs.add(new Trainer(net, new GradientDescent(stepSize)).epochs(10).batchSize(8)
                        .listener(interruptAtStep3).fit(data[0], data[1]));
                if (runs.size() > 1) {
                    assertThat(net.layer(0).weights().data).isEqualTo(before.layer(0).weights().data);
                }
            }
            assertThat(runs).extracting(History::status).containsOnly(TrainingStatus.INTERRUPTED);
            assertThat(runs).extracting(h -> h.steps().rowCount()).containsExactly(3, 0, 0);
            assertThat(runs.get(1).message()).contains("interrupted in epoch 1 of 10, after step 0");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void trainingEndedByAnErrorItDidNotSeeComingIsNotLeftRunning() {
        // What a stop by force looks like to the loop: an error thrown out of a step (there, ThreadDeath).
        DMatrixRMaj[] data = Problems.linear(64, 1);
        Trainer trainer = new Trainer(Problems.linearModel(), new GradientDescent(0.01)).epochs(10).batchSize(8)
                .listener(new TrainingListener() {
                    @Override
                    public void onStep(Progress progress) {
                        if (progress.step() == 3) {
                            throw new IllegalStateException("stopped from outside");
                        }
                    }
                });

        assertThatThrownBy(() -> trainer.fit(data[0], data[1])).hasMessage("stopped from outside");
        assertThat(trainer.history().status()).isEqualTo(TrainingStatus.INTERRUPTED);
        assertThat(trainer.history().message()).contains("stopped after step 3 without finishing");
    }

    @Test
    void anInterruptFromAnotherThreadStopsARunningTraining() throws Exception {
        DMatrixRMaj[] data = Problems.linear(512, 1);
        Network net = Problems.linearModel();
        CountDownLatch started = new CountDownLatch(1);
        WeightRecorder recorder = new WeightRecorder() {
            @Override
            public void onStep(Progress progress) {
                super.onStep(progress);
                started.countDown();
            }
        };
        Trainer trainer = new Trainer(net, new GradientDescent(0.001)).epochs(1_000_000).batchSize(1).listener(recorder);
        Thread training = new Thread(() -> trainer.fit(data[0], data[1]));
        training.start();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        training.interrupt();
        training.join(10_000);

        assertThat(training.isAlive()).isFalse();
        History history = trainer.history();
        assertThat(history.status()).isEqualTo(TrainingStatus.INTERRUPTED);
        int steps = history.steps().rowCount();
        assertThat(recorder.afterStep).hasSize(steps);
        assertThat(net.layer(0).weights().data).isEqualTo(recorder.afterStep.get(steps - 1));
    }

    @Test
    void earlyStoppingRestoresTheBestWeights() {
        DMatrixRMaj[] data = Problems.linear(140, 1);
        DMatrixRMaj[] validation = Problems.linear(60, 2);
        Network net = Problems.linearModel();
        // a step size this large oscillates, so the validation loss stops improving
        History history = new Trainer(net, new Momentum(0.9, 0.95)).epochs(500).batchSize(140)
                .validation(validation[0], validation[1]).earlyStopping(5).fit(data[0], data[1]);

        assertThat(history.status()).isEqualTo(TrainingStatus.EARLY_STOPPED);
        assertThat(history.epochCount()).isLessThan(500);
        var losses = history.epochs().doubleColumn(History.VALIDATION_LOSS);
        // the last epochs were worse than the best, and the network is back at the best one
        assertThat(losses.getDouble(losses.size() - 1)).isGreaterThan(losses.min());
        assertThat(net.loss(validation[0], validation[1])).isCloseTo(losses.min(), within(1e-12));
        assertThat(history.message()).contains("no improvement for 5 epochs");
    }

    /** Keeps a copy of the first layer's weights after every step. */
    static class WeightRecorder implements TrainingListener {
        final List<double[]> afterStep = new ArrayList<>();

        @Override
        public void onStep(Progress progress) {
            afterStep.add(progress.network().layer(0).weights().data.clone());
        }
    }
}
