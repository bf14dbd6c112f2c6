package io.github.backproplab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class SyntheticDataTest {

    @Test
    void xorWithoutNoiseIsTheTruthTable() {
        Table xor = SyntheticData.xor(4, 0, 1);
        assertThat(xor.columnNames()).containsExactly("x1", "x2", "class");
        assertThat(xor.doubleColumn("x1").asDoubleArray()).containsExactly(0, 1, 0, 1);
        assertThat(xor.doubleColumn("x2").asDoubleArray()).containsExactly(0, 0, 1, 1);
        assertThat(xor.intColumn("class").asList()).containsExactly(0, 1, 1, 0);
    }

    @Test
    void theSameSeedGivesTheSamePoints() {
        assertThat(SyntheticData.twoMoons(50, 0.1, 7).doubleColumn("x1").asDoubleArray())
                .containsExactly(SyntheticData.twoMoons(50, 0.1, 7).doubleColumn("x1").asDoubleArray());
        assertThat(SyntheticData.twoMoons(50, 0.1, 7).doubleColumn("x1").asDoubleArray())
                .isNotEqualTo(SyntheticData.twoMoons(50, 0.1, 8).doubleColumn("x1").asDoubleArray());
    }

    @Test
    void moonsLieOnTheirHalfCircles() {
        Table moons = SyntheticData.twoMoons(200, 0, 2);
        for (int i = 0; i < moons.rowCount(); i++) {
            double x = moons.doubleColumn("x1").get(i);
            double y = moons.doubleColumn("x2").get(i);
            if (moons.intColumn("class").get(i) == 0) {
                assertThat(Math.hypot(x, y)).isCloseTo(1, within(1e-12));
                assertThat(y).isGreaterThanOrEqualTo(0);
            } else {
                assertThat(Math.hypot(x - 1, y - 0.5)).isCloseTo(1, within(1e-12));
                assertThat(y).isLessThanOrEqualTo(0.5);
            }
        }
    }

    @Test
    void circlesHaveTheirRadii() {
        Table circles = SyntheticData.circles(100, 0, 0.4, 3);
        for (int i = 0; i < circles.rowCount(); i++) {
            double radius = Math.hypot(circles.doubleColumn("x1").get(i), circles.doubleColumn("x2").get(i));
            assertThat(radius).isCloseTo(circles.intColumn("class").get(i) == 0 ? 1 : 0.4, within(1e-12));
        }
        assertThatThrownBy(() -> SyntheticData.circles(10, 0, 1.5, 3)).hasMessageContaining("1.5");
    }

    @Test
    void spiralsHaveBalancedClassesInsideTheUnitCircle() {
        Table spirals = SyntheticData.spirals(300, 3, 0, 4);
        assertThat(spirals.rowCount()).isEqualTo(300);
        for (int c = 0; c < 3; c++) {
            assertThat(spirals.intColumn("class").isEqualTo(c).size()).isEqualTo(100);
        }
        for (int i = 0; i < spirals.rowCount(); i++) {
            assertThat(Math.hypot(spirals.doubleColumn("x1").get(i), spirals.doubleColumn("x2").get(i)))
                    .isLessThanOrEqualTo(1);
        }
    }

    @Test
    void blobsGatherAroundTheirCentres() {
        Table blobs = SyntheticData.blobs(4000, 4, 0.5, 5);
        // Class 1 of 4 is centred at angle 90 degrees on the radius-3 circle: (0, 3).
        Table one = blobs.where(blobs.intColumn("class").isEqualTo(1));
        assertThat(one.doubleColumn("x1").mean()).isCloseTo(0, within(0.05));
        assertThat(one.doubleColumn("x2").mean()).isCloseTo(3, within(0.05));
        assertThat(one.doubleColumn("x2").standardDeviation()).isCloseTo(0.5, within(0.05));
    }

    @Test
    void regressionSetsFollowTheirCurve() {
        Table sine = SyntheticData.sine(50, 0, 6);
        for (int i = 0; i < 50; i++) {
            assertThat(sine.doubleColumn("y").get(i)).isEqualTo(Math.sin(sine.doubleColumn("x").get(i)));
        }
        Table parabola = SyntheticData.polynomial(50, 0, 6, 1, 0, -2);   // 1 - 2x^2
        for (int i = 0; i < 50; i++) {
            double x = parabola.doubleColumn("x").get(i);
            assertThat(parabola.doubleColumn("y").get(i)).isCloseTo(1 - 2 * x * x, within(1e-12));
        }
        Table noisy = SyntheticData.sine(2000, 0.2, 6);
        double sumOfSquares = 0;
        for (int i = 0; i < 2000; i++) {
            double residual = noisy.doubleColumn("y").get(i) - Math.sin(noisy.doubleColumn("x").get(i));
            sumOfSquares += residual * residual;
        }
        assertThat(Math.sqrt(sumOfSquares / 2000)).isCloseTo(0.2, within(0.02));
    }

    @Test
    void syntheticTablesBecomeDatasets() {
        Dataset moons = Dataset.classification(SyntheticData.twoMoons(100, 0.1, 1), "class");
        assertThat(moons.featureNames()).containsExactly("x1", "x2");
        assertThat(moons.classNames()).containsExactly("0", "1");
        assertThat(Dataset.regression(SyntheticData.sine(10, 0.1, 1), "y").featureNames()).containsExactly("x");
    }
}
