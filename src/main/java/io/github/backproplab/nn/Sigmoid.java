package io.github.backproplab.nn;

/** f(z) = 1 / (1 + e^-z), f'(z) = f(z) (1 - f(z)). */
final class Sigmoid extends ElementwiseActivation {
    static final Sigmoid INSTANCE = new Sigmoid();

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
        for (int i = 0; i < size; i++) {
            // value(z) in one expression: e^-|z| is e^-z for z >= 0 and e^z below
            double t = Math.exp(-Math.abs(z[i]));
            a[i] = (z[i] >= 0 ? 1.0 : t) / (1.0 + t);
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
