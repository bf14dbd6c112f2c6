package io.github.backproplab.nn;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Checks backpropagation against central finite differences for every weight and bias of a
 * network. It uses the five-point central difference
 * (L(w - 2h) - 8 L(w - h) + 8 L(w + h) - L(w + 2h)) / 12h, whose error shrinks with h^4 instead
 * of the two-point rule's h^2: that allows a larger h, which cuts the rounding error, so even
 * gradients near 1e-6 are checked to a relative error far below 1e-6. Slow by design (four
 * forward passes per parameter): use it on small networks and batches.
 */
public final class GradientCheck {
    /** The finite-difference step h: small for truncation error, large enough for rounding error. */
    public static final double STEP = 1e-3;

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
        ForwardPass pass = network.forward(x);
        Gradients analytic = network.backward(pass, y);
        List<GradientCheckResult.Row> rows = new ArrayList<>();
        for (int l = 0; l < network.depth(); l++) {
            Dense layer = network.layer(l);
            rows.add(compare(network, x, y, pass, l + 1, "W", layer.weights(), analytic.layer(l).weights()));
            rows.add(compare(network, x, y, pass, l + 1, "b", layer.bias(), analytic.layer(l).bias()));
        }
        return new GradientCheckResult(rows);
    }

    /** Compares one parameter matrix; {@code pass} is reused for every perturbed forward pass. */
    private static GradientCheckResult.Row compare(Network network, DMatrixRMaj x, DMatrixRMaj y, ForwardPass pass,
                                                   int layer, String parameter, DMatrixRMaj values,
                                                   DMatrixRMaj analytic) {
        double maxAbsolute = 0;
        double maxRelative = 0;
        for (int i = 0; i < values.getNumElements(); i++) {
            double saved = values.data[i];
            double plus1 = lossAt(network, x, y, pass, values, i, saved + STEP);
            double minus1 = lossAt(network, x, y, pass, values, i, saved - STEP);
            double plus2 = lossAt(network, x, y, pass, values, i, saved + 2 * STEP);
            double minus2 = lossAt(network, x, y, pass, values, i, saved - 2 * STEP);
            values.data[i] = saved;
            double numeric = (minus2 - 8 * minus1 + 8 * plus1 - plus2) / (12 * STEP);
            double difference = Math.abs(numeric - analytic.data[i]);
            maxAbsolute = Math.max(maxAbsolute, difference);
            maxRelative = Math.max(maxRelative, GradientCheckResult.relativeError(analytic.data[i], numeric));
        }
        return new GradientCheckResult.Row(layer, parameter, values.getNumElements(), maxAbsolute, maxRelative);
    }

    private static double lossAt(Network network, DMatrixRMaj x, DMatrixRMaj y, ForwardPass pass,
                                 DMatrixRMaj values, int i, double value) {
        values.data[i] = value;
        network.forward(x, pass);
        return network.loss(pass, y);
    }
}
