package io.github.backproplab.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/** Seeded shuffling, written out so that the order depends only on the seed. */
final class Shuffle {
    private Shuffle() {
    }

    /** Shuffles {@code items} in place (Fisher-Yates). */
    static <T> void list(List<T> items, Random random) {
        for (int i = items.size() - 1; i > 0; i--) {
            Collections.swap(items, i, random.nextInt(i + 1));
        }
    }

    /** The numbers 0 to {@code n - 1} in a random order. */
    static int[] positions(int n, Random random) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        list(order, random);
        return order.stream().mapToInt(Integer::intValue).toArray();
    }
}
