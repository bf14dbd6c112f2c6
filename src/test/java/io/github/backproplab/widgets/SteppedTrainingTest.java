package io.github.backproplab.widgets;

import static io.github.backproplab.nn.SameWeights.assertSameWeights;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.backproplab.nn.Activation;
import io.github.backproplab.nn.Loss;
import io.github.backproplab.nn.Network;
import io.github.backproplab.train.GradientDescent;
import io.github.backproplab.train.Momentum;
import io.github.backproplab.train.Trainer;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SteppedTrainingTest {
    private static final DMatrixRMaj X = new DMatrixRMaj(new double[][] {
            {0, 0}, {0, 1}, {1, 0}, {1, 1}, {0.2, 0.9}, {0.8, 0.1}, {0.9, 0.8}});
    private static final DMatrixRMaj Y = new DMatrixRMaj(new double[][] {{0}, {1}, {1}, {0}, {1}, {1}, {0}});

    private static Network network() {
        return Network.builder(2).seed(7).dense(4, Activation.tanh()).dense(1, Activation.sigmoid())
                .loss(Loss.squaredError()).build();
    }

    @Test
    void stepsGiveTheWeightsOfTheTrainerWithTheSameSeed() {
        Network trained = network();
        new Trainer(trained, new GradientDescent(0.5)).epochs(6).batchSize(3).seed(11).fit(X, Y);
        Network stepped = network();
        SteppedTraining training = new SteppedTraining(stepped, () -> new GradientDescent(0.5), X, Y, 3, 11);
        for (int i = 0; i < 6 * 3; i++) { // 7 rows in batches of 3: 3 steps per epoch
            training.step();
        }
        assertThat(training.epoch()).isEqualTo(6);
        assertSameWeights(stepped, trained);
    }

    @Test
    void resetStartsAgainWithAFreshOptimizer() {
        Network net = network();
        Network before = net.copy();
        SteppedTraining training = new SteppedTraining(net, () -> new Momentum(0.3, 0.9), X, Y, 2, 5);
        for (int i = 0; i < 5; i++) {
            training.step();
        }
        training.reset();
        assertSameWeights(net, before);
        assertThat(training.steps()).isZero();
        for (int i = 0; i < 9; i++) {
            training.step();
        }
        Network straight = network();
        SteppedTraining again = new SteppedTraining(straight, () -> new Momentum(0.3, 0.9), X, Y, 2, 5);
        for (int i = 0; i < 9; i++) {
            again.step();
        }
        assertSameWeights(net, straight);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void playingPausingAndSteppingGivesTheWeightsOfAStraightRun() throws Exception {
        Network steered = network();
        TrainingView view = new TrainingView(new SteppedTraining(steered, () -> new GradientDescent(0.5), X, Y, 3, 11), 5);
        view.stepButton().click();
        view.stepButton().click();
        view.playButton().value(true);
        while (view.training().steps() < 40) {
            Thread.sleep(5);
        }
        view.playButton().value(false);
        view.awaitPaused();
        view.stepButton().click();
        int steps = view.training().steps();
        assertThat(steps).isGreaterThanOrEqualTo(43);
        Network straight = network();
        SteppedTraining run = new SteppedTraining(straight, () -> new GradientDescent(0.5), X, Y, 3, 11);
        for (int i = 0; i < steps; i++) {
            run.step();
        }
        assertSameWeights(steered, straight);
        assertThat(view.widget().describe()).contains("step " + steps);
    }

    @Test
    void theSliderChangesTheStepSizeAndResetKeepsIt() {
        TrainingView view = new TrainingView(new SteppedTraining(network(), () -> new GradientDescent(0.5), X, Y, 3, 1), 5);
        view.stepSizeSlider().value(0.05);
        assertThat(view.training().stepSize()).isEqualTo(0.05);
        view.stepButton().click();
        view.resetButton().click();
        assertThat(view.training().steps()).isZero();
        assertThat(view.training().stepSize()).isEqualTo(0.05);
    }

    @Test
    void badShapesAreRefusedByName() {
        assertThatThrownBy(() -> new SteppedTraining(network(), () -> new GradientDescent(0.1), new DMatrixRMaj(7, 3), Y, 2, 0))
                .hasMessageContaining("x has 3 columns but the network takes 2 inputs");
        assertThatThrownBy(() -> new SteppedTraining(network(), () -> new GradientDescent(0.1), X, new DMatrixRMaj(6, 1), 2, 0))
                .hasMessageContaining("y is 6 x 1 but needs 7 x 1");
        assertThatThrownBy(() -> new SteppedTraining(network(), () -> new GradientDescent(0.1), X, Y, 0, 0))
                .hasMessageContaining("batchSize 0");
    }
}
