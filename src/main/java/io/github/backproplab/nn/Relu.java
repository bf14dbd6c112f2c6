package io.github.backproplab.nn;

/**
 * f(z) = max(0, z), f'(z) = 1 for z &gt; 0 and 0 otherwise (0 at the kink, by convention). A NaN
 * stays NaN, so that a broken weight shows in the loss.
 */
final class Relu extends ElementwiseActivation {
    static final Relu INSTANCE = new Relu();

    @Override
    public double value(double z) {
        return Math.max(z, 0.0);
    }

    @Override
    public double derivative(double z, double a) {
        return z > 0 ? 1.0 : 0.0;
    }

    @Override
    public int piece(double z) {
        return z > 0 ? 1 : 0;
    }

    @Override
    public String kink() {
        return "ReLU input z = 0";
    }

    @Override
    protected void values(double[] z, double[] a, int size) {
        for (int i = 0; i < size; i++) {
            a[i] = Math.max(z[i], 0.0);   // no branch: the JIT vectorises it
        }
    }

    @Override
    protected void derivatives(double[] z, double[] a, double[] gradA, double[] gradZ, int size) {
        for (int i = 0; i < size; i++) {
            gradZ[i] = gradA[i] * (z[i] > 0 ? 1.0 : 0.0);
        }
    }

    @Override
    public String name() {
        return "relu";
    }
}
