package io.github.backproplab.train;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/** Row orders and row copies for minibatches, without allocating per batch. */
final class Batches {
    private Batches() {
    }

    static int[] permutation(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        shuffle(order, random);
        return order;
    }

    /** Fisher-Yates, in place. */
    static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** Copies rows order[from], order[from + 1], ... of {@code source} into every row of {@code batch}. */
    static void gather(DMatrixRMaj source, int[] order, int from, DMatrixRMaj batch) {
        int cols = source.numCols;
        double[] in = source.data;
        double[] out = batch.data;
        if (cols >= 16) {
            for (int row = 0; row < batch.numRows; row++) {
                System.arraycopy(in, order[from + row] * cols, out, row * cols, cols);
            }
            return;
        }
        // rows of a few numbers: a copy call per row would cost more than the copying
        for (int row = 0, at = 0; row < batch.numRows; row++) {
            int start = order[from + row] * cols;
            for (int j = 0; j < cols; j++, at++) {
                out[at] = in[start + j];
            }
        }
    }
}
