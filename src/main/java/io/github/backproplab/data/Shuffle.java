package io.github.backproplab.data;

import java.util.Collections;
import java.util.List;
import java.util.Random;

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
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
