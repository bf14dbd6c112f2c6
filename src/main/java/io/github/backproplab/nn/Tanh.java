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
    protected void values(double[] z, double[] a, int size) {
        for (int i = 0; i < size; i++) {
            a[i] = Math.tanh(z[i]);
        }
    }

    @Override
    protected void derivatives(double[] z, double[] a, double[] gradA, double[] gradZ, int size) {
        for (int i = 0; i < size; i++) {
            gradZ[i] = gradA[i] * (1.0 - a[i] * a[i]);
        }
    }

    @Override
    public String name() {
        return "tanh";
    }
}
