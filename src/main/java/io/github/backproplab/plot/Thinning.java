package io.github.backproplab.plot;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Fewer points for long lines. Drawing costs grow with the points drawn, and a line of 200,000
 * training steps has far more points than a plot has pixels; a dashed line needs segments longer
 * than its dashes, since XChart starts the dash pattern anew on every segment.
 */
final class Thinning {
    private Thinning() {
    }

    /**
     * The indices to draw of {@code values}: all of them when there are at most {@code 2 * buckets},
     * otherwise the first and last, and from each of {@code buckets} runs of consecutive indices the
     * smallest and the largest value, in index order. Spikes stay visible and the line keeps its
     * extremes. A run with NaN values (missing ones, which break a line) also keeps its first NaN,
     * so the gap stays.
     *
     * @param values the values; not modified
     */
    static int[] minMax(double[] values, int buckets) {
        if (buckets < 1) {
            throw new IllegalArgumentException("buckets must be at least 1, got " + buckets);
        }
        int n = values.length;
        if (n <= 2 * buckets) {
            return identity(n);
        }
        BitSet keep = new BitSet(n);
        keep.set(0);
        keep.set(n - 1);
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) n * b / buckets);
            int to = (int) ((long) n * (b + 1) / buckets);
            int low = -1;
            int high = -1;
            int missing = -1;
            for (int i = from; i < to; i++) {
                if (Double.isNaN(values[i])) {
                    missing = missing < 0 ? i : missing;
                    continue;
                }
                if (low < 0 || values[i] < values[low]) {
                    low = i;
                }
                if (high < 0 || values[i] > values[high]) {
                    high = i;
                }
            }
            if (low >= 0) {
                keep.set(low);
                keep.set(high);
            }
            if (missing >= 0) {
                keep.set(missing);
            }
        }
        return keep.stream().toArray();
    }

    /**
     * At most {@code max} indices (at least 2) out of {@code n}, evenly spread, always with the first,
     * the last and those in {@code alsoKeep} that lie in range.
     */
    static int[] evenly(int n, int max, int... alsoKeep) {
        if (max < 2) {
            throw new IllegalArgumentException("max must be at least 2, got " + max);
        }
        if (n <= max) {
            return identity(n);
        }
        BitSet keep = new BitSet(n);
        int extra = (int) Arrays.stream(alsoKeep).filter(i -> i >= 0 && i < n).distinct().count();
        int spread = Math.max(2, max - extra);
        for (int k = 0; k < spread; k++) {
            keep.set((int) Math.round((double) (n - 1) * k / (spread - 1)));
        }
        for (int i : alsoKeep) {
            if (i >= 0 && i < n) {
                keep.set(i);
            }
        }
        return keep.stream().toArray();
    }

    /** The index of the smallest non-NaN value, or -1 when there is none. */
    static int indexOfMin(double[] values) {
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i]) && (best < 0 || values[i] < values[best])) {
                best = i;
            }
        }
        return best;
    }

    /** {@code values[indices[0]], values[indices[1]], ...}. */
    static double[] pick(double[] values, int[] indices) {
        double[] picked = new double[indices.length];
        for (int k = 0; k < indices.length; k++) {
            picked[k] = values[indices[k]];
        }
        return picked;
    }

    private static int[] identity(int n) {
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        return all;
    }
}
