package io.github.backproplab.nn;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Checks backpropagation against central finite differences, (L(w + h) - L(w - h)) / 2h, for
 * every weight and bias of a network. Slow by design (two forward passes per parameter): use it
 * on small networks and batches.
 */
public final class GradientCheck {
    /** The finite-difference step: small for truncation error, large enough for rounding error. */
    public static final double STEP = 1e-5;

    private GradientCheck() {
    }

    /**
     * Compares the backward pass with finite differences on the batch (x, y). The network's
     * weights are perturbed one at a time and always restored.
     *
     * @param x n x inputs; not modified
     * @param y n x outputs; not modified
     */
    public static GradientCheckResult run(Network network, DMatrixRMaj x, DMatrixRMaj y) {
        Gradients analytic = network.backward(network.forward(x), y);
        List<GradientCheckResult.Row> rows = new ArrayList<>();
        for (int l = 0; l < network.depth(); l++) {
            Dense layer = network.layer(l);
            rows.add(compare(network, x, y, l + 1, "W", layer.weights(), analytic.layer(l).weights()));
            rows.add(compare(network, x, y, l + 1, "b", layer.bias(), analytic.layer(l).bias()));
        }
        return new GradientCheckResult(rows);
    }

    private static GradientCheckResult.Row compare(Network network, DMatrixRMaj x, DMatrixRMaj y, int layer,
                                                   String parameter, DMatrixRMaj values, DMatrixRMaj analytic) {
        double maxAbsolute = 0;
        double maxRelative = 0;
        for (int i = 0; i < values.getNumElements(); i++) {
            double saved = values.data[i];
            values.data[i] = saved + STEP;
            double lossPlus = network.loss(x, y);
            values.data[i] = saved - STEP;
            double lossMinus = network.loss(x, y);
            values.data[i] = saved;
            double numeric = (lossPlus - lossMinus) / (2 * STEP);
            double difference = Math.abs(numeric - analytic.data[i]);
            maxAbsolute = Math.max(maxAbsolute, difference);
            maxRelative = Math.max(maxRelative, GradientCheckResult.relativeError(analytic.data[i], numeric));
        }
        return new GradientCheckResult.Row(layer, parameter, values.getNumElements(), maxAbsolute, maxRelative);
    }
}
