package io.github.backproplab.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The gradient check over many random networks: every activation and loss, depth 1 to 4, random
 * sizes, weights, biases and data. A correct network must never fail it; a network with one
 * derivative broken on purpose must fail it every time.
 */
class GradientCheckPropertyTest {
    private static final double TOLERANCE = 1e-6;
    private static final List<Activation> HIDDEN = List.of(Activation.identity(), Activation.sigmoid(),
            Activation.tanh(), Activation.relu(), Activation.leakyRelu(0.1), Activation.leakyRelu(0.01),
            Activation.softmax());
    private static final List<Loss> LOSSES = List.of(Loss.squaredError(), Loss.meanSquaredError(),
            Loss.huber(1.0), Loss.huber(0.1), Loss.binaryCrossEntropy(), Loss.softmaxCrossEntropy());

    @Test
    void noCorrectNetworkFails() {
        int networks = 1200;
        int unjudgedEntries = 0;
        for (int seed = 0; seed < networks; seed++) {
            Random random = new Random(seed);
            Case c = randomCase(random, null);
            GradientCheckResult result = GradientCheck.run(c.network, c.x, c.y);
            int s = seed;
            assertThat(result.passed(TOLERANCE))
                    .as(() -> "seed " + s + ":\n" + c.network.summary() + result)
                    .isTrue();
            unjudgedEntries += result.unjudged().size();
        }
        // Entries too close to a kink to judge even with the smallest step stay rare.
        assertThat(unjudgedEntries).isLessThan(networks);
    }

    @Test
    void aBrokenDerivativeFailsEveryTime() {
        int checked = 0;
        int drawn = 0;
        for (int seed = 0; checked < 300; seed++) {
            Random random = new Random(100_000 + seed);
            Case c = randomCase(random, random.nextInt(4));
            drawn++;
            if (!bugShows(c)) {
                continue; // the broken part carries no gradient here: no check could see it
            }
            checked++;
            GradientCheckResult result = GradientCheck.run(c.network, c.x, c.y);
            int s = seed;
            assertThat(result.passed(TOLERANCE))
                    .as(() -> "seed " + s + " passed with a broken derivative:\n" + c.network.summary() + result)
                    .isFalse();
        }
        assertThat(drawn).as("networks drawn to find 300 where the bug changes a gradient").isLessThan(400);
    }

    /** True when the broken backward pass moves some gradient of size above 1e-6 by more than 0.1%. */
    private static boolean bugShows(Case c) {
        List<Dense> fixed = new ArrayList<>();
        for (Dense layer : c.network.layers()) {
            Activation f = layer.activation() instanceof BrokenDerivative b ? b.f : layer.activation();
            fixed.add(new Dense(layer.weights(), layer.bias(), f));
        }
        Loss loss = c.network.loss() instanceof BrokenLoss b ? b.loss() : c.network.loss();
        Network correct = Network.of(fixed, loss);
        Gradients right = correct.backward(correct.forward(c.x), c.y);
        Gradients wrong = c.network.backward(c.network.forward(c.x), c.y);
        for (int l = 0; l < correct.depth(); l++) {
            DMatrixRMaj r = right.layer(l).weights();
            DMatrixRMaj w = wrong.layer(l).weights();
            for (int i = 0; i < r.getNumElements(); i++) {
                if (Math.abs(r.data[i]) > 1e-6 && Math.abs(w.data[i] - r.data[i]) > 1e-3 * Math.abs(r.data[i])) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void kinksAreMetAndNamed() {
        // A ReLU whose input is exactly 0 for one example: the step always crosses the kink.
        Network network = Network.of(List.of(
                new Dense(new DMatrixRMaj(new double[][] {{1, -1}}), new DMatrixRMaj(1, 1), Activation.relu()),
                new Dense(new DMatrixRMaj(new double[][] {{2}}), new DMatrixRMaj(1, 1), Activation.identity())),
                Loss.squaredError());
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{0.5, 0.5}, {1, 0.25}});
        DMatrixRMaj y = new DMatrixRMaj(new double[][] {{0.3}, {-0.2}});

        GradientCheckResult result = GradientCheck.run(network, x, y);

        assertThat(result.passed(TOLERANCE)).isTrue();
        assertThat(result.unjudged()).isNotEmpty();
        assertThat(result.unjudged().get(0).toString())
                .contains("layer 1 W[0, 0]", "too close to a kink", "example 0, unit 0", "ReLU input z = 0");
        assertThat(result.rows().get(0).nearKink()).isEqualTo(2);
    }

    private record Case(Network network, DMatrixRMaj x, DMatrixRMaj y) {
    }

    /**
     * A random network and batch. With {@code broken} not null, a hidden layer (or the output
     * a depth-1 network's loss) gets a derivative that is 1% off.
     */
    private static Case randomCase(Random random, Integer broken) {
        Loss loss = LOSSES.get(random.nextInt(LOSSES.size()));
        int depth = 1 + random.nextInt(4);
        int inputs = 1 + random.nextInt(4);
        int outputs = switch (loss.name()) {
            case "softmaxCrossEntropy" -> 2 + random.nextInt(3);
            default -> 1 + random.nextInt(3);
        };
        int rows = 1 + random.nextInt(6);
        double scale = 0.2 + 2.5 * random.nextDouble();
        List<Dense> layers = new ArrayList<>();
        int fanIn = inputs;
        for (int l = 0; l < depth; l++) {
            boolean last = l == depth - 1;
            int units = last ? outputs : 1 + random.nextInt(5);
            Activation activation = last ? outputActivation(loss, random) : HIDDEN.get(random.nextInt(HIDDEN.size()));
            if (units == 1 && activation.name().equals("softmax")) {
                units = 2; // a softmax of one unit always gives 1, and a network refuses it
            }
            if (broken != null && l == depth - 2) {
                activation = new BrokenDerivative(brokenHidden(broken));
            }
            DMatrixRMaj weights = uniform(units, fanIn, scale, random);
            DMatrixRMaj bias = uniform(1, units, scale, random);
            layers.add(new Dense(weights, bias, activation));
            fanIn = units;
        }
        // A one-layer network has no hidden activation to break: its loss's derivative is broken.
        Network network = Network.of(layers, broken != null && depth == 1 ? new BrokenLoss(loss) : loss);
        DMatrixRMaj x = uniform(rows, inputs, 2, random);
        return new Case(network, x, targets(loss, rows, network.outputs(), random));
    }

    /** Activations whose derivative is never 0, so that a wrong one always shows. */
    private static Activation brokenHidden(int which) {
        return List.of(Activation.sigmoid(), Activation.tanh(), Activation.leakyRelu(0.1), Activation.identity())
                .get(which);
    }

    private static Activation outputActivation(Loss loss, Random random) {
        return switch (loss.name()) {
            case "binaryCrossEntropy" -> Activation.sigmoid();
            case "softmaxCrossEntropy" -> Activation.softmax();
            default -> HIDDEN.get(random.nextInt(HIDDEN.size()));
        };
    }

    private static DMatrixRMaj targets(Loss loss, int rows, int outputs, Random random) {
        DMatrixRMaj y = new DMatrixRMaj(rows, outputs);
        for (int row = 0; row < rows; row++) {
            int hot = random.nextInt(outputs);
            for (int j = 0; j < outputs; j++) {
                double value = switch (loss.name()) {
                    case "softmaxCrossEntropy" -> j == hot ? 1 : 0;
                    case "binaryCrossEntropy" -> random.nextDouble() < 0.3 ? random.nextDouble() : random.nextInt(2);
                    default -> 4 * random.nextDouble() - 2;
                };
                y.set(row, j, value);
            }
        }
        return y;
    }

    private static DMatrixRMaj uniform(int rows, int cols, double scale, Random random) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.getNumElements(); i++) {
            m.data[i] = scale * (2 * random.nextDouble() - 1);
        }
        return m;
    }

    /** An activation whose backward rule is 1% off: the kind of bug the check exists to catch. */
    private static final class BrokenDerivative implements Activation {
        private final Activation f;

        BrokenDerivative(Activation f) {
            this.f = f;
        }

        @Override
        public String name() {
            return f.name();
        }

        @Override
        public void forward(DMatrixRMaj z, DMatrixRMaj a) {
            f.forward(z, a);
        }

        @Override
        public void backward(DMatrixRMaj z, DMatrixRMaj a, DMatrixRMaj gradA, DMatrixRMaj gradZ) {
            f.backward(z, a, gradA, gradZ);
            for (int i = 0; i < gradZ.getNumElements(); i++) {
                gradZ.data[i] *= 1.01;
            }
        }

        @Override
        public int piece(double z) {
            return f.piece(z);
        }

        @Override
        public String kink() {
            return f.kink();
        }
    }

    /** A loss whose output delta is 1% off. */
    private record BrokenLoss(Loss loss) implements Loss {
        @Override
        public String name() {
            return loss.name();
        }

        @Override
        public double value(DMatrixRMaj z, DMatrixRMaj yHat, DMatrixRMaj y) {
            return loss.value(z, yHat, y);
        }

        @Override
        public void outputDelta(Activation output, DMatrixRMaj z, DMatrixRMaj yHat, DMatrixRMaj y, DMatrixRMaj delta) {
            loss.outputDelta(output, z, yHat, y, delta);
            for (int i = 0; i < delta.getNumElements(); i++) {
                delta.data[i] *= 1.01;
            }
        }

        @Override
        public int piece(double yHat, double y) {
            return loss.piece(yHat, y);
        }
    }
}
