package io.github.backproplab.train;

import io.github.backproplab.nn.Network;
import io.github.backproplab.nn.Shapes;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/** Training rows and optional validation rows, checked against the network. */
record TrainingData(DMatrixRMaj x, DMatrixRMaj y, DMatrixRMaj validationX, DMatrixRMaj validationY) {

    boolean hasValidation() {
        return validationX != null;
    }

    /** Refuses data that cannot train the network, saying what was found. */
    static void check(Network network, DMatrixRMaj x, DMatrixRMaj y, String which) {
        if (x == null || y == null) {
            throw new IllegalArgumentException(which + "data is missing: x and y are both needed");
        }
        if (x.numRows == 0) {
            throw new IllegalArgumentException("empty " + which + "data: x is " + Shapes.of(x) + ", no rows to train on");
        }
        if (x.numRows != y.numRows) {
            throw new IllegalArgumentException(which + "x has " + x.numRows + " rows but y has " + y.numRows
                    + " (x is " + Shapes.of(x) + ", y is " + Shapes.of(y) + ")");
        }
        if (x.numCols != network.inputs()) {
            throw new IllegalArgumentException(which + "x is " + Shapes.of(x) + " but the network's first layer (weights "
                    + Shapes.of(network.layer(0).weights()) + ") takes " + network.inputs() + " inputs");
        }
        if (y.numCols != network.outputs()) {
            throw new IllegalArgumentException(which + "y is " + Shapes.of(y) + " but the network's output layer (layer "
                    + network.depth() + ", weights " + Shapes.of(network.layer(network.depth() - 1).weights())
                    + ") has " + network.outputs() + " outputs");
        }
        requireFinite(x, which + "x");
        requireFinite(y, which + "y");
        network.loss().checkTargets(y);
    }

    private static void requireFinite(DMatrixRMaj m, String name) {
        for (int i = 0; i < m.getNumElements(); i++) {
            if (!Double.isFinite(m.data[i])) {
                throw new IllegalArgumentException(name + " row " + i / m.numCols + ", column " + i % m.numCols
                        + " is " + m.data[i] + ": every value must be a finite number");
            }
        }
    }

    /** Holds out a seeded random {@code fraction} of the rows for validation. */
    static TrainingData split(DMatrixRMaj x, DMatrixRMaj y, double fraction, long seed) {
        if (fraction == 0) {
            return new TrainingData(x, y, null, null);
        }
        int n = x.numRows;
        int validationRows = (int) Math.round(n * fraction);
        if (validationRows < 1 || validationRows >= n) {
            throw new IllegalArgumentException("a validation split of " + fraction + " of " + n
                    + " rows leaves " + validationRows + " validation and " + (n - validationRows)
                    + " training rows; both need at least one");
        }
        int[] order = Batches.permutation(n, new Random(seed));
        int trainRows = n - validationRows;
        DMatrixRMaj trainX = new DMatrixRMaj(trainRows, x.numCols);
        DMatrixRMaj trainY = new DMatrixRMaj(trainRows, y.numCols);
        DMatrixRMaj validX = new DMatrixRMaj(validationRows, x.numCols);
        DMatrixRMaj validY = new DMatrixRMaj(validationRows, y.numCols);
        Batches.gather(x, order, 0, trainX);
        Batches.gather(y, order, 0, trainY);
        Batches.gather(x, order, trainRows, validX);
        Batches.gather(y, order, trainRows, validY);
        return new TrainingData(trainX, trainY, validX, validY);
    }
}
