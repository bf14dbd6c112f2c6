package io.github.backproplab.nn;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The lecture's two-layer network, literally: y-hat = B sigma(A x), with hidden weights A
 * (hidden x inputs), output weights B (outputs x hidden), no biases, and the squared error
 * L = (1/n) sum of 1/2 ||y-hat - y||^2.
 *
 * <p>The network keeps its matrices (Z, H, y-hat, the Deltas, the gradients) from one step to the
 * next and overwrites them, so a training loop allocates nothing; copy a result to keep it.
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

    // Every matrix below is allocated on first use and reshaped after that, so the steps of a
    // training loop allocate nothing.
    private DMatrixRMaj X;
    private final DMatrixRMaj Z = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj H = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj yHat = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj deltaB = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj backThroughB = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj deltaA = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj gradientB = new DMatrixRMaj(1, 1);
    private final DMatrixRMaj gradientA = new DMatrixRMaj(1, 1);
    private boolean forwardDone;
    private boolean deltaBDone;
    private boolean deltaADone;

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
     * @return y-hat, outputs x n: the network's own matrix, overwritten by the next forward pass
     *     (copy it to keep it)
     */
    public DMatrixRMaj forward(DMatrixRMaj X) {
        if (X.numRows != A.numCols) {
            throw new IllegalArgumentException("X is " + Shapes.of(X) + " but A is " + Shapes.of(A)
                    + ": X needs one row per input (column of A)");
        }
        this.X = X;
        Z.reshape(A.numRows, X.numCols);
        CommonOps_DDRM.mult(A, X, Z);
        sigma.forward(Z, H);
        yHat.reshape(B.numRows, X.numCols);
        CommonOps_DDRM.mult(B, H, yHat);
        forwardDone = true;
        deltaBDone = false;
        deltaADone = false;
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
     * @return Delta B, outputs x n: the network's own matrix, overwritten by the next call
     */
    public DMatrixRMaj deltaB(DMatrixRMaj Y) {
        requireTargets(Y);
        deltaB.reshape(Y.numRows, Y.numCols);
        CommonOps_DDRM.subtract(yHat, Y, deltaB);
        CommonOps_DDRM.scale(1.0 / Y.numCols, deltaB);
        deltaBDone = true;
        deltaADone = false;
        return deltaB;
    }

    /**
     * Delta A = (B^T Delta B) .* sigma'(Z): Delta B sent back through B and through the
     * activation. Reuses Delta B; nothing is recomputed.
     *
     * @return Delta A, hidden x n: the network's own matrix, overwritten by the next call
     */
    public DMatrixRMaj deltaA() {
        if (!deltaBDone) {
            throw new IllegalStateException("compute deltaB(Y) first: Delta A is made from Delta B");
        }
        backThroughB.reshape(B.numCols, deltaB.numCols);
        CommonOps_DDRM.multTransA(B, deltaB, backThroughB);
        sigma.backward(Z, H, backThroughB, deltaA);
        deltaADone = true;
        return deltaA;
    }

    /**
     * dL/dB = Delta B H^T (outputs x hidden): the error term times the layer's input. Returns the
     * network's own matrix, overwritten by the next call (and by {@link #update}).
     */
    public DMatrixRMaj gradientB() {
        requireDeltas();
        gradientB.reshape(B.numRows, B.numCols);
        CommonOps_DDRM.multTransB(deltaB, H, gradientB);
        return gradientB;
    }

    /**
     * dL/dA = Delta A X^T (hidden x inputs): the error term times the layer's input. Returns the
     * network's own matrix, overwritten by the next call (and by {@link #update}).
     */
    public DMatrixRMaj gradientA() {
        requireDeltas();
        gradientA.reshape(A.numRows, A.numCols);
        CommonOps_DDRM.multTransB(deltaA, X, gradientA);
        return gradientA;
    }

    /**
     * The gradient-descent step: B -= stepSizeB Delta B H^T, A -= stepSizeA Delta A X^T.
     * Modifies A and B.
     */
    public void update(double stepSizeA, double stepSizeB) {
        StepSizes.requireValid(stepSizeA, "stepSizeA");
        StepSizes.requireValid(stepSizeB, "stepSizeB");
        gradientB();
        gradientA();
        CommonOps_DDRM.addEquals(B, -stepSizeB, gradientB);
        CommonOps_DDRM.addEquals(A, -stepSizeA, gradientA);
    }

    private void requireTargets(DMatrixRMaj Y) {
        if (!forwardDone) {
            throw new IllegalStateException("run forward(X) first");
        }
        if (Y.numRows != yHat.numRows || Y.numCols != yHat.numCols) {
            throw new IllegalArgumentException("Y is " + Shapes.of(Y) + " but y-hat is " + Shapes.of(yHat));
        }
    }

    private void requireDeltas() {
        if (!deltaADone) {
            throw new IllegalStateException("compute deltaB(Y) and then deltaA() first");
        }
    }
}
