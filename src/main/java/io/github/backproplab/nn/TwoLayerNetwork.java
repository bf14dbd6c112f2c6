package io.github.backproplab.nn;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The lecture's two-layer network, literally: y-hat = B sigma(A x), with hidden weights A
 * (hidden x inputs), output weights B (outputs x hidden), no biases, and the squared error
 * L = (1/n) sum of 1/2 ||y-hat - y||^2.
 *
 * <p>As in the lecture, examples are <b>columns</b>: X is inputs x n, Y and y-hat are outputs x n.
 * (The general {@link Network} puts examples in rows, the layout of data tables.)
 *
 * <p>The pseudocode, one method per line:
 * <pre>{@code
 * net.forward(X);            // Z = A X, H = sigma(Z), yHat = B H
 * net.deltaB(Y);             // Delta B = (yHat - Y) / n               outputs x n
 * net.deltaA();              // Delta A = (B^T Delta B) .* sigma'(Z)   hidden x n
 * net.update(stepA, stepB);  // B -= stepB Delta B H^T,  A -= stepA Delta A X^T
 * }</pre>
 */
public final class TwoLayerNetwork {
    private final DMatrixRMaj A;
    private final DMatrixRMaj B;
    private final Activation sigma;

    private DMatrixRMaj X;
    private DMatrixRMaj Z;
    private DMatrixRMaj H;
    private DMatrixRMaj yHat;
    private DMatrixRMaj deltaB;
    private DMatrixRMaj deltaA;

    /**
     * @param A     hidden x inputs; used as given (not copied) and modified by {@link #update}
     * @param B     outputs x hidden; used as given (not copied) and modified by {@link #update}
     * @param sigma the hidden activation
     */
    public TwoLayerNetwork(DMatrixRMaj A, DMatrixRMaj B, Activation sigma) {
        if (B.numCols != A.numRows) {
            throw new IllegalArgumentException("B is " + Shapes.of(B) + " but A is " + Shapes.of(A)
                    + ": B needs one column per hidden unit (row of A)");
        }
        this.A = A;
        this.B = B;
        this.sigma = sigma;
    }

    /** The hidden weights A, hidden x inputs (live). */
    public DMatrixRMaj A() {
        return A;
    }

    /** The output weights B, outputs x hidden (live). */
    public DMatrixRMaj B() {
        return B;
    }

    /**
     * The forward pass: Z = A X, H = sigma(Z), y-hat = B H.
     *
     * @param X inputs x n, one example per column; not modified (kept for {@link #update})
     * @return y-hat, outputs x n
     */
    public DMatrixRMaj forward(DMatrixRMaj X) {
        if (X.numRows != A.numCols) {
            throw new IllegalArgumentException("X is " + Shapes.of(X) + " but A is " + Shapes.of(A)
                    + ": X needs one row per input (column of A)");
        }
        this.X = X;
        Z = new DMatrixRMaj(A.numRows, X.numCols);
        CommonOps_DDRM.mult(A, X, Z);
        H = new DMatrixRMaj(1, 1);
        sigma.forward(Z, H);
        yHat = new DMatrixRMaj(B.numRows, X.numCols);
        CommonOps_DDRM.mult(B, H, yHat);
        deltaB = null;
        deltaA = null;
        return yHat;
    }

    /** The lecture's squared error of the last forward pass against Y (outputs x n; not modified). */
    public double loss(DMatrixRMaj Y) {
        requireTargets(Y);
        double sum = 0;
        for (int i = 0; i < Y.getNumElements(); i++) {
            double r = yHat.data[i] - Y.data[i];
            sum += 0.5 * r * r;
        }
        return sum / Y.numCols;
    }

    /**
     * Delta B = dL/d(y-hat) = (y-hat - Y) / n: the output error, computed first.
     *
     * @param Y targets, outputs x n; not modified
     * @return Delta B, outputs x n
     */
    public DMatrixRMaj deltaB(DMatrixRMaj Y) {
        requireTargets(Y);
        deltaB = new DMatrixRMaj(Y.numRows, Y.numCols);
        CommonOps_DDRM.subtract(yHat, Y, deltaB);
        CommonOps_DDRM.scale(1.0 / Y.numCols, deltaB);
        deltaA = null;
        return deltaB;
    }

    /**
     * Delta A = (B^T Delta B) .* sigma'(Z): Delta B sent back through B and through the
     * activation. Reuses Delta B; nothing is recomputed.
     *
     * @return Delta A, hidden x n
     */
    public DMatrixRMaj deltaA() {
        if (deltaB == null) {
            throw new IllegalStateException("compute deltaB(Y) first: Delta A is made from Delta B");
        }
        DMatrixRMaj backThroughB = new DMatrixRMaj(B.numCols, deltaB.numCols);
        CommonOps_DDRM.multTransA(B, deltaB, backThroughB);
        deltaA = new DMatrixRMaj(1, 1);
        sigma.backward(Z, H, backThroughB, deltaA);
        return deltaA;
    }

    /** dL/dB = Delta B H^T (outputs x hidden): the error term times the layer's input. */
    public DMatrixRMaj gradientB() {
        requireDeltas();
        DMatrixRMaj g = new DMatrixRMaj(B.numRows, B.numCols);
        CommonOps_DDRM.multTransB(deltaB, H, g);
        return g;
    }

    /** dL/dA = Delta A X^T (hidden x inputs): the error term times the layer's input. */
    public DMatrixRMaj gradientA() {
        requireDeltas();
        DMatrixRMaj g = new DMatrixRMaj(A.numRows, A.numCols);
        CommonOps_DDRM.multTransB(deltaA, X, g);
        return g;
    }

    /**
     * The gradient-descent step: B -= stepSizeB Delta B H^T, A -= stepSizeA Delta A X^T.
     * Modifies A and B.
     */
    public void update(double stepSizeA, double stepSizeB) {
        StepSizes.requireValid(stepSizeA, "stepSizeA");
        StepSizes.requireValid(stepSizeB, "stepSizeB");
        DMatrixRMaj gradientB = gradientB();
        DMatrixRMaj gradientA = gradientA();
        CommonOps_DDRM.addEquals(B, -stepSizeB, gradientB);
        CommonOps_DDRM.addEquals(A, -stepSizeA, gradientA);
    }

    private void requireTargets(DMatrixRMaj Y) {
        if (yHat == null) {
            throw new IllegalStateException("run forward(X) first");
        }
        if (Y.numRows != yHat.numRows || Y.numCols != yHat.numCols) {
            throw new IllegalArgumentException("Y is " + Shapes.of(Y) + " but y-hat is " + Shapes.of(yHat));
        }
    }

    private void requireDeltas() {
        if (deltaA == null) {
            throw new IllegalStateException("compute deltaB(Y) and then deltaA() first");
        }
    }
}
