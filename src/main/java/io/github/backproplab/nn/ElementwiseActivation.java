package io.github.backproplab.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * An activation applied to each entry on its own: a value and its derivative, side by side.
 *
 * <p>A batch goes through {@link #values} and {@link #derivatives}, one call per array. The
 * activations of the toolkit override them with loops of their own, which the JIT compiles
 * without a call per entry; they give exactly the numbers of {@link #value} and
 * {@link #derivative}. A new activation only needs those two.
 */
public abstract class ElementwiseActivation implements Activation {

    /** f(z). */
    public abstract double value(double z);

    /** f'(z); {@code a} = f(z) is passed too, since some derivatives are cheapest from it. */
    public abstract double derivative(double z, double a);

    @Override
    public final void forward(DMatrixRMaj z, DMatrixRMaj a) {
        a.reshape(z.numRows, z.numCols);
        values(z.data, a.data, z.getNumElements());
    }

    @Override
    public final void backward(DMatrixRMaj z, DMatrixRMaj a, DMatrixRMaj gradA, DMatrixRMaj gradZ) {
        gradZ.reshape(z.numRows, z.numCols);
        derivatives(z.data, a.data, gradA.data, gradZ.data, z.getNumElements());
    }

    /**
     * a[i] = f(z[i]) for the first {@code size} entries.
     *
     * @param z not modified
     * @param a modified
     */
    protected void values(double[] z, double[] a, int size) {
        for (int i = 0; i < size; i++) {
            a[i] = value(z[i]);
        }
    }

    /**
     * gradZ[i] = gradA[i] f'(z[i]) for the first {@code size} entries: the chain rule through f.
     *
     * @param z     not modified
     * @param a     f(z); not modified
     * @param gradA dL/da; not modified unless it is {@code gradZ}
     * @param gradZ modified: dL/dz; may be the same array as {@code gradA}
     */
    protected void derivatives(double[] z, double[] a, double[] gradA, double[] gradZ, int size) {
        for (int i = 0; i < size; i++) {
            gradZ[i] = gradA[i] * derivative(z[i], a[i]);
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
