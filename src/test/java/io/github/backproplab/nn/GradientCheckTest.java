package io.github.backproplab.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Backprop agrees with finite differences for every activation, every loss that fits it, depths 1 to 3. */
class GradientCheckTest {
    private static final int INPUTS = 3;
    private static final int HIDDEN = 4;
    private static final int OUTPUTS = 3;
    private static final int ROWS = 5;

    static Stream<Arguments> cases() {
        List<Activation> activations = List.of(Activation.identity(), Activation.sigmoid(), Activation.tanh(),
                Activation.relu(), Activation.leakyRelu(0.1), Activation.softmax());
        List<Loss> losses = List.of(Loss.squaredError(), Loss.meanSquaredError(), Loss.huber(1.0),
                Loss.binaryCrossEntropy(), Loss.softmaxCrossEntropy());
        List<Arguments> cases = new ArrayList<>();
        for (Activation activation : activations) {
            for (Loss loss : losses) {
                for (int depth = 1; depth <= 3; depth++) {
                    cases.add(Arguments.of(activation.name(), loss.name(), depth));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} with {1}, depth {2}")
    @MethodSource("cases")
    void backpropMatchesFiniteDifferences(String activationName, String lossName, int depth) {
        Activation activation = Activation.named(activationName);
        Loss loss = Loss.named(lossName);
        Network network = network(activation, loss, depth);
        Random random = new Random(11);
        DMatrixRMaj x = randomMatrix(ROWS, INPUTS, random);
        DMatrixRMaj y = targets(loss, random);

        GradientCheckResult result = GradientCheck.run(network, x, y);

        assertTrue(result.passed(1e-6), () -> "relative error too large:\n" + result);
        assertTrue(result.rows().size() == 2 * depth);
    }

    /** Hidden layers use the activation under test; so does the output layer where the loss allows it. */
    private static Network network(Activation activation, Loss loss, int depth) {
        Activation output = switch (loss.name()) {
            case "binaryCrossEntropy" -> Activation.sigmoid();
            case "softmaxCrossEntropy" -> Activation.softmax();
            default -> activation;
        };
        Network.Builder builder = Network.builder(INPUTS).seed(depth * 31L + activation.name().length());
        for (int l = 1; l < depth; l++) {
            builder.dense(HIDDEN, activation, Initializer.uniform(0.8));
        }
        Network network = builder.dense(OUTPUTS, output, Initializer.uniform(0.8)).loss(loss).build();
        Random random = new Random(5);
        for (Dense layer : network.layers()) {
            for (int i = 0; i < layer.bias().getNumElements(); i++) {
                layer.bias().data[i] = random.nextDouble() - 0.5;
            }
        }
        return network;
    }

    private static DMatrixRMaj targets(Loss loss, Random random) {
        DMatrixRMaj y = new DMatrixRMaj(ROWS, OUTPUTS);
        for (int row = 0; row < ROWS; row++) {
            int hot = random.nextInt(OUTPUTS);
            for (int j = 0; j < OUTPUTS; j++) {
                double value = switch (loss.name()) {
                    case "softmaxCrossEntropy" -> j == hot ? 1 : 0;
                    case "binaryCrossEntropy" -> random.nextBoolean() ? 1 : 0;
                    case "huber(1.0)" -> 4 * random.nextDouble() - 2; // residuals on both sides of the threshold
                    default -> 2 * random.nextDouble() - 1;
                };
                y.set(row, j, value);
            }
        }
        return y;
    }

    static DMatrixRMaj randomMatrix(int rows, int cols, Random random) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.getNumElements(); i++) {
            m.data[i] = 2 * random.nextDouble() - 1;
        }
        return m;
    }
}
