package io.github.backproplab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class ScalerTest {
    private final Split wine = Dataset.classification(RealData.wine(), "class").split(0.6, 0.2, 7);

    @Test
    void standardizedTrainingColumnsHaveMeanZeroAndDeviationOne() {
        Scaler scaler = Scaler.standardize(wine.train());
        DMatrixRMaj scaled = scaler.apply(wine.train()).x();
        for (int j = 0; j < scaled.numCols; j++) {
            assertThat(mean(scaled, j)).isCloseTo(0, within(1e-12));
            assertThat(deviation(scaled, j)).isCloseTo(1, within(1e-12));
        }
    }

    @Test
    void testDataUsesTheTrainingOffsetsNotItsOwn() {
        Scaler scaler = Scaler.standardize(wine.train());
        DMatrixRMaj raw = wine.test().x();
        DMatrixRMaj scaled = scaler.apply(wine.test()).x();
        int proline = wine.test().featureNames().indexOf("proline");
        double expected = (raw.get(3, proline) - scaler.offsets()[proline]) / scaler.scales()[proline];
        assertThat(scaled.get(3, proline)).isEqualTo(expected);
        // Fitted on other rows, the test columns are close to, but not exactly, mean 0.
        assertThat(mean(scaled, proline)).isNotCloseTo(0, within(1e-9));
    }

    @Test
    void minMaxMapsTheTrainingRangeToZeroOne() {
        Scaler scaler = Scaler.minMax(wine.train());
        DMatrixRMaj scaled = scaler.apply(wine.train().x());
        for (int j = 0; j < scaled.numCols; j++) {
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            for (int i = 0; i < scaled.numRows; i++) {
                min = Math.min(min, scaled.get(i, j));
                max = Math.max(max, scaled.get(i, j));
            }
            assertThat(min).isCloseTo(0, within(1e-12));
            assertThat(max).isCloseTo(1, within(1e-12));
        }
    }

    @Test
    void applyDoesNotModifyItsArgumentAndInvertUndoesIt() {
        DMatrixRMaj x = wine.train().x();
        DMatrixRMaj before = x.copy();
        Scaler scaler = Scaler.standardize(x);
        DMatrixRMaj back = scaler.invert(scaler.apply(x));
        assertThat(x.data).containsExactly(before.data);
        for (int i = 0; i < x.getNumElements(); i++) {
            assertThat(back.get(i)).isCloseTo(x.get(i), within(1e-9 * Math.abs(x.get(i)) + 1e-12));
        }
    }

    @Test
    void aConstantColumnStaysFinite() {
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{1, 5}, {2, 5}, {3, 5}});
        DMatrixRMaj scaled = Scaler.standardize(x).apply(x);
        assertThat(scaled.get(0, 1)).isEqualTo(0);
        assertThat(Scaler.minMax(x).apply(x).get(2, 1)).isEqualTo(0);
    }

    @Test
    void shapeAndValueProblemsAreNamed() {
        Scaler scaler = Scaler.standardize(wine.train());
        assertThatThrownBy(() -> scaler.apply(new DMatrixRMaj(5, 4)))
                .hasMessage("the scaler was fitted on 13 features but X is 5 x 4");
        DMatrixRMaj withNaN = new DMatrixRMaj(new double[][] {{1, 2}, {3, Double.NaN}});
        assertThatThrownBy(() -> Scaler.minMax(withNaN)).hasMessageContaining("X[1, 1] is NaN");
    }

    private static double mean(DMatrixRMaj x, int column) {
        double sum = 0;
        for (int i = 0; i < x.numRows; i++) {
            sum += x.get(i, column);
        }
        return sum / x.numRows;
    }

    private static double deviation(DMatrixRMaj x, int column) {
        double mean = mean(x, column);
        double sum = 0;
        for (int i = 0; i < x.numRows; i++) {
            sum += (x.get(i, column) - mean) * (x.get(i, column) - mean);
        }
        return Math.sqrt(sum / x.numRows);
    }
}
