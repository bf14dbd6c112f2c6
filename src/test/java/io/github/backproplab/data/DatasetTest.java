package io.github.backproplab.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class DatasetTest {

    @Test
    void irisBecomesFourFeaturesAndThreeOneHotClasses() {
        Dataset iris = Dataset.classification(RealData.iris(), "species");
        assertThat(iris.size()).isEqualTo(150);
        assertThat(iris.featureNames()).containsExactly("sepal length (cm)", "sepal width (cm)",
                "petal length (cm)", "petal width (cm)");
        assertThat(iris.classNames()).containsExactly("setosa", "versicolor", "virginica");
        DMatrixRMaj x = iris.x();
        DMatrixRMaj y = iris.y();
        assertThat(x.numRows).isEqualTo(150);
        assertThat(x.numCols).isEqualTo(4);
        assertThat(y.numCols).isEqualTo(3);
        assertThat(x.get(0, 0)).isEqualTo(5.1);
        assertThat(new double[] {y.get(0, 0), y.get(0, 1), y.get(0, 2)}).containsExactly(1, 0, 0);
        assertThat(new double[] {y.get(149, 0), y.get(149, 1), y.get(149, 2)}).containsExactly(0, 0, 1);
    }

    @Test
    void chosenFeatureColumnsKeepTheirOrder() {
        Dataset petals = Dataset.classification(RealData.iris(), "species", "petal width (cm)", "petal length (cm)");
        assertThat(petals.featureNames()).containsExactly("petal width (cm)", "petal length (cm)");
        assertThat(petals.x().get(0, 0)).isEqualTo(0.2);
        assertThat(petals.x().get(0, 1)).isEqualTo(1.4);
    }

    @Test
    void numericLabelsGiveClassNamesInNumericOrder() {
        Dataset digits = Dataset.classification(RealData.digits(), "digit");
        assertThat(digits.featureCount()).isEqualTo(64);
        assertThat(digits.classNames()).containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        assertThat(digits.classIndices()[1]).isEqualTo(1);
    }

    @Test
    void regressionTargetIsAColumnOfY() {
        Table wine = RealData.wine().removeColumns("class");
        Dataset data = Dataset.regression(wine, "alcohol");
        assertThat(data.isClassification()).isFalse();
        assertThat(data.featureCount()).isEqualTo(12);
        assertThat(data.y().numCols).isEqualTo(1);
        assertThat(data.y().get(0, 0)).isEqualTo(14.23);
        assertThat(data.classNames()).isEmpty();
    }

    @Test
    void theEncodingOfTrainingDataEncodesNewTablesTheSameWay() {
        Table iris = RealData.iris();
        Dataset all = Dataset.classification(iris, "species");
        Table lastRows = iris.inRange(100, 150);   // only virginica
        Dataset encoded = all.encoding().encode(lastRows);
        assertThat(encoded.classNames()).containsExactly("setosa", "versicolor", "virginica");
        assertThat(encoded.y().get(0, 2)).isEqualTo(1);
    }

    @Test
    void accessorsReturnCopies() {
        Dataset iris = Dataset.classification(RealData.iris(), "species");
        iris.x().set(0, 0, -1);
        iris.y().set(0, 0, -1);
        assertThat(iris.x().get(0, 0)).isEqualTo(5.1);
        assertThat(iris.y().get(0, 0)).isEqualTo(1);
    }

    @Test
    void subsetRemembersTheSourceRows() {
        Dataset iris = Dataset.classification(RealData.iris(), "species");
        Dataset two = iris.subset(120, 3);
        assertThat(two.sourceRows()).containsExactly(120, 3);
        assertThat(two.x().get(1, 0)).isEqualTo(4.6);
        assertThat(two.sourceTable().stringColumn("species").asList()).containsExactly("virginica", "setosa");
    }

    @Test
    void toTableShowsWhatTheNetworkSees() {
        Dataset iris = Dataset.classification(RealData.iris(), "species");
        Dataset scaled = Scaler.minMax(iris).apply(iris);
        Table table = scaled.toTable();
        assertThat(table.columnNames()).containsExactly("sepal length (cm)", "sepal width (cm)",
                "petal length (cm)", "petal width (cm)", "species");
        assertThat(table.doubleColumn("sepal length (cm)").min()).isEqualTo(0);
        assertThat(table.doubleColumn("sepal length (cm)").max()).isEqualTo(1);
        assertThat(table.stringColumn("species").get(0)).isEqualTo("setosa");
    }
}
