package io.github.backproplab.widgets;

import io.github.backproplab.data.Dataset;
import io.github.backproplab.data.SyntheticData;
import io.github.backproplab.nn.Activation;
import io.github.backproplab.nn.Loss;
import io.github.backproplab.nn.Network;
import io.github.backproplab.train.GradientDescent;
import io.github.backproplab.train.Optimizer;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.Table;

/**
 * One experiment of the {@link Playground}: the two-class data set, the network's shape, its
 * activation and loss, and the gradient descent that trains it. Everything the playground builds
 * comes from these values and the seed, so {@link #javaCode(int)} can write the same experiment as
 * a notebook cell.
 *
 * <p>The output layer has one unit per class (two): sigmoid outputs for the squared error and the
 * binary cross-entropy, softmax for the softmax cross-entropy; the targets are one-hot rows.
 *
 * @param data         one of {@link #DATA}: "XOR", "circles", "moons", "spirals"
 * @param noise        the standard deviation of the noise on every coordinate, 0 to 1
 * @param hiddenLayers hidden layers, 0 to {@link #MAX_HIDDEN_LAYERS}
 * @param units        units per hidden layer, 1 to {@link #MAX_UNITS}
 * @param activation   the hidden activation, one of {@link #ACTIVATIONS} (an {@code Activation.named} name)
 * @param loss         one of {@link #LOSSES} (a {@code Loss.named} name)
 * @param stepSize     gradient descent's step size, positive
 * @param l2           the L2 weight decay lambda, 0 or more
 * @param points       rows of data, at least 4
 * @param batchSize    rows per step, at least 1
 * @param seed         the seed of the data, the starting weights and the minibatch order
 */
public record PlaygroundSettings(String data, double noise, int hiddenLayers, int units, String activation,
                                 String loss, double stepSize, double l2, int points, int batchSize, long seed) {
    /** The data sets offered. */
    public static final List<String> DATA = List.of("XOR", "circles", "moons", "spirals");
    /** The hidden activations offered. */
    public static final List<String> ACTIVATIONS = List.of("tanh", "relu", "sigmoid", "leakyRelu(0.1)", "identity");
    /** The losses offered. */
    public static final List<String> LOSSES = List.of("binaryCrossEntropy", "squaredError", "softmaxCrossEntropy");
    /** The most hidden layers offered. */
    public static final int MAX_HIDDEN_LAYERS = 6;
    /** The most units per hidden layer offered (the activation maps show up to 16). */
    public static final int MAX_UNITS = 16;

    /** Checks every value; the message names the one that is out of range. */
    public PlaygroundSettings {
        require(DATA.contains(data), "data", data, "one of " + DATA);
        require(noise >= 0 && noise <= 1, "noise", noise, "0 to 1");
        require(hiddenLayers >= 0 && hiddenLayers <= MAX_HIDDEN_LAYERS, "hiddenLayers", hiddenLayers,
                "0 to " + MAX_HIDDEN_LAYERS);
        require(units >= 1 && units <= MAX_UNITS, "units", units, "1 to " + MAX_UNITS);
        require(ACTIVATIONS.contains(activation), "activation", activation, "one of " + ACTIVATIONS);
        require(LOSSES.contains(loss), "loss", loss, "one of " + LOSSES);
        require(stepSize > 0 && Double.isFinite(stepSize), "stepSize", stepSize, "positive and finite");
        require(l2 >= 0 && Double.isFinite(l2), "l2", l2, "0 or more, finite");
        require(points >= 4, "points", points, "at least 4");
        require(batchSize >= 1, "batchSize", batchSize, "at least 1");
    }

    /** Circles, a little noise, two hidden tanh layers of 4 units, cross-entropy, step size 0.3, no L2, 200 points in batches of 10, seed 1. */
    public static PlaygroundSettings defaults() {
        return new PlaygroundSettings("circles", 0.1, 2, 4, "tanh", "binaryCrossEntropy", 0.3, 0, 200, 10, 1);
    }

    private static void require(boolean ok, String name, Object value, String range) {
        if (!ok) {
            throw new IllegalArgumentException("PlaygroundSettings: " + name + " " + value + " must be " + range);
        }
    }

    /** These settings with the data set changed; checked as the constructor checks. */
    public PlaygroundSettings withData(String data) {
        return new PlaygroundSettings(data, noise, hiddenLayers, units, activation, loss, stepSize, l2, points, batchSize, seed);
    }

    /** These settings with the noise changed; checked as the constructor checks. */
    public PlaygroundSettings withNoise(double noise) {
        return new PlaygroundSettings(data, noise, hiddenLayers, units, activation, loss, stepSize, l2, points, batchSize, seed);
    }

    /** These settings with the number of hidden layers changed; checked as the constructor checks. */
    public PlaygroundSettings withHiddenLayers(int hiddenLayers) {
        return new PlaygroundSettings(data, noise, hiddenLayers, units, activation, loss, stepSize, l2, points, batchSize, seed);
    }

    /** These settings with the units per hidden layer changed; checked as the constructor checks. */
    public PlaygroundSettings withUnits(int units) {
        return new PlaygroundSettings(data, noise, hiddenLayers, units, activation, loss, stepSize, l2, points, batchSize, seed);
    }

    /** These settings with the hidden activation changed; checked as the constructor checks. */
    public PlaygroundSettings withActivation(String activation) {
        return new PlaygroundSettings(data, noise, hiddenLayers, units, activation, loss, stepSize, l2, points, batchSize, seed);
    }

    /** These settings with the loss changed; checked as the constructor checks. */
    public PlaygroundSettings withLoss(String loss) {
        return new PlaygroundSettings(data, noise, hiddenLayers, units, activation, loss, stepSize, l2, points, batchSize, seed);
    }

    /** These settings with the step size changed; checked as the constructor checks. */
    public PlaygroundSettings withStepSize(double stepSize) {
        return new PlaygroundSettings(data, noise, hiddenLayers, units, activation, loss, stepSize, l2, points, batchSize, seed);
    }

    /** These settings with the L2 weight decay changed (0: none); checked as the constructor checks. */
    public PlaygroundSettings withL2(double l2) {
        return new PlaygroundSettings(data, noise, hiddenLayers, units, activation, loss, stepSize, l2, points, batchSize, seed);
    }

    /** These settings with the seed changed; checked as the constructor checks. */
    public PlaygroundSettings withSeed(long seed) {
        return new PlaygroundSettings(data, noise, hiddenLayers, units, activation, loss, stepSize, l2, points, batchSize, seed);
    }

    /** The data set, drawn from the seed: {@code points} rows, x n x 2, y one-hot n x 2. */
    public Dataset dataset() {
        Table table = switch (data) {
            case "XOR" -> SyntheticData.xor(points, noise, seed);
            case "circles" -> SyntheticData.circles(points, noise, 0.5, seed);
            case "moons" -> SyntheticData.twoMoons(points, noise, seed);
            default -> SyntheticData.spirals(points, 2, noise, seed);
        };
        return Dataset.classification(table, "class");
    }

    /** A new network with the starting weights of the seed: 2 inputs, the hidden layers, 2 outputs. */
    public Network network() {
        Network.Builder builder = Network.builder(2).seed(seed);
        for (int l = 0; l < hiddenLayers; l++) {
            builder.dense(units, Activation.named(activation));
        }
        return builder.dense(2, outputActivation()).loss(Loss.named(loss)).build();
    }

    /** A new gradient descent with the step size and the L2 weight decay. */
    public Optimizer optimizer() {
        return new GradientDescent(stepSize).weightDecay(l2);
    }

    private Activation outputActivation() {
        return loss.equals("softmaxCrossEntropy") ? Activation.softmax() : Activation.sigmoid();
    }

    /**
     * The experiment as a notebook cell: it draws the data, builds the network, trains it for
     * {@code epochs} epochs with the trainer (the same minibatches as the playground's steps) and
     * ends with the decision boundary. It uses the packages a notebook imports at start-up
     * ({@code nn}, {@code train}, {@code data}, {@code plot}).
     *
     * @param epochs epochs to train, at least 1
     */
    public String javaCode(int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("PlaygroundSettings.javaCode: epochs " + epochs + " must be at least 1");
        }
        String table = switch (data) {
            case "XOR" -> "SyntheticData.xor(" + points + ", " + noise + ", " + seed + "L)";
            case "circles" -> "SyntheticData.circles(" + points + ", " + noise + ", 0.5, " + seed + "L)";
            case "moons" -> "SyntheticData.twoMoons(" + points + ", " + noise + ", " + seed + "L)";
            default -> "SyntheticData.spirals(" + points + ", 2, " + noise + ", " + seed + "L)";
        };
        StringBuilder code = new StringBuilder();
        code.append("Dataset data = Dataset.classification(").append(table).append(", \"class\");\n");
        code.append("Network net = Network.builder(2).seed(").append(seed).append("L)\n");
        for (int l = 0; l < hiddenLayers; l++) {
            code.append("        .dense(").append(units).append(", ").append(call("Activation", activation)).append(")\n");
        }
        code.append("        .dense(2, ").append(call("Activation", outputActivation().name())).append(")\n");
        code.append("        .loss(").append(call("Loss", loss)).append(")\n");
        code.append("        .build();\n");
        code.append("new Trainer(net, new GradientDescent(").append(stepSize).append(")")
                .append(l2 > 0 ? ".weightDecay(" + l2 + ")" : "").append(")\n");
        code.append("        .epochs(").append(epochs).append(").batchSize(").append(batchSize)
                .append(").seed(").append(seed).append("L)\n");
        code.append("        .fit(data.x(), data.y());\n");
        code.append("DecisionBoundary.of(net, data)\n");
        return code.toString();
    }

    /** "Activation.tanh()" for "tanh", "Activation.leakyRelu(0.1)" for "leakyRelu(0.1)". */
    private static String call(String type, String name) {
        return type + "." + (name.contains("(") ? name : name + "()");
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (noise %s), %d hidden layer%s of %d %s units, %s, step size %s, L2 %s",
                data, noise, hiddenLayers, hiddenLayers == 1 ? "" : "s", units, activation, loss, stepSize, l2);
    }
}
