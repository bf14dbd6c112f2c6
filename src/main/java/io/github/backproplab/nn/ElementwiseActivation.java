package io.github.backproplab.nn;

import org.ejml.data.DMatrixRMaj;

/** An activation applied to each entry on its own: a value and its derivative, side by side. */
public abstract class ElementwiseActivation implements Activation {

    /** f(z). */
    public abstract double value(double z);

    /** f'(z); {@code a} = f(z) is passed too, since some derivatives are cheapest from it. */
    public abstract double derivative(double z, double a);

    @Override
    public final void forward(DMatrixRMaj z, DMatrixRMaj a) {
        a.reshape(z.numRows, z.numCols);
        int size = z.getNumElements();
        for (int i = 0; i < size; i++) {
            a.data[i] = value(z.data[i]);
        }
    }

    @Override
    public final void backward(DMatrixRMaj z, DMatrixRMaj a, DMatrixRMaj gradA, DMatrixRMaj gradZ) {
        gradZ.reshape(z.numRows, z.numCols);
        int size = z.getNumElements();
        for (int i = 0; i < size; i++) {
            gradZ.data[i] = gradA.data[i] * derivative(z.data[i], a.data[i]);
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
