package io.github.backproplab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** Every kind of bad data gets a message that names the column and, where there is one, the row. */
class TableErrorsTest {

    /** The bundled iris CSV with one line changed, read by Tablesaw as a user's file would be. */
    private static Table irisWithLine(int line, String replacement) throws IOException {
        String csv;
        try (InputStream in = RealData.class.getResourceAsStream("iris.csv")) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String[] lines = csv.split("\n");
        lines[line] = replacement;
        return Table.read().usingOptions(CsvReadOptions.builderFromString(String.join("\n", lines)).tableName("iris"));
    }

    @Test
    void missingColumnIsNamedWithTheClosestMatch() {
        assertThatThrownBy(() -> Dataset.classification(RealData.iris(), "species", "petal widht (cm)"))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("column \"petal widht (cm)\" is not in table \"iris\"")
                .hasMessageContaining("Did you mean \"petal width (cm)\"?");
        assertThatThrownBy(() -> Dataset.classification(RealData.iris(), "Species "))
                .hasMessageContaining("\"Species \"").hasMessageContaining("Did you mean \"species\"?");
    }

    @Test
    void nonNumericValueIsNamedWithColumnRowAndValue() throws IOException {
        // CSV line 19 is table row 17 (line 1 is the header).
        Table iris = irisWithLine(18, "5.7,3.8,1.7,abc,setosa");
        assertThatThrownBy(() -> Dataset.classification(iris, "species"))
                .isInstanceOf(DataException.class)
                .hasMessage("column \"petal width (cm)\", row 17 (rows count from 0): \"abc\" is not a number");
    }

    @Test
    void emptyCellInTheCsvIsNamed() throws IOException {
        Table iris = irisWithLine(43, "5.0,,1.6,0.6,setosa");
        assertThatThrownBy(() -> Dataset.classification(iris, "species"))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("column \"sepal width (cm)\", row 42")
                .hasMessageContaining("missing");
    }

    @Test
    void nanValueIsNamed() {
        Table iris = RealData.iris();
        iris.doubleColumn("petal length (cm)").set(99, Double.NaN);
        assertThatThrownBy(() -> Dataset.classification(iris, "species"))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("column \"petal length (cm)\", row 99")
                .hasMessageContaining("missing");
    }

    @Test
    void missingClassLabelIsNamed() throws IOException {
        Table iris = irisWithLine(61, "5.9,3.0,4.2,1.5,");
        assertThatThrownBy(() -> Dataset.classification(iris, "species"))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("column \"species\", row 60")
                .hasMessageContaining("class label is missing");
    }

    @Test
    void nanClassLabelIsNamed() {
        Table points = SyntheticData.xor(8, 0, 1);
        DoubleColumn labels = points.intColumn("class").asDoubleColumn().setName("class");
        labels.set(5, Double.NaN);
        points.replaceColumn("class", labels);
        assertThatThrownBy(() -> Dataset.classification(points, "class"))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("column \"class\", row 5")
                .hasMessageContaining("class label is missing");
    }

    @Test
    void unseenClassAtPredictionTimeIsNamed() throws IOException {
        TableEncoding encoding = TableEncoding.classification(RealData.iris(), "species");
        Table newFlowers = irisWithLine(5, "5.4,3.9,1.7,0.4,iris pumila");
        assertThatThrownBy(() -> encoding.encode(newFlowers))
                .isInstanceOf(DataException.class)
                .hasMessage("column \"species\", row 4 (rows count from 0): the class \"iris pumila\""
                        + " was not among the training classes [setosa, versicolor, virginica]");
    }

    @Test
    void emptyTableIsNamedWithItsColumns() {
        Table empty = RealData.iris().emptyCopy();
        assertThatThrownBy(() -> Dataset.classification(empty, "species"))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("table \"iris\" is empty")
                .hasMessageContaining("petal width (cm)")
                .hasMessageContaining("row 0");
        TableEncoding encoding = TableEncoding.classification(RealData.iris(), "species");
        assertThatThrownBy(() -> encoding.features(empty))
                .isInstanceOf(DataException.class).hasMessageContaining("table \"iris\" is empty");
    }

    @Test
    void textColumnUsedAsAFeatureNamesTheFirstBadRow() {
        assertThatThrownBy(() -> Dataset.regression(RealData.iris(), "sepal length (cm)"))
                .isInstanceOf(DataException.class)
                .hasMessage("column \"species\", row 0 (rows count from 0): \"setosa\" is not a number");
    }

    @Test
    void infiniteValueIsNamed() {
        Table iris = RealData.iris();
        iris.doubleColumn("sepal width (cm)").set(7, Double.POSITIVE_INFINITY);
        assertThatThrownBy(() -> Dataset.classification(iris, "species"))
                .hasMessage("column \"sepal width (cm)\", row 7 (rows count from 0): the value Infinity is not finite");
    }

    @Test
    void aDateColumnIsNotANumber() {
        Table iris = RealData.iris();
        iris.addColumns(DateColumn.create("picked", Collections.nCopies(150, LocalDate.of(1935, 6, 1))));
        assertThatThrownBy(() -> Dataset.classification(iris, "species"))
                .hasMessage("column \"picked\", row 0 (rows count from 0): the column holds LOCAL_DATE values"
                        + " (\"1935-06-01\"), not numbers");
    }

    @Test
    void yesNoColumnsBecomeOneAndZero() {
        Table iris = RealData.iris();
        BooleanColumn longPetals = BooleanColumn.create("long petals", 150);
        for (int row = 0; row < 150; row++) {
            longPetals.set(row, iris.doubleColumn("petal length (cm)").get(row) > 5);
        }
        iris.addColumns(longPetals);
        Dataset data = Dataset.classification(iris, "species", "long petals");
        assertThat(data.x().get(0, 0)).isEqualTo(0);
        assertThat(data.x().get(149, 0)).isEqualTo(1);
    }

    @Test
    void aSingleClassCannotBeLearned() {
        Table setosa = RealData.iris().inRange(0, 50);
        assertThatThrownBy(() -> Dataset.classification(setosa, "species"))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("column \"species\" has only one class, [setosa], in all 50 rows");
    }

    @Test
    void theTargetCannotAlsoBeAFeature() {
        assertThatThrownBy(() -> Dataset.regression(RealData.iris(), "sepal length (cm)", "sepal length (cm)"))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("\"sepal length (cm)\" is both a feature and the target");
    }
}
