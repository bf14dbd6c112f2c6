package io.github.backproplab.nn;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Checks backpropagation against central finite differences for every weight and bias of a
 * network. It uses the five-point central difference
 * (L(w - 2h) - 8 L(w - h) + 8 L(w + h) - L(w + 2h)) / 12h, whose error shrinks with h^4 instead
 * of the two-point rule's h^2: that allows a larger h, which cuts the rounding error, so even
 * gradients near 1e-6 are checked to a relative error far below 1e-6. Slow by design (six
 * forward passes per parameter): use it on small networks and batches.
 *
 * <p>Rounding: a gradient near 1e-7 can be as small as the rounding noise of the loss divided by
 * h, so the relative error counts only the part of the disagreement that rounding cannot explain.
 * The noise is estimated twice, from the size of the losses and from how much the same rule
 * with step 2h disagrees with step h, and the larger estimate is used. A wrong derivative moves
 * the backward pass away from both finite differences alike, so it still shows.
 *
 * <p>Kinks: ReLU and leaky ReLU bend at z = 0, Huber at |y-hat - y| = delta. When a perturbed
 * pass moves any of them to the other side, the difference quotient mixes two slopes and says
 * nothing about either. The check then retries with a ten times smaller step, down to
 * {@link #SMALLEST_STEP}; an entry whose kink is closer still is not judged, and the result names
 * it with the kink it crossed ({@link GradientCheckResult#unjudged()}) instead of calling it wrong.
 */
public final class GradientCheck {
    /** The finite-difference step h: small for truncation error, large enough for rounding error. */
    public static final double STEP = 1e-3;
    /**
     * How many rounding errors of the loss the finite difference is allowed: each loss is a sum
     * over the batch through every layer, so its value carries more than one rounding. Bounds the
     * noise at {@code ROUNDING * eps * (|L(w - 2h)| + 8 |L(w - h)| + 8 |L(w + h)| + |L(w + 2h)|) / 12h}.
     */
    static final double ROUNDING = 32;
    /** How many times the disagreement between steps h and 2h the rounding noise is taken to be. */
    static final double NOISE_MARGIN = 4;
    /** The smallest step tried when a larger one crosses a kink. */
    public static final double SMALLEST_STEP = 1e-5;

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
        KinkWatch kinks = new KinkWatch(network, pass, y);
        List<GradientCheckResult.Row> rows = new ArrayList<>();
        List<GradientCheckResult.Unjudged> unjudged = new ArrayList<>();
        Probe probe = new Probe(network, x, y, new ForwardPass(), kinks);
        for (int l = 0; l < network.depth(); l++) {
            Dense layer = network.layer(l);
            rows.add(compare(probe, l + 1, "W", layer.weights(), analytic.layer(l).weights(), unjudged));
            if (layer.hasBias()) {   // a layer without bias has no b to check: it never moves
                rows.add(compare(probe, l + 1, "b", layer.bias(), analytic.layer(l).bias(), unjudged));
            }
        }
        return new GradientCheckResult(rows, unjudged);
    }

    /** Compares one parameter matrix, adding the entries too close to a kink to {@code unjudged}. */
    private static GradientCheckResult.Row compare(Probe probe, int layer, String parameter, DMatrixRMaj values,
                                                   DMatrixRMaj analytic, List<GradientCheckResult.Unjudged> unjudged) {
        double maxAbsolute = 0;
        double maxRelative = 0;
        int skipped = 0;
        for (int i = 0; i < values.getNumElements(); i++) {
            double saved = values.data[i];
            String crossing = null;
            double numeric = Double.NaN;
            double noise = 0;
            for (double h = STEP; h >= SMALLEST_STEP * 0.5; h /= 10) {
                crossing = null;
                double[] offsets = {h, -h, 2 * h, -2 * h, 4 * h, -4 * h};
                double[] losses = new double[offsets.length];
                for (int k = 0; k < offsets.length && crossing == null; k++) {
                    values.data[i] = saved + offsets[k];
                    losses[k] = probe.loss();
                    crossing = probe.crossing();
                }
                values.data[i] = saved;
                if (crossing == null) {
                    numeric = fivePoint(losses[0], losses[1], losses[2], losses[3], h);
                    // The same rule with twice the step: truncation aside, the two differ only by
                    // rounding, which shows how much of the loss's rounding reaches the quotient.
                    double coarse = fivePoint(losses[2], losses[3], losses[4], losses[5], 2 * h);
                    double floor = ROUNDING * Math.ulp(1.0) * (Math.abs(losses[3]) + 8 * Math.abs(losses[1])
                            + 8 * Math.abs(losses[0]) + Math.abs(losses[2])) / (12 * h);
                    noise = Math.max(floor, NOISE_MARGIN * Math.abs(numeric - coarse));
                    break;
                }
            }
            if (crossing != null) {
                skipped++;
                unjudged.add(new GradientCheckResult.Unjudged(layer, parameter, i / values.numCols,
                        i % values.numCols, crossing));
                continue;
            }
            double difference = Math.abs(numeric - analytic.data[i]);
            maxAbsolute = Math.max(maxAbsolute, difference);
            maxRelative = Math.max(maxRelative, GradientCheckResult.relativeError(analytic.data[i], numeric, noise));
        }
        return new GradientCheckResult.Row(layer, parameter, values.getNumElements(), maxAbsolute, maxRelative,
                skipped);
    }

    /** (L(w - 2h) - 8 L(w - h) + 8 L(w + h) - L(w + 2h)) / 12h. */
    private static double fivePoint(double plus, double minus, double plus2, double minus2, double h) {
        return (minus2 - 8 * minus + 8 * plus - plus2) / (12 * h);
    }

    /** One perturbed forward pass at a time, reusing its matrices. */
    private static final class Probe {
        private final Network network;
        private final DMatrixRMaj x;
        private final DMatrixRMaj y;
        private final ForwardPass pass;
        private final KinkWatch kinks;

        Probe(Network network, DMatrixRMaj x, DMatrixRMaj y, ForwardPass pass, KinkWatch kinks) {
            this.network = network;
            this.x = x;
            this.y = y;
            this.pass = pass;
            this.kinks = kinks;
        }

        double loss() {
            network.forward(x, pass);
            return network.loss(pass, y);
        }

        /** The kink the last pass crossed, or null. */
        String crossing() {
            return kinks.crossing(network, pass, y);
        }
    }
}
