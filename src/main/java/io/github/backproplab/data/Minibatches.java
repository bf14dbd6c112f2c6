package io.github.backproplab.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Cuts a shuffled dataset into minibatches, for {@link Dataset#batches}. */
final class Minibatches {
    private Minibatches() {
    }

    static List<Dataset> of(Dataset data, int batchSize, Random random) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        int[] order = Shuffle.positions(data.size(), random);
        List<Dataset> batches = new ArrayList<>();
        for (int start = 0; start < order.length; start += batchSize) {
            int end = Math.min(start + batchSize, order.length);
            batches.add(data.subset(Arrays.copyOfRange(order, start, end)));
        }
        return batches;
    }
}
