package io.github.backproplab.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/**
 * A sequential network of dense layers of any depth, with its loss. Batches hold one example per
 * row: x is n x inputs, the targets y and the predictions y-hat are n x outputs.
 *
 * <pre>{@code
 * Network net = Network.builder(2).seed(7)
 *         .dense(4, Activation.sigmoid())
 *         .dense(1, Activation.sigmoid())
 *         .loss(Loss.squaredError())
 *         .build();
 * }</pre>
 */
public final class Network {
    private final List<Dense> layers;
    private final Loss loss;

    private Network(List<Dense> layers, Loss loss) {
        this.layers = List.copyOf(layers);
        this.loss = loss;
    }

    /** Starts a network whose input rows have {@code inputs} columns. */
    public static Builder builder(int inputs) {
        return new Builder(inputs);
    }

    /**
     * A network made of the given layers (used as they are, not copied). Consecutive layers must
     * fit: each layer's inputs equal the units of the layer before.
     */
    public static Network of(List<Dense> layers, Loss loss) {
        if (layers == null || layers.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one layer");
        }
        if (loss == null) {
            throw new IllegalArgumentException("the loss is missing");
        }
        for (int l = 1; l < layers.size(); l++) {
            Dense below = layers.get(l - 1);
            Dense layer = layers.get(l);
            if (layer.inputs() != below.units()) {
                throw new IllegalArgumentException("layer " + (l + 1) + " (weights " + Shapes.of(layer.weights())
                        + ") expects " + layer.inputs() + " inputs, but layer " + l + " (weights "
                        + Shapes.of(below.weights()) + ") has " + below.units() + " units");
            }
        }
        for (int l = 0; l < layers.size(); l++) {
            Dense layer = layers.get(l);
            if (layer.units() == 1 && layer.activation().name().equals(Activation.softmax().name())) {
                throw new IllegalArgumentException("layer " + (l + 1) + " (weights " + Shapes.of(layer.weights())
                        + ") is a softmax of 1 unit: its output is always 1, so nothing can be learned; give it"
                        + " one unit per class (2 or more), or use 1 sigmoid unit with binaryCrossEntropy");
            }
        }
        loss.checkOutput(layers.get(layers.size() - 1).activation());
        return new Network(layers, loss);
    }

    /** The layers, first layer first; each holds its live weights. */
    public List<Dense> layers() {
        return Collections.unmodifiableList(layers);
    }

    public Dense layer(int index) {
        return layers.get(index);
    }

    public int depth() {
        return layers.size();
    }

    public Loss loss() {
        return loss;
    }

    public int inputs() {
        return layers.get(0).inputs();
    }

    public int outputs() {
        return layers.get(layers.size() - 1).units();
    }

    /** The number of weights and biases. */
    public int parameterCount() {
        int count = 0;
        for (Dense layer : layers) {
            count += layer.weights().getNumElements() + layer.bias().getNumElements();
        }
        return count;
    }

    /**
     * The forward pass of a batch, keeping every z and a.
     *
     * @param x n x inputs; not modified (the pass refers to it)
     */
    public ForwardPass forward(DMatrixRMaj x) {
        ForwardPass pass = new ForwardPass();
        forward(x, pass);
        return pass;
    }

    /**
     * The forward pass into an existing {@link ForwardPass}, reusing its matrices.
     *
     * @param x    n x inputs; not modified (the pass refers to it)
     * @param pass modified: filled with every layer's z and a
     */
    public void forward(DMatrixRMaj x, ForwardPass pass) {
        requireInput(x);
        pass.start(x, layers.size());
        for (int l = 0; l < layers.size(); l++) {
            layers.get(l).forward(pass.inputOf(l), pass.zs().get(l), pass.activations().get(l));
        }
    }

    /**
     * The predictions y-hat for x.
     *
     * @param x n x inputs; not modified
     * @return a new n x outputs matrix
     */
    public DMatrixRMaj predict(DMatrixRMaj x) {
        return forward(x).output().copy();
    }

    /**
     * The loss of the predictions for x against y.
     *
     * @param x n x inputs; not modified
     * @param y n x outputs; not modified
     */
    public double loss(DMatrixRMaj x, DMatrixRMaj y) {
        return loss(forward(x), y);
    }

    /**
     * The loss of a forward pass's predictions against y.
     *
     * @param pass a forward pass of this network; not modified
     * @param y    n x outputs; not modified
     */
    public double loss(ForwardPass pass, DMatrixRMaj y) {
        requirePass(pass);
        requireTargets(pass, y);
        return loss.value(pass.zs().get(layers.size() - 1), pass.output(), y);
    }

    /**
     * The backward pass: Delta of the output layer from the loss, then each layer's Delta from
     * the one above it, with every layer's weight and bias gradients.
     *
     * @param pass a forward pass of this network; not modified
     * @param y    the targets, n x outputs; not modified
     */
    public Gradients backward(ForwardPass pass, DMatrixRMaj y) {
        Gradients gradients = new Gradients();
        backward(pass, y, gradients);
        return gradients;
    }

    /**
     * The backward pass into an existing {@link Gradients}, reusing its matrices.
     *
     * @param pass      a forward pass of this network; not modified
     * @param y         the targets, n x outputs; not modified
     * @param gradients modified: filled with the loss and every layer's Delta and gradients
     */
    public void backward(ForwardPass pass, DMatrixRMaj y, Gradients gradients) {
        requirePass(pass);
        requireTargets(pass, y);
        int last = layers.size() - 1;
        gradients.start(layers.size(), loss(pass, y));
        loss.outputDelta(layers.get(last).activation(), pass.zs().get(last), pass.output(), y,
                gradients.layer(last).delta());
        for (int l = last; l >= 0; l--) {
            LayerGradient g = gradients.layer(l);
            DMatrixRMaj deltaBelow = l > 0 ? gradients.layer(l - 1).delta() : null;
            layers.get(l).backward(pass.inputOf(l), g.delta(), g.weights(), g.bias(), deltaBelow);
            if (l > 0) {
                // deltaBelow holds dL/da of the layer below; its activation turns it into dL/dz.
                layers.get(l - 1).activation().backward(pass.zs().get(l - 1), pass.activations().get(l - 1),
                        deltaBelow, deltaBelow);
            }
        }
    }

    /** A network with copies of every layer's weights and the same loss. */
    public Network copy() {
        List<Dense> copies = new ArrayList<>();
        for (Dense layer : layers) {
            copies.add(layer.copy());
        }
        return new Network(copies, loss);
    }

    /** One line per layer: shapes, activation, parameter count; then the loss. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("Network: %d inputs, %d layers, %d parameters, loss %s%n",
                inputs(), depth(), parameterCount(), loss.name()));
        for (int l = 0; l < layers.size(); l++) {
            Dense layer = layers.get(l);
            s.append(String.format("  layer %d: dense %d -> %d, %s, W %s, b %s%n", l + 1, layer.inputs(),
                    layer.units(), layer.activation().name(), Shapes.of(layer.weights()), Shapes.of(layer.bias())));
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return summary();
    }

    private void requireInput(DMatrixRMaj x) {
        if (x == null) {
            throw new IllegalArgumentException("input x is missing (null)");
        }
        if (x.numCols != inputs()) {
            throw new IllegalArgumentException("input x is " + Shapes.of(x) + " but layer 1 (weights "
                    + Shapes.of(layers.get(0).weights()) + ") expects " + inputs() + " columns");
        }
        if (x.numRows == 0) {
            throw new IllegalArgumentException("input x has no rows (" + Shapes.of(x) + ")");
        }
        for (int i = 0; i < x.getNumElements(); i++) {
            if (!Double.isFinite(x.data[i])) {
                throw new IllegalArgumentException("input x row " + i / x.numCols + ", column " + i % x.numCols
                        + " is " + x.data[i] + ": every input must be a finite number");
            }
        }
    }

    /** Refuses a pass that was never filled, or that was filled by a network of other layers. */
    private void requirePass(ForwardPass pass) {
        if (pass == null || pass.depth() == 0) {
            throw new IllegalStateException("the forward pass is empty: run network.forward(x) (or forward(x, pass))"
                    + " before loss or backward");
        }
        if (pass.depth() != depth()) {
            throw new IllegalArgumentException("the forward pass has " + pass.depth() + " layers but this network has "
                    + depth() + ": it was filled by another network");
        }
        for (int l = 0; l < depth(); l++) {
            DMatrixRMaj z = pass.zs().get(l);
            if (z.numCols != layers.get(l).units() || z.numRows != pass.input().numRows) {
                throw new IllegalArgumentException("the forward pass's z of layer " + (l + 1) + " is " + Shapes.of(z)
                        + " but this network's layer " + (l + 1) + " has " + layers.get(l).units()
                        + " units: the pass was filled by another network");
            }
        }    }

    private void requireTargets(ForwardPass pass, DMatrixRMaj y) {
        if (y == null) {
            throw new IllegalArgumentException("targets y are missing (null)");
        }
        DMatrixRMaj yHat = pass.output();
        if (y.numRows != yHat.numRows || y.numCols != yHat.numCols) {
            throw new IllegalArgumentException("targets y are " + Shapes.of(y) + " but the output layer (layer "
                    + depth() + ", weights " + Shapes.of(layers.get(depth() - 1).weights()) + ") predicts "
                    + Shapes.of(yHat));
        }
        for (int i = 0; i < y.getNumElements(); i++) {
            if (!Double.isFinite(y.data[i])) {
                throw new IllegalArgumentException("targets y row " + i / y.numCols + ", column " + i % y.numCols
                        + " is " + y.data[i] + ": every target must be a finite number");
            }
        }
    }

    /** Builds a {@link Network} layer by layer; every random start comes from the seed. */
    public static final class Builder {
        private final int inputs;
        private final List<Dense> layers = new ArrayList<>();
        private Random random = new Random(0);
        private Loss loss = Loss.squaredError();

        private Builder(int inputs) {
            if (inputs < 1) {
                throw new IllegalArgumentException("a network needs at least 1 input, got " + inputs);
            }
            this.inputs = inputs;
        }

        /** The seed of the weight initialisation; set it before adding layers. Default 0. */
        public Builder seed(long seed) {
            random = new Random(seed);
            return this;
        }

        /** Adds a dense layer, initialised with He for the ReLU family and Xavier otherwise. */
        public Builder dense(int units, Activation activation) {
            requireActivation(activation);
            return dense(units, activation, Initializer.defaultFor(activation));
        }

        /** Adds a dense layer of {@code units} units; its bias starts at zero. */
        public Builder dense(int units, Activation activation, Initializer initializer) {
            if (units < 1) {
                throw new IllegalArgumentException("layer " + (layers.size() + 1) + " needs at least 1 unit, got " + units);
            }
            requireActivation(activation);
            if (initializer == null) {
                throw new IllegalArgumentException("layer " + (layers.size() + 1) + ": the initializer is missing (null);"
                        + " pass one such as Initializer.xavier(), or leave it out for the default");
            }
            int fanIn = layers.isEmpty() ? inputs : layers.get(layers.size() - 1).units();
            DMatrixRMaj weights = new DMatrixRMaj(units, fanIn);
            initializer.fill(weights, fanIn, units, random);
            layers.add(new Dense(weights, new DMatrixRMaj(1, units), activation));
            return this;
        }

        /**
         * Makes the layer added last a layer without bias ({@link Dense#withoutBias}), as the
         * lecture's layers are: its bias stays zero through training.
         */
        public Builder withoutBias() {
            if (layers.isEmpty()) {
                throw new IllegalStateException("withoutBias() applies to the layer added last; add a layer with dense(...) first");
            }
            Dense last = layers.remove(layers.size() - 1);
            layers.add(Dense.withoutBias(last.weights(), last.activation()));
            return this;
        }

        private void requireActivation(Activation activation) {
            if (activation == null) {
                throw new IllegalArgumentException("layer " + (layers.size() + 1) + ": the activation is missing (null);"
                        + " pass one such as Activation.relu() or Activation.sigmoid()");
            }
        }

        /** The loss; default {@link Loss#squaredError()}. */
        public Builder loss(Loss loss) {
            this.loss = loss;
            return this;
        }

        public Network build() {
            return Network.of(layers, loss);
        }
    }
}
