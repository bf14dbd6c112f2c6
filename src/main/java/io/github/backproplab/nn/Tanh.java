package io.github.backproplab.nn;

/** f(z) = tanh z, f'(z) = 1 - f(z)^2. */
final class Tanh extends ElementwiseActivation {
    static final Tanh INSTANCE = new Tanh();

    @Override
    public double value(double z) {
        return Math.tanh(z);
    }

    @Override
    public double derivative(double z, double a) {
        return 1.0 - a * a;
    }

    @Override
    public String name() {
        return "tanh";
    }
}
