package io.github.backproplab.exercise;

import io.github.backproplab.nn.Activation;
import io.github.backproplab.nn.TwoLayerNetwork;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Checks a student's backward pass through the lecture's network y-hat = B sigma(A X) (examples
 * as columns, squared error averaged over the n examples), one quantity at a time: Delta B, Delta A,
 * the two weight gradients, one update with two step sizes, and a finite-difference estimate.
 * Each check says correct, or what is wrong and the likely mistake, without printing the answer.
 *
 * <p>The exercise keeps copies of X, Y, A and B as they are when it is made, so the student's own
 * matrices can change without changing the reference.
 */
public final class TwoLayerExercise {
    private final DMatrixRMaj X;
    private final DMatrixRMaj A;
    private final DMatrixRMaj B;
    private final Activation sigma;
    private final int n;
    private final DMatrixRMaj Z;
    private final DMatrixRMaj H;
    private final DMatrixRMaj outputError;
    private final DMatrixRMaj deltaB;
    private final DMatrixRMaj backThroughB;
    private final DMatrixRMaj deltaA;
    private final DMatrixRMaj gradientB;
    private final DMatrixRMaj gradientA;

    /**
     * @param X     inputs x n; not modified (copied)
     * @param Y     outputs x n; not modified (copied)
     * @param A     hidden x inputs; not modified (copied)
     * @param B     outputs x hidden; not modified (copied)
     * @param sigma the hidden activation
     */
    public TwoLayerExercise(DMatrixRMaj X, DMatrixRMaj Y, DMatrixRMaj A, DMatrixRMaj B, Activation sigma) {
        this.X = X.copy();
        this.A = A.copy();
        this.B = B.copy();
        this.sigma = sigma;
        this.n = X.numCols;
        TwoLayerNetwork net = new TwoLayerNetwork(A.copy(), B.copy(), sigma);
        DMatrixRMaj yHat = net.forward(this.X);
        Z = CommonOps_DDRM.mult(this.A, this.X, null);
        H = new DMatrixRMaj(1, 1);
        sigma.forward(Z, H);
        outputError = CommonOps_DDRM.subtract(yHat, Y, null);
        deltaB = net.deltaB(Y.copy()).copy();
        deltaA = net.deltaA().copy();
        backThroughB = CommonOps_DDRM.multTransA(this.B, deltaB, null);
        gradientB = net.gradientB();
        gradientA = net.gradientA();
    }

    private DMatrixRMaj timesN(DMatrixRMaj m) {
        return MatrixAnswer.scaled(n, m);
    }

    private static final String MISSING_ONE_OVER_N = "every entry is n times too large. The loss is averaged over the"
            + " n examples, so each derivative of it carries a factor 1/n.";

    /** Checks Delta B = dL/d(y-hat), outputs x n. {@code answer} is not modified; {@code null} means not answered. */
    public Feedback deltaB(DMatrixRMaj answer) {
        return MatrixAnswer.check("Delta B", answer, deltaB, List.of(
                new Mistake(outputError, MISSING_ONE_OVER_N)));
    }

    /** Checks Delta A = dL/dZ, hidden x n. {@code answer} is not modified; {@code null} means not answered. */
    public Feedback deltaA(DMatrixRMaj answer) {
        DMatrixRMaj timesH = CommonOps_DDRM.elementMult(backThroughB, H, null);
        DMatrixRMaj derivativeAtH = new DMatrixRMaj(1, 1);
        DMatrixRMaj sigmaOfH = new DMatrixRMaj(1, 1);
        sigma.forward(H, sigmaOfH);
        sigma.backward(H, sigmaOfH, backThroughB, derivativeAtH);
        return MatrixAnswer.check("Delta A", answer, deltaA, List.of(
                new Mistake(backThroughB, "this is B^T Delta B alone. The chain rule also passes through the"
                        + " activation: multiply entry by entry by sigma'(Z)."),
                new Mistake(timesH, "you multiplied by sigma(Z) = H, not by the derivative sigma'(Z)."),
                new Mistake(derivativeAtH, "the derivative was taken at H; it belongs at Z, the input of sigma."),
                new Mistake(timesN(deltaA), MISSING_ONE_OVER_N + " (Did your Delta B have it?)")));
    }

    /** Checks dL/dB, outputs x hidden. {@code answer} is not modified; {@code null} means not answered. */
    public Feedback gradientB(DMatrixRMaj answer) {
        return MatrixAnswer.check("dL/dB", answer, gradientB, List.of(
                new Mistake(CommonOps_DDRM.multTransB(deltaB, Z, null), "you multiplied by Z. The input to B is"
                        + " H = sigma(Z), what the hidden layer hands on."),
                new Mistake(timesN(gradientB), MISSING_ONE_OVER_N)));
    }

    /** Checks dL/dA, hidden x inputs. {@code answer} is not modified; {@code null} means not answered. */
    public Feedback gradientA(DMatrixRMaj answer) {
        return MatrixAnswer.check("dL/dA", answer, gradientA, List.of(
                new Mistake(CommonOps_DDRM.multTransB(backThroughB, X, null), "this is (B^T Delta B) X^T: the"
                        + " factor sigma'(Z) of Delta A is missing."),
                new Mistake(CommonOps_DDRM.multTransB(deltaA, H, null).numCols == gradientA.numCols
                        ? CommonOps_DDRM.multTransB(deltaA, H, null) : null, "you multiplied by H. The input to A is X."),
                new Mistake(timesN(gradientA), MISSING_ONE_OVER_N)));
    }

    /**
     * Checks one gradient-descent step with a step size for each matrix:
     * A - stepSizeA dL/dA and B - stepSizeB dL/dB. Step sizes may be zero (that matrix stays put).
     *
     * @param newA the student's updated A; not modified; {@code null} means not answered
     * @param newB the student's updated B; not modified; {@code null} means not answered
     */
    public Feedback update(double stepSizeA, double stepSizeB, DMatrixRMaj newA, DMatrixRMaj newB) {
        for (double stepSize : new double[] {stepSizeA, stepSizeB}) {
            if (!(stepSize >= 0) || Double.isInfinite(stepSize)) {
                throw new IllegalArgumentException("step sizes must be zero or positive and finite, got " + stepSize);
            }
        }
        Feedback a = MatrixAnswer.check("the new A", newA, step(A, stepSizeA, gradientA), stepMistakes(A, stepSizeA, stepSizeB, gradientA, "A", "B"));
        Feedback b = MatrixAnswer.check("the new B", newB, step(B, stepSizeB, gradientB), stepMistakes(B, stepSizeB, stepSizeA, gradientB, "B", "A"));
        if (a.correct() && b.correct()) {
            return Feedback.pass("both A and B moved against their gradients, each with its own step size.");
        }
        return new Feedback(false, a.message() + "\n" + b.message());
    }

    private static DMatrixRMaj step(DMatrixRMaj weights, double stepSize, DMatrixRMaj gradient) {
        DMatrixRMaj moved = weights.copy();
        CommonOps_DDRM.addEquals(moved, -stepSize, gradient);
        return moved;
    }

    private static List<Mistake> stepMistakes(DMatrixRMaj weights, double own, double other, DMatrixRMaj gradient,
                                              String name, String otherName) {
        List<Mistake> mistakes = new java.util.ArrayList<>();
        if (own != other) {
            mistakes.add(new Mistake(step(weights, other, gradient), "it moved with the step size of " + otherName
                    + "; " + name + " has its own."));
        }
        if (own != 0) {
            mistakes.add(new Mistake(step(weights, -own, gradient), "it moved uphill, along the gradient."
                    + " Gradient descent subtracts the step."));
            mistakes.add(new Mistake(weights, "it has not moved. Did you update a copy, or forget this matrix?"));
        }
        return mistakes;
    }

    /**
     * Checks an estimate of dL/dA at (row, column) by finite differences against backpropagation's
     * value, to a relative error of 1e-4 (central differences with a step near 1e-5 reach about 1e-9).
     */
    public Feedback finiteDifference(int row, int column, double answer) {
        if (row < 0 || row >= A.numRows || column < 0 || column >= A.numCols) {
            throw new IllegalArgumentException("(row " + row + ", column " + column + ") is outside A, which is "
                    + A.numRows + " x " + A.numCols);
        }
        double expected = gradientA.get(row, column);
        String what = "your estimate of dL/dA at (row " + row + ", column " + column + ")";
        if (Double.isNaN(answer)) {
            return Feedback.notAnswered(what + " (still NaN). Compute it in the cell above, then run this check again.");
        }
        if (close(answer, expected)) {
            return Feedback.pass(what + " agrees with backpropagation to better than 1e-4 (relative).");
        }
        if (close(answer, 2 * expected)) {
            return Feedback.fail(what + " is twice the gradient: a central difference divides by 2h, the whole"
                    + " distance between the two points.");
        }
        if (close(answer, -expected)) {
            return Feedback.fail(what + " has the wrong sign: subtract the loss at A - h from the loss at A + h.");
        }
        if (close(answer, n * expected)) {
            return Feedback.fail(what + " is n times too large: use the loss averaged over the examples.");
        }
        if (answer == 0 && expected != 0) {
            return Feedback.fail(what + " is zero: the loss did not change. Did you perturb a copy of A rather than"
                    + " the matrix the network uses, or forget to run the forward pass again?");
        }
        return Feedback.fail(what + " is off by a factor of " + String.format("%.3g", answer / expected)
                + ". Check h (about 1e-5), that only this one entry moves, and that it is put back afterwards.");
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-4 * Math.max(Math.abs(b), 1e-8);
    }
}
