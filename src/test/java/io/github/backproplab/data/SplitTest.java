package io.github.backproplab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitTest {
    private final Dataset iris = Dataset.classification(RealData.iris(), "species");

    @Test
    void everyPartHasTheClassBalanceOfTheWhole() {
        Split split = iris.split(0.6, 0.2, 42);
        assertThat(classCounts(split.train())).containsExactly(30, 30, 30);
        assertThat(classCounts(split.validation())).containsExactly(10, 10, 10);
        assertThat(classCounts(split.test())).containsExactly(10, 10, 10);
    }

    @Test
    void unevenClassesAreSplitInProportion() {
        Split split = Dataset.classification(RealData.breastCancer(), "diagnosis").split(0.8, 0, 3);
        // Classes in alphabetical order: benign (357 rows), malignant (212).
        assertThat(classCounts(split.train())).containsExactly(286, 170);
        assertThat(split.validation().size()).isZero();
        assertThat(classCounts(split.test())).containsExactly(71, 42);
    }

    @Test
    void partsAreDisjointAndCoverEveryRow() {
        Split split = iris.split(0.7, 0.15, 1);
        List<Integer> rows = new ArrayList<>();
        for (Dataset part : List.of(split.train(), split.validation(), split.test())) {
            Arrays.stream(part.sourceRows()).forEach(rows::add);
        }
        assertThat(rows).containsExactlyInAnyOrderElementsOf(IntStream.range(0, 150).boxed().toList());
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        assertThat(iris.split(0.6, 0.2, 42).train().sourceRows())
                .containsExactly(iris.split(0.6, 0.2, 42).train().sourceRows());
        assertThat(iris.split(0.6, 0.2, 42).train().sourceRows())
                .isNotEqualTo(iris.split(0.6, 0.2, 43).train().sourceRows());
    }

    @Test
    void partsAreShuffledNotSortedByClass() {
        int[] classes = iris.split(0.6, 0.2, 42).train().classIndices();
        int[] sorted = classes.clone();
        Arrays.sort(sorted);
        assertThat(classes).isNotEqualTo(sorted);
    }

    @Test
    void rowsKeepTheirFeaturesAndLabels() {
        Dataset test = iris.split(0.6, 0.2, 5).test();
        int row = test.sourceRows()[0];
        assertThat(test.x().get(0, 2)).isEqualTo(RealData.iris().doubleColumn("petal length (cm)").get(row));
        assertThat(test.classNames().get(test.classIndices()[0]))
                .isEqualTo(RealData.iris().stringColumn("species").get(row));
    }

    @Test
    void regressionIsSplitAtRandom() {
        Dataset sine = Dataset.regression(SyntheticData.sine(100, 0.1, 1), "y");
        Split split = sine.split(0.5, 0.25, 9);
        assertThat(split.train().size()).isEqualTo(50);
        assertThat(split.validation().size()).isEqualTo(25);
        assertThat(split.test().size()).isEqualTo(25);
    }

    @Test
    void impossibleFractionsAreRefused() {
        assertThatThrownBy(() -> iris.split(0.8, 0.3, 1))
                .hasMessage("training 0.8 plus validation 0.3 must be at most 1 (the test set gets the rest)");
        assertThatThrownBy(() -> iris.split(0, 0.5, 1)).hasMessageContaining("got 0.0");
        assertThatThrownBy(() -> iris.split(0.5, -0.1, 1)).hasMessageContaining("validation -0.1");
    }

    private static int[] classCounts(Dataset data) {
        int[] counts = new int[data.targetCount()];
        for (int c : data.classIndices()) {
            counts[c]++;
        }
        return counts;
    }
}
