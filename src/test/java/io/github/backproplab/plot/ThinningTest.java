package io.github.backproplab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThinningTest {
    @Test
    void shortLinesKeepEveryPoint() {
        assertThat(Thinning.minMax(new double[] {3, 1, 2}, 2)).containsExactly(0, 1, 2);
        assertThat(Thinning.evenly(3, 5)).containsExactly(0, 1, 2);
    }

    @Test
    void minMaxKeepsTheExtremesOfEveryRunInOrder() {
        double[] values = {5, 1, 9, 4, 4, 4, 2, 8, Double.NaN, Double.NaN, 7, 0};
        // four runs of three: {5,1,9}, {4,4,4}, {2,8,NaN}, {NaN,7,0}; each run's first NaN is kept too
        assertThat(Thinning.minMax(values, 4)).as("the first index is always kept").containsExactly(0, 1, 2, 3, 6, 7, 8, 9, 10, 11);
        assertThat(Thinning.minMax(new double[] {1, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 2}, 2))
                .as("the first NaN of each run is kept, so the gap stays").containsExactly(0, 1, 3, 5);
    }

    @Test
    void evenlyKeepsTheEndsAndTheAskedIndicesWithinTheLimit() {
        int[] kept = Thinning.evenly(1000, 10, 333);
        assertThat(kept).hasSizeLessThanOrEqualTo(10).contains(0, 333, 999);
        assertThat(kept).isSorted();
        assertThat(Thinning.indexOfMin(new double[] {Double.NaN, 3, -2, 5})).isEqualTo(2);
        assertThat(Thinning.indexOfMin(new double[] {Double.NaN})).isEqualTo(-1);
    }

    @Test
    void limitsBelowOneLineAreRefused() {
        assertThatThrownBy(() -> Thinning.minMax(new double[] {1}, 0)).hasMessageContaining("buckets must be at least 1, got 0");
        assertThatThrownBy(() -> Thinning.evenly(5, 1)).hasMessageContaining("max must be at least 2, got 1");
    }
}
