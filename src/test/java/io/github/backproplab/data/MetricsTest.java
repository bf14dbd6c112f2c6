package io.github.backproplab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class MetricsTest {
    private final DMatrixRMaj targets = new DMatrixRMaj(new double[][] {
        {1, 0, 0}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0, 0, 1}});
    private final DMatrixRMaj outputs = new DMatrixRMaj(new double[][] {
        {0.7, 0.2, 0.1}, {0.3, 0.6, 0.1}, {0.1, 0.8, 0.1}, {0.2, 0.3, 0.5}, {0.5, 0.1, 0.4}});

    @Test
    void accuracyCountsTheLargestOutput() {
        assertThat(Metrics.predictedClasses(outputs)).containsExactly(0, 1, 1, 2, 0);
        assertThat(Metrics.accuracy(outputs, targets)).isEqualTo(3 / 5.0);
    }

    @Test
    void aSingleSigmoidOutputIsThresholdedAtOneHalf() {
        DMatrixRMaj probabilities = new DMatrixRMaj(new double[][] {{0.9}, {0.4}, {0.5}, {0.1}});
        DMatrixRMaj labels = new DMatrixRMaj(new double[][] {{1}, {1}, {1}, {0}});
        assertThat(Metrics.accuracy(probabilities, labels)).isEqualTo(0.75);
        assertThat(Metrics.confusionMatrix(probabilities, labels)).isDeepEqualTo(new int[][] {{1, 0}, {1, 2}});
    }

    @Test
    void confusionMatrixCountsActualAgainstPredicted() {
        assertThat(Metrics.confusionMatrix(outputs, targets))
                .isDeepEqualTo(new int[][] {{1, 1, 0}, {0, 1, 0}, {1, 0, 1}});
        Table table = Metrics.confusionTable(outputs, targets, List.of("setosa", "versicolor", "virginica"));
        assertThat(table.columnNames())
                .containsExactly("actual", "predicted setosa", "predicted versicolor", "predicted virginica");
        assertThat(table.stringColumn("actual").get(2)).isEqualTo("virginica");
        assertThat(table.intColumn("predicted setosa").get(2)).isEqualTo(1);
        assertThat(table.intColumn("predicted versicolor").get(0)).isEqualTo(1);
    }

    @Test
    void meanSquaredErrorAveragesOverAllEntries() {
        DMatrixRMaj a = new DMatrixRMaj(new double[][] {{1, 2}, {3, 4}});
        DMatrixRMaj b = new DMatrixRMaj(new double[][] {{1, 0}, {3, 5}});
        assertThat(Metrics.meanSquaredError(a, b)).isEqualTo((4 + 1) / 4.0);
    }

    @Test
    void shapesMustMatch() {
        assertThatThrownBy(() -> Metrics.accuracy(outputs, new DMatrixRMaj(5, 2)))
                .hasMessage("outputs are 5 x 3 but targets are 5 x 2: they need the same shape");
    }
}
