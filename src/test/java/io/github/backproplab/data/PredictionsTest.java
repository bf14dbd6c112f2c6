package io.github.backproplab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class PredictionsTest {
    private final Dataset iris = Dataset.classification(RealData.iris(), "species");

    @Test
    void classificationAddsPredictedClassProbabilitiesAndCorrect() {
        Dataset some = iris.subset(0, 60, 140);   // setosa, versicolor, virginica
        DMatrixRMaj outputs = new DMatrixRMaj(new double[][] {
            {0.8, 0.1, 0.1}, {0.2, 0.3, 0.5}, {0.1, 0.1, 0.8}});
        Table table = Predictions.table(outputs, some);
        assertThat(table.columnNames()).containsExactly("sepal length (cm)", "sepal width (cm)",
                "petal length (cm)", "petal width (cm)", "species", "predicted species",
                "P(setosa)", "P(versicolor)", "P(virginica)", "correct");
        assertThat(table.stringColumn("predicted species").asList())
                .containsExactly("setosa", "virginica", "virginica");
        assertThat(table.doubleColumn("P(versicolor)").get(1)).isEqualTo(0.3);
        assertThat(table.booleanColumn("correct").asList()).containsExactly(true, false, true);
        assertThat(table.doubleColumn("sepal length (cm)").get(2)).isEqualTo(6.7);
    }

    @Test
    void newDataNeedsNoLabelColumn() {
        Table newFlowers = RealData.iris().inRange(0, 2).removeColumns("species");
        DMatrixRMaj outputs = new DMatrixRMaj(new double[][] {{0.9, 0.05, 0.05}, {0.1, 0.6, 0.3}});
        Table table = Predictions.append(newFlowers, outputs, iris.encoding());
        assertThat(table.stringColumn("predicted species").asList()).containsExactly("setosa", "versicolor");
        assertThat(table.columnNames()).doesNotContain("correct");
        assertThat(newFlowers.columnCount()).isEqualTo(4);
    }

    @Test
    void regressionAddsOnePredictedColumnPerTarget() {
        Dataset sine = Dataset.regression(SyntheticData.sine(3, 0, 1), "y");
        Table table = Predictions.table(new DMatrixRMaj(new double[][] {{0.5}, {0.25}, {0}}), sine);
        assertThat(table.columnNames()).containsExactly("x", "y", "predicted y");
        assertThat(table.doubleColumn("predicted y").get(1)).isEqualTo(0.25);
    }

    @Test
    void outputsOfTheWrongShapeAreNamed() {
        assertThatThrownBy(() -> Predictions.table(new DMatrixRMaj(150, 2), iris))
                .hasMessageContaining("outputs are 150 x 2")
                .hasMessageContaining("3 outputs per row [setosa, versicolor, virginica]");
    }
}
