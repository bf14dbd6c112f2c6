package io.github.backproplab.nn;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/** Fills a weight matrix with its starting values. All randomness comes from the given seeded source. */
@FunctionalInterface
public interface Initializer {

    /**
     * @param weights modified: every entry overwritten; units x inputs
     * @param fanIn   the number of inputs of the layer
     * @param fanOut  the number of units of the layer
     * @param random  the seeded source of randomness
     */
    void fill(DMatrixRMaj weights, int fanIn, int fanOut, Random random);

    /** All zeros: every unit stays identical, a lesson in why symmetry must be broken. */
    static Initializer zeros() {
        return (w, fanIn, fanOut, random) -> w.zero();
    }

    /** Uniform in [-limit, limit]. */
    static Initializer uniform(double limit) {
        if (!(limit > 0) || Double.isInfinite(limit)) {
            throw new IllegalArgumentException("uniform limit must be a positive finite number, got " + limit);
        }
        return (w, fanIn, fanOut, random) -> {
            for (int i = 0; i < w.getNumElements(); i++) {
                w.data[i] = (2 * random.nextDouble() - 1) * limit;
            }
        };
    }

    /** Xavier / Glorot: uniform with limit sqrt(6 / (fanIn + fanOut)), for sigmoid and tanh layers. */
    static Initializer xavier() {
        return (w, fanIn, fanOut, random) ->
                uniform(Math.sqrt(6.0 / (fanIn + fanOut))).fill(w, fanIn, fanOut, random);
    }

    /** He: normal with standard deviation sqrt(2 / fanIn), for ReLU layers. */
    static Initializer he() {
        return (w, fanIn, fanOut, random) -> {
            double std = Math.sqrt(2.0 / fanIn);
            for (int i = 0; i < w.getNumElements(); i++) {
                w.data[i] = random.nextGaussian() * std;
            }
        };
    }

    /** He for the ReLU family, Xavier otherwise. */
    static Initializer defaultFor(Activation activation) {
        return activation instanceof Relu || activation instanceof LeakyRelu ? he() : xavier();
    }
}
