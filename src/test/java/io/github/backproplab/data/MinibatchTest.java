package io.github.backproplab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MinibatchTest {
    private final Dataset iris = Dataset.classification(RealData.iris(), "species");

    @Test
    void batchesHaveTheRequestedSizeAndTheLastHoldsTheRest() {
        List<Dataset> batches = iris.batches(32, new Random(1));
        assertThat(batches).extracting(Dataset::size).containsExactly(32, 32, 32, 32, 22);
    }

    @Test
    void everyExampleAppearsOncePerEpoch() {
        List<Integer> rows = new ArrayList<>();
        for (Dataset batch : iris.batches(16, new Random(2))) {
            Arrays.stream(batch.sourceRows()).forEach(rows::add);
        }
        assertThat(rows).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 150).boxed().toList());
        assertThat(rows).isNotEqualTo(IntStream.range(0, 150).boxed().toList());
    }

    @Test
    void eachEpochIsShuffledAnewButRepeatsFromTheSameSeed() {
        Random random = new Random(3);
        int[] epoch1 = iris.batches(150, random).get(0).sourceRows();
        int[] epoch2 = iris.batches(150, random).get(0).sourceRows();
        assertThat(epoch1).isNotEqualTo(epoch2);
        assertThat(iris.batches(150, new Random(3)).get(0).sourceRows()).containsExactly(epoch1);
    }

    @Test
    void aBatchKeepsFeaturesAndTargetsTogether() {
        Dataset batch = iris.batches(10, new Random(4)).get(0);
        int row = batch.sourceRows()[0];
        assertThat(batch.x().get(0, 0)).isEqualTo(iris.x().get(row, 0));
        assertThat(batch.y().get(0, 0)).isEqualTo(iris.y().get(row, 0));
        assertThat(batch.y().get(0, 2)).isEqualTo(iris.y().get(row, 2));
    }

    @Test
    void batchSizeMustBePositive() {
        assertThatThrownBy(() -> iris.batches(0, new Random())).hasMessageContaining("got 0");
    }
}
