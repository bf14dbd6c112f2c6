package io.github.backproplab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class RealDataTest {

    @Test
    void irisHasRealHeadersAndFiftyOfEachSpecies() {
        Table iris = RealData.iris();
        assertThat(iris.rowCount()).isEqualTo(150);
        assertThat(iris.columnNames()).containsExactly("sepal length (cm)", "sepal width (cm)",
                "petal length (cm)", "petal width (cm)", "species");
        assertThat(iris.doubleColumn("sepal length (cm)").get(0)).isEqualTo(5.1);
        assertThat(iris.doubleColumn("petal width (cm)").get(149)).isEqualTo(1.8);
        assertThat(iris.stringColumn("species").countOccurrences("setosa")).isEqualTo(50);
        assertThat(iris.stringColumn("species").countOccurrences("versicolor")).isEqualTo(50);
        assertThat(iris.stringColumn("species").countOccurrences("virginica")).isEqualTo(50);
    }

    @Test
    void wineHasThirteenMeasurementsAndThreeCultivars() {
        Table wine = RealData.wine();
        assertThat(wine.rowCount()).isEqualTo(178);
        assertThat(wine.columnCount()).isEqualTo(14);
        assertThat(wine.columnNames()).startsWith("alcohol", "malic acid").endsWith("proline", "class");
        assertThat(wine.column("magnesium").type()).isEqualTo(ColumnType.DOUBLE);
        assertThat(wine.doubleColumn("proline").get(0)).isEqualTo(1065);
        assertThat(wine.stringColumn("class").countOccurrences("class_0")).isEqualTo(59);
        assertThat(wine.stringColumn("class").countOccurrences("class_1")).isEqualTo(71);
        assertThat(wine.stringColumn("class").countOccurrences("class_2")).isEqualTo(48);
    }

    @Test
    void breastCancerHasThirtyMeasurementsAndTwoDiagnoses() {
        Table cancer = RealData.breastCancer();
        assertThat(cancer.rowCount()).isEqualTo(569);
        assertThat(cancer.columnCount()).isEqualTo(31);
        assertThat(cancer.columnNames()).contains("mean radius", "radius error", "worst fractal dimension");
        assertThat(cancer.columnNames().get(30)).isEqualTo("diagnosis");
        assertThat(cancer.doubleColumn("mean radius").get(0)).isEqualTo(17.99);
        assertThat(cancer.stringColumn("diagnosis").countOccurrences("malignant")).isEqualTo(212);
        assertThat(cancer.stringColumn("diagnosis").countOccurrences("benign")).isEqualTo(357);
    }

    @Test
    void digitsHaveSixtyFourPixelColumnsAndALabel() {
        Table digits = RealData.digits();
        assertThat(digits.rowCount()).isEqualTo(1797);
        assertThat(digits.columnCount()).isEqualTo(65);
        assertThat(digits.columnNames().get(0)).isEqualTo("pixel_0_0");
        assertThat(digits.columnNames().get(63)).isEqualTo("pixel_7_7");
        assertThat(digits.intColumn("digit").get(0)).isZero();
        assertThat(digits.intColumn("digit").get(1)).isEqualTo(1);
        assertThat(digits.intColumn("pixel_0_2").get(0)).isEqualTo(5);
        assertThat(digits.intColumn("digit").countUnique()).isEqualTo(10);
        assertThat(digits.intColumn("pixel_3_3").max()).isEqualTo(16);
    }

    @Test
    void eachCallGivesAFreshTable() {
        Table first = RealData.iris();
        first.doubleColumn("sepal length (cm)").set(0, 99.0);
        assertThat(RealData.iris().doubleColumn("sepal length (cm)").get(0)).isEqualTo(5.1);
    }

    @Test
    void descriptionsKeepTheAttribution() {
        assertThat(RealData.description("iris")).contains("R.A. Fisher");
        assertThat(RealData.description("wine")).contains("Forina");
        assertThat(RealData.description("breast cancer")).contains("Wolberg");
        assertThat(RealData.description("digits")).contains("Alpaydin");
        assertThatThrownBy(() -> RealData.description("mnist"))
                .hasMessageContaining("\"mnist\"").hasMessageContaining("\"digits\"");
    }
}
