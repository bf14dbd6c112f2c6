package io.github.backproplab.nn;

import org.ejml.data.DMatrixRMaj;

/** Shapes written the way the error messages and the javadoc write them: {@code rows x cols}. */
public final class Shapes {
    private Shapes() {
    }

    /** "rows x cols" of {@code m}. */
    public static String of(DMatrixRMaj m) {
        return m.numRows + " x " + m.numCols;
    }

    /** Throws, naming {@code what} and both shapes, unless {@code m} is {@code rows x cols}. */
    public static void require(DMatrixRMaj m, int rows, int cols, String what) {
        if (m.numRows != rows || m.numCols != cols) {
            throw new IllegalArgumentException(what + " must be " + rows + " x " + cols + ", got " + of(m));
        }
    }
}
