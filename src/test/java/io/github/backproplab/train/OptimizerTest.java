package io.github.backproplab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.backproplab.nn.Activation;
import io.github.backproplab.nn.Dense;
import io.github.backproplab.nn.Loss;
import io.github.backproplab.nn.Network;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OptimizerTest {

    static Stream<Arguments> optimizers() {
        return Stream.of(
                Arguments.of("gradient descent", (Supplier<Optimizer>) () -> new GradientDescent(0.1)),
                Arguments.of("momentum", (Supplier<Optimizer>) () -> new Momentum(0.05)),
                Arguments.of("nesterov", (Supplier<Optimizer>) () -> new Nesterov(0.05)),
                Arguments.of("rmsprop", (Supplier<Optimizer>) () -> new RmsProp(0.01)),
                Arguments.of("adam", (Supplier<Optimizer>) () -> new Adam(0.05)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void decreasesTheLossOnAConvexProblem(String name, Supplier<Optimizer> optimizer) {
        DMatrixRMaj[] data = Problems.linear(256, 1);
        Network net = Problems.linearModel();
        double before = net.loss(data[0], data[1]);

        History history = new Trainer(net, optimizer.get()).epochs(30).batchSize(32).seed(2).fit(data[0], data[1]);

        double after = net.loss(data[0], data[1]);
        assertThat(after).as(name).isLessThan(0.01 * before);
        var losses = history.epochs().doubleColumn(History.LOSS);
        assertThat(losses.getDouble(losses.size() - 1)).isLessThan(losses.getDouble(0));
    }

    /**
     * One weight w = 0.5 and one bias b = 0, input 1, target 0, squared error, Adam with step 0.1.
     * Both gradients are y-hat - y = w + b.
     * Step 1: g = 0.5, m = 0.05, v = 0.00025, m-hat = 0.5, v-hat = 0.25, step = 0.1 * 0.5 / 0.5 = 0.1:
     *         w = 0.4, b = -0.1.
     * Step 2: g = 0.3, m = 0.9 * 0.05 + 0.1 * 0.3 = 0.075, v = 0.999 * 0.00025 + 0.001 * 0.09 = 0.00033975,
     *         m-hat = 0.075 / 0.19, v-hat = 0.00033975 / 0.001999, step = 0.1 * m-hat / sqrt(v-hat).
     */
    @Test
    void adamMatchesTwoStepsByHand() {
        Dense layer = new Dense(new DMatrixRMaj(1, 1, true, 0.5), new DMatrixRMaj(1, 1), Activation.identity());
        Network net = Network.of(List.of(layer), Loss.squaredError());
        Adam adam = new Adam(0.1);
        DMatrixRMaj x = new DMatrixRMaj(1, 1, true, 1);
        DMatrixRMaj y = new DMatrixRMaj(1, 1, true, 0);

        adam.step(net, net.backward(net.forward(x), y));
        assertThat(layer.weights().get(0, 0)).isCloseTo(0.4, within(1e-8));
        assertThat(layer.bias().get(0, 0)).isCloseTo(-0.1, within(1e-8));

        adam.step(net, net.backward(net.forward(x), y));
        double secondStep = 0.1 * (0.075 / 0.19) / Math.sqrt(0.00033975 / 0.001999);
        assertThat(secondStep).isCloseTo(0.0957495, within(1e-6));
        assertThat(layer.weights().get(0, 0)).isCloseTo(0.4 - secondStep, within(1e-8));
        assertThat(layer.bias().get(0, 0)).isCloseTo(-0.1 - secondStep, within(1e-8));
    }

    @Test
    void momentumAndNesterovDifferOnlyInTheMove() {
        // g = w with w = 1 (loss 1/2 w^2), step 0.1, mu 0.9
        // momentum: v = -0.1, w = 0.9; nesterov: v = -0.1, w = 1 + 0.9 * -0.1 - 0.1 * 1 = 0.81
        assertThat(afterOneStep(new Momentum(0.1, 0.9))).isCloseTo(0.9, within(1e-12));
        assertThat(afterOneStep(new Nesterov(0.1, 0.9))).isCloseTo(0.81, within(1e-12));
        // rmsprop: s = 0.1, w = 1 - 0.1 / sqrt(0.1)
        assertThat(afterOneStep(new RmsProp(0.1, 0.9, 1e-8))).isCloseTo(1 - 0.1 / Math.sqrt(0.1), within(1e-7));
    }

    private static double afterOneStep(Optimizer optimizer) {
        Dense layer = new Dense(new DMatrixRMaj(1, 1, true, 1.0), new DMatrixRMaj(1, 1), Activation.identity());
        Network net = Network.of(List.of(layer), Loss.squaredError());
        optimizer.step(net, net.backward(net.forward(new DMatrixRMaj(1, 1, true, 1)), new DMatrixRMaj(1, 1)));
        return layer.weights().get(0, 0);
    }

    @Test
    void perLayerStepSizesAndWeightDecay() {
        Network net = Network.builder(1).seed(1).dense(1, Activation.identity(), io.github.backproplab.nn.Initializer.uniform(1))
                .dense(1, Activation.identity(), io.github.backproplab.nn.Initializer.uniform(1)).build();
        GradientDescent gd = new GradientDescent(0.1);
        gd.stepSize(1, 0.5).weightDecay(0.01);
        assertThat(gd.stepSize(0)).isEqualTo(0.1);
        assertThat(gd.stepSize(1)).isEqualTo(0.5);

        // with a zero gradient, only the decay moves the weights: w = w - step * lambda * w
        net.layer(0).weights().set(0, 0, 2.0);
        net.layer(1).weights().set(0, 0, 0.0);   // zero output weight: no gradient reaches layer 0
        DMatrixRMaj x = new DMatrixRMaj(1, 1, true, 1);
        var g = net.backward(net.forward(x), net.predict(x));   // targets = predictions: zero error
        gd.step(net, g);
        assertThat(net.layer(0).weights().get(0, 0)).isCloseTo(2.0 - 0.1 * 0.01 * 2.0, within(1e-15));
    }

    @Test
    void refusesBadSettingsNamingTheValue() {
        assertThatThrownBy(() -> new GradientDescent(0)).hasMessageContaining("step size").hasMessageContaining("got 0.0");
        assertThatThrownBy(() -> new Adam(-0.5)).hasMessageContaining("got -0.5");
        assertThatThrownBy(() -> new Momentum(Double.NaN)).hasMessageContaining("got NaN");
        assertThatThrownBy(() -> new RmsProp(Double.POSITIVE_INFINITY)).hasMessageContaining("got Infinity");
        assertThatThrownBy(() -> new GradientDescent(0.1).stepSize(2, -1)).hasMessageContaining("layer 2").hasMessageContaining("-1");
        assertThatThrownBy(() -> new GradientDescent(0.1).weightDecay(-1)).hasMessageContaining("-1");
        assertThatThrownBy(() -> new Momentum(0.1, 1.0)).hasMessageContaining("1.0");
    }

    @Test
    void schedules() {
        assertThat(Schedule.constant().factor(50)).isEqualTo(1.0);
        Schedule step = Schedule.step(10, 0.5);
        assertThat(step.factor(1)).isEqualTo(1.0);
        assertThat(step.factor(10)).isEqualTo(1.0);
        assertThat(step.factor(11)).isEqualTo(0.5);
        assertThat(step.factor(21)).isEqualTo(0.25);
        assertThat(Schedule.exponential(0.9).factor(3)).isCloseTo(0.81, within(1e-15));
        assertThatThrownBy(() -> Schedule.step(0, 0.5)).hasMessageContaining("got 0");
        assertThatThrownBy(() -> Schedule.exponential(1.5)).hasMessageContaining("1.5");

        DMatrixRMaj[] data = Problems.linear(64, 1);
        History history = new Trainer(Problems.linearModel(), new GradientDescent(0.1)).epochs(3).batchSize(64)
                .schedule(Schedule.exponential(0.5)).fit(data[0], data[1]);
        assertThat(history.epochs().doubleColumn(History.LEARNING_RATE).asDoubleArray())
                .containsExactly(0.1, 0.05, 0.025);
    }
}
