package io.github.backproplab.nn;

/** f(z) = z for z &gt; 0 and slope * z otherwise, so negative inputs still pass a gradient. */
final class LeakyRelu extends ElementwiseActivation {
    private final double slope;

    LeakyRelu(double slope) {
        if (!Double.isFinite(slope) || slope < 0 || slope >= 1) {
            throw new IllegalArgumentException("leaky ReLU slope must be in [0, 1), got " + slope);
        }
        this.slope = slope;
    }

    @Override
    public double value(double z) {
        return z > 0 ? z : slope * z;
    }

    @Override
    public double derivative(double z, double a) {
        return z > 0 ? 1.0 : slope;
    }

    @Override
    public int piece(double z) {
        return z > 0 ? 1 : 0;
    }

    @Override
    public String kink() {
        return "leaky ReLU input z = 0";
    }

    @Override
    protected void values(double[] z, double[] a, int size) {
        double s = slope;
        for (int i = 0; i < size; i++) {
            a[i] = z[i] > 0 ? z[i] : s * z[i];
        }
    }

    @Override
    protected void derivatives(double[] z, double[] a, double[] gradA, double[] gradZ, int size) {
        double s = slope;
        for (int i = 0; i < size; i++) {
            gradZ[i] = gradA[i] * (z[i] > 0 ? 1.0 : s);
        }
    }

    @Override
    public String name() {
        return "leakyRelu(" + slope + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LeakyRelu other && Double.compare(other.slope, slope) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(slope);
    }
}
