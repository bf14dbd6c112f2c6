package io.github.backproplab.train;

import org.ejml.data.DMatrixRMaj;

/**
 * Counts correct class predictions. With one output column, a row is correct when y-hat and y
 * fall on the same side of 0.5; with several, when the largest y-hat is where y is largest.
 */
public final class Accuracy {
    private Accuracy() {
    }

    /**
     * The number of rows of {@code yHat} that predict the class of the same row of {@code y}.
     *
     * @param yHat n x k predictions; not modified
     * @param y    n x k targets; not modified
     */
    public static int correct(DMatrixRMaj yHat, DMatrixRMaj y) {
        int correct = 0;
        for (int row = 0; row < y.numRows; row++) {
            if (y.numCols == 1) {
                correct += (yHat.get(row, 0) >= 0.5) == (y.get(row, 0) >= 0.5) ? 1 : 0;
            } else {
                correct += argmax(yHat, row) == argmax(y, row) ? 1 : 0;
            }
        }
        return correct;
    }

    /** The fraction of rows predicted correctly. */
    public static double of(DMatrixRMaj yHat, DMatrixRMaj y) {
        return (double) correct(yHat, y) / y.numRows;
    }

    /** The column of the largest entry of {@code row}. */
    public static int argmax(DMatrixRMaj m, int row) {
        int best = 0;
        int start = row * m.numCols;
        for (int j = 1; j < m.numCols; j++) {
            if (m.data[start + j] > m.data[start + best]) {
                best = j;
            }
        }
        return best;
    }
}
