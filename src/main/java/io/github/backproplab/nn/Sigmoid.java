package io.github.backproplab.nn;

/**
 * f(z) = 1 / (1 + e^-z), f'(z) = f(z) (1 - f(z)).
 *
 * <p>Over a batch, when the JVM runs with the JDK's incubating Vector API ({@code --add-modules
 * jdk.incubator.vector}), the exps are computed several at a time ({@link VectorSigmoid}); the
 * values then agree with {@link #value} within {@link #VECTOR_TOLERANCE}. Without the module, or
 * with {@code -Dbackproplab.vector=false}, every value is exactly {@link #value}'s.
 */
final class Sigmoid extends ElementwiseActivation {
    static final Sigmoid INSTANCE = new Sigmoid();
    private static final long ONE_BITS = Double.doubleToRawLongBits(1.0);
    /** The vectorised values are within this relative difference of the scalar ones (about 4 ulp). */
    static final double VECTOR_TOLERANCE = 1e-15;
    /** True when batches go through {@link VectorSigmoid}. */
    static final boolean VECTORISED = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && !"false".equals(System.getProperty("backproplab.vector"));

    @Override
    public double value(double z) {
        // Two forms so that exp never overflows.
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    @Override
    public double derivative(double z, double a) {
        return a * (1.0 - a);
    }

    @Override
    protected void values(double[] z, double[] a, int size) {
        if (VECTORISED) {
            VectorSigmoid.values(z, a, size);
        } else {
            scalarValues(z, a, 0, size);
        }
    }

    /** a[i] = value(z[i]) exactly, for i from {@code from} to {@code to} - 1. */
    static void scalarValues(double[] z, double[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            // value(z) without a branch, whose mispredictions on rows of mixed signs cost as
            // much as the exp: t = e^-|z| is e^-z for z >= 0 and e^z below, and the numerator
            // is 1 or t. `positive` is 1.0 when the sign bit of z is clear, else 0.0; max(t, 1)
            // is 1 and max(t, 0) is t, since 0 <= t <= 1 (z = -0.0 gives t = 1 either way).
            double t = Math.exp(-Math.abs(z[i]));
            double positive = Double.longBitsToDouble((~Double.doubleToRawLongBits(z[i]) >>> 63) * ONE_BITS);
            a[i] = Math.max(t, positive) / (1.0 + t);
        }
    }

    @Override
    protected void derivatives(double[] z, double[] a, double[] gradA, double[] gradZ, int size) {
        for (int i = 0; i < size; i++) {
            gradZ[i] = gradA[i] * (a[i] * (1.0 - a[i]));
        }
    }

    @Override
    public String name() {
        return "sigmoid";
    }
}
