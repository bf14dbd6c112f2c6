package io.github.backproplab.train;

import io.github.backproplab.nn.Dense;
import io.github.backproplab.nn.Network;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/** A place to keep a copy of a network's weights and biases and to put them back, allocated once. */
final class WeightBuffer {
    private final List<DMatrixRMaj> weights = new ArrayList<>();
    private final List<DMatrixRMaj> biases = new ArrayList<>();

    WeightBuffer(Network network) {
        for (Dense layer : network.layers()) {
            weights.add(layer.weights().copy());
            biases.add(layer.bias().copy());
        }
    }

    void save(Network network) {
        for (int l = 0; l < weights.size(); l++) {
            weights.get(l).setTo(network.layer(l).weights());
            biases.get(l).setTo(network.layer(l).bias());
        }
    }

    void restoreInto(Network network) {
        for (int l = 0; l < weights.size(); l++) {
            network.layer(l).weights().setTo(weights.get(l));
            network.layer(l).bias().setTo(biases.get(l));
        }
    }

    /** ||W_now - W_saved|| / ||W_saved|| for layer {@code l}: how far the last step moved it, relatively. */
    double updateRatio(Network network, int l) {
        DMatrixRMaj saved = weights.get(l);
        DMatrixRMaj now = network.layer(l).weights();
        double change = 0;
        double size = 0;
        for (int i = 0; i < saved.getNumElements(); i++) {
            double d = now.data[i] - saved.data[i];
            change += d * d;
            size += saved.data[i] * saved.data[i];
        }
        return size == 0 ? (change == 0 ? 0 : Double.POSITIVE_INFINITY) : Math.sqrt(change / size);
    }
}
