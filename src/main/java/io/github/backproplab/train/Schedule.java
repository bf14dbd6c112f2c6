package io.github.backproplab.train;

/** A learning-rate schedule: the factor that multiplies every step size in a given epoch. */
@FunctionalInterface
public interface Schedule {

    /** The factor for {@code epoch} (1 = first epoch). */
    double factor(int epoch);

    /** Always 1. */
    static Schedule constant() {
        return epoch -> 1.0;
    }

    /** Multiplies the step size by {@code factor} every {@code everyEpochs} epochs. */
    static Schedule step(int everyEpochs, double factor) {
        if (everyEpochs < 1) {
            throw new IllegalArgumentException("a step schedule needs everyEpochs of 1 or more, got " + everyEpochs);
        }
        requireFactor(factor);
        return epoch -> Math.pow(factor, (epoch - 1) / everyEpochs);
    }

    /** Multiplies the step size by {@code gamma} every epoch. */
    static Schedule exponential(double gamma) {
        requireFactor(gamma);
        return epoch -> Math.pow(gamma, epoch - 1);
    }

    private static void requireFactor(double factor) {
        if (!(factor > 0 && factor <= 1)) {
            throw new IllegalArgumentException("a schedule factor must be in (0, 1], got " + factor);
        }
    }
}
