package io.github.backproplab.exercise;

import io.github.backproplab.nn.Shapes;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/** Compares a matrix answer with the reference and names the likely mistake. */
final class MatrixAnswer {
    /** Entries agree when they differ by less than this, relative to the largest reference entry. */
    static final double TOLERANCE = 1e-6;
    private static final int LISTED = 5;

    private MatrixAnswer() {
    }

    /**
     * @param what     the answer's name, as the student knows it ("Delta B")
     * @param answer   the student's matrix, or {@code null} if not answered; not modified
     * @param expected the reference; not modified
     * @param mistakes typical mistakes to recognise, tried in order after the sign and the transpose
     */
    static Feedback check(String what, DMatrixRMaj answer, DMatrixRMaj expected, List<Mistake> mistakes) {
        if (answer == null) {
            return Feedback.notAnswered(what + " (still null). Compute it in the cell above, then run this check again.");
        }
        for (int i = 0; i < answer.getNumElements(); i++) {
            if (!Double.isFinite(answer.data[i])) {
                return Feedback.fail(what + " has a non-finite entry (" + answer.data[i] + ") at " + position(answer, i)
                        + ": look for a division by zero or an overflow.");
            }
        }
        if (same(answer, expected)) {
            return Feedback.pass(what + " matches the reference (" + Shapes.of(expected) + ").");
        }
        boolean shapeMatches = answer.numRows == expected.numRows && answer.numCols == expected.numCols;
        DMatrixRMaj transposed = CommonOps_DDRM.transpose(expected, null);
        if (!shapeMatches && same(answer, transposed)) {
            return Feedback.fail(what + " is transposed: it should be " + Shapes.of(expected) + ", yours is "
                    + Shapes.of(answer) + ". Check which side each factor goes on, and where a ^T belongs.");
        }
        for (Mistake mistake : mistakes) {
            if (same(answer, mistake.wouldGive())) {
                return Feedback.fail(what + ": " + mistake.hint());
            }
        }
        if (shapeMatches && same(answer, scaled(-1, expected))) {
            return Feedback.fail(what + " has the wrong sign in every entry: check the order of a subtraction.");
        }
        if (!shapeMatches) {
            return Feedback.fail(what + " should be " + Shapes.of(expected) + " but yours is " + Shapes.of(answer)
                    + ": check the shapes of the factors you multiplied.");
        }
        return Feedback.fail(wrongEntries(what, answer, expected));
    }

    private static String wrongEntries(String what, DMatrixRMaj answer, DMatrixRMaj expected) {
        double scale = scale(expected);
        List<String> wrong = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < expected.getNumElements(); i++) {
            if (Math.abs(answer.data[i] - expected.data[i]) > TOLERANCE * scale) {
                count++;
                if (wrong.size() < LISTED) {
                    wrong.add(position(expected, i));
                }
            }
        }
        return what + ": " + count + " of " + expected.getNumElements() + " entries differ from the reference, at "
                + String.join(", ", wrong) + (count > LISTED ? ", ..." : "") + ".";
    }

    /** A new matrix: {@code factor} times {@code m} (not modified). */
    static DMatrixRMaj scaled(double factor, DMatrixRMaj m) {
        DMatrixRMaj out = new DMatrixRMaj(m.numRows, m.numCols);
        CommonOps_DDRM.scale(factor, m, out);
        return out;
    }

    private static String position(DMatrixRMaj m, int index) {
        return "(row " + index / m.numCols + ", column " + index % m.numCols + ")";
    }

    /** Same shape and every entry within the tolerance. */
    static boolean same(DMatrixRMaj a, DMatrixRMaj b) {
        if (a == null || b == null || a.numRows != b.numRows || a.numCols != b.numCols) {
            return false;
        }
        double scale = scale(b);
        for (int i = 0; i < a.getNumElements(); i++) {
            if (!(Math.abs(a.data[i] - b.data[i]) <= TOLERANCE * scale)) {
                return false;
            }
        }
        return true;
    }

    private static double scale(DMatrixRMaj m) {
        double max = 0;
        for (int i = 0; i < m.getNumElements(); i++) {
            max = Math.max(max, Math.abs(m.data[i]));
        }
        return Math.max(max, 1e-12);
    }
}
