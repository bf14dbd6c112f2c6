package io.github.backproplab.exercise;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Checks one step of gradient descent with momentum, as the toolkit's {@code Momentum} takes it:
 * v' = mu v - stepSize g, then w' = w + v'.
 */
public final class MomentumExercise {
    private MomentumExercise() {
    }

    /**
     * @param w        the weights before the step; not modified
     * @param v        the velocity before the step, same shape; not modified
     * @param g        the gradient at w, same shape; not modified
     * @param newV     the student's new velocity; not modified; {@code null} means not answered
     * @param newW     the student's new weights; not modified; {@code null} means not answered
     */
    public static Feedback check(DMatrixRMaj w, DMatrixRMaj v, DMatrixRMaj g, double stepSize, double mu,
                                 DMatrixRMaj newV, DMatrixRMaj newW) {
        if (w.numRows != v.numRows || w.numCols != v.numCols || w.numRows != g.numRows || w.numCols != g.numCols) {
            throw new IllegalArgumentException("w, v and g must have one shape; got " + w.numRows + " x " + w.numCols
                    + ", " + v.numRows + " x " + v.numCols + " and " + g.numRows + " x " + g.numCols);
        }
        DMatrixRMaj velocity = combine(mu, v, -stepSize, g);
        DMatrixRMaj weights = combine(1, w, 1, velocity);
        Feedback onV = MatrixAnswer.check("the new velocity", newV, velocity, List.of(
                new Mistake(combine(mu, v, stepSize, g), "it speeds up uphill: the gradient enters with a minus sign."),
                new Mistake(combine(1, v, -stepSize, g), "the old velocity was not multiplied by mu."),
                new Mistake(combine(0, v, -stepSize, g), "this is plain gradient descent's step: the old velocity"
                        + " (times mu) is missing.")));
        Feedback onW = MatrixAnswer.check("the new weights", newW, weights, List.of(
                new Mistake(combine(1, w, -1, velocity), "the velocity already points downhill: add it, do not subtract it."),
                new Mistake(combine(1, w, 1, v), "they moved by the old velocity; move by the new one."),
                new Mistake(combine(1, w, -stepSize, g), "they moved by plain gradient descent; move by the new velocity.")));
        if (onV.correct() && onW.correct()) {
            return Feedback.pass("the velocity remembers past steps and the weights move by it.");
        }
        return new Feedback(false, onV.message() + "\n" + onW.message());
    }

    private static DMatrixRMaj combine(double a, DMatrixRMaj x, double b, DMatrixRMaj y) {
        DMatrixRMaj out = new DMatrixRMaj(x.numRows, x.numCols);
        CommonOps_DDRM.add(a, x, b, y, out);
        return out;
    }
}
