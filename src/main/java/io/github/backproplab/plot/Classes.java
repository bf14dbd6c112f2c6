package io.github.backproplab.plot;

import io.github.backproplab.nn.Accuracy;
import io.github.backproplab.nn.Network;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;

/** Class labels from targets or network outputs: argmax of several columns, a threshold on one. */
final class Classes {
    private Classes() {
    }

    /**
     * The class of each row: the index of the largest entry, or for a single column 1 when the
     * value is above {@code threshold} and 0 otherwise. The matrix is not modified.
     */
    static int[] of(DMatrixRMaj rows, double threshold) {
        int[] classes = new int[rows.numRows];
        for (int i = 0; i < rows.numRows; i++) {
            // the threshold is ours (a tanh output splits at 0); the argmax is the one accuracy uses
            classes[i] = rows.numCols == 1 ? (rows.get(i, 0) > threshold ? 1 : 0) : Accuracy.argmax(rows, i);
        }
        return classes;
    }

    /**
     * The class {@code network} predicts for each row of {@code x}, split where its output
     * activation splits them.
     *
     * @param x inputs, n x inputs; not modified
     */
    static int[] predicted(Network network, DMatrixRMaj x) {
        return of(network.predict(x), threshold(network));
    }

    /** Where a single output splits the classes: 0 for outputs centred on zero (tanh, identity), 0.5 otherwise. */
    static double threshold(Network network) {
        String name = network.layers().get(network.depth() - 1).activation().name().toLowerCase(Locale.ROOT);
        return name.startsWith("tanh") || name.startsWith("identity") ? 0 : 0.5;
    }

    /**
     * Where single-column targets split: 0 when any target is negative (labels -1 and 1), 0.5 otherwise.
     *
     * @param targets n x k; not modified
     */
    static double threshold(DMatrixRMaj targets) {
        for (int i = 0; i < targets.getNumElements(); i++) {
            if (targets.get(i) < 0) {
                return 0;
            }
        }
        return 0.5;
    }

    /** How many classes there are: at least two, at least {@code columns}, and enough for every label. */
    static int count(int[] classes, int columns) {
        int k = Math.max(2, columns);
        for (int c : classes) {
            k = Math.max(k, c + 1);
        }
        return k;
    }
}
