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
    public String name() {
        return "sigmoid";
    }
}
