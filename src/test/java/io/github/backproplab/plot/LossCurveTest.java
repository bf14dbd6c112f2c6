package io.github.backproplab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.backproplab.train.History;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class LossCurveTest {
    private static History slow;
    private static History fast;

    @BeforeAll
    static void train() {
        slow = Runs.circle("step size 0.1", 0.1, 12);
        fast = Runs.circle("step size 1.0", 1.0, 12);
    }

    @Test
    void perEpochHasTrainingAndValidationLinesOfOnePointPerEpoch() {
        XYChart chart = LossCurve.of(slow).charts().get(0);
        assertThat(chart.getSeriesMap()).containsOnlyKeys("training", "validation");
        assertThat(chart.getSeriesMap().get("training").getXData()).hasSize(12);
        assertThat(chart.getSeriesMap().get("training").getYData()[11]).isEqualTo(slow.finalLoss());
        assertThat(chart.getSeriesMap().get("validation").getYData()).hasSize(12);
    }

    @Test
    void severalRunsAreLabelledByName() {
        XYChart chart = LossCurve.of(slow, fast).charts().get(0);
        assertThat(chart.getSeriesMap()).containsOnlyKeys("step size 0.1 training", "step size 0.1 validation",
                "step size 1.0 training", "step size 1.0 validation");
        assertThat(chart.getSeriesMap().get("step size 0.1 training").getLineColor())
                .isNotEqualTo(chart.getSeriesMap().get("step size 1.0 training").getLineColor());
    }

    @Test
    void runsWithoutValidationAreLabelledByNameAlone() {
        XYChart chart = LossCurve.of(slow, fast).validation(false).charts().get(0);
        assertThat(chart.getSeriesMap()).containsOnlyKeys("step size 0.1", "step size 1.0");
    }

    @Test
    void perStepHasOnePointPerStepAndValidationAtEpochEnds() {
        XYChart chart = LossCurve.of(slow).perStep().charts().get(0);
        int steps = slow.steps().rowCount();
        assertThat(steps).isEqualTo(12 * 8); // 150 training examples in batches of 20
        assertThat(chart.getSeriesMap().get("training").getXData()).hasSize(steps);
        double[] ends = chart.getSeriesMap().get("validation").getXData();
        assertThat(ends).hasSize(12);
        assertThat(ends[0]).isEqualTo(8);
        assertThat(ends[11]).isEqualTo(steps);
    }

    @Test
    void longRunsGetAMovingAverageOverTheFadedRawLoss() {
        XYChart chart = LossCurve.of(slow).perStep().smooth(10).charts().get(0);
        assertThat(chart.getSeriesMap()).containsOnlyKeys("training (each step)", "training (mean of 10 steps)", "validation", Style.TICK_HELPER);
        assertThat(chart.getSeriesMap().get("training (each step)").getLineColor().getAlpha()).isLessThan(255);
    }

    @Test
    void movingAverageAveragesTheTrailingWindow() {
        assertThat(Series.movingAverage(new double[] {1, 3, 5, 7}, 2)).containsExactly(1, 2, 4, 6);
    }

    @Test
    void logScaleDropsValuesItCannotShow() {
        assertThat(Series.forLogAxis(new double[] {1, 0, -2, 0.5})).containsExactly(1, Double.NaN, Double.NaN, 0.5);
        XYChart chart = LossCurve.of(slow).logScale().charts().get(0);
        assertThat(chart.getStyler().isYAxisLogarithmic()).isTrue();
        assertThat(chart.getYAxisTitle()).contains("log");
    }

    @Test
    void rendersEveryVariant() {
        Pictures.render(LossCurve.of(slow, fast), 720, 420);
        Pictures.render(LossCurve.of(slow, fast).perStep().logScale().title("Loss per step, two step sizes"), 720, 420);
    }

    @Test
    void accuracyHasTrainingAndValidationAsFractions() {
        XYChart chart = AccuracyCurve.of(slow, fast).charts().get(0);
        assertThat(chart.getSeriesMap()).hasSize(4);
        double[] accuracy = chart.getSeriesMap().get("step size 1.0 training").getYData();
        assertThat(accuracy).hasSize(12);
        assertThat(Arrays.stream(accuracy).allMatch(a -> a >= 0 && a <= 1)).isTrue();
        Pictures.render(AccuracyCurve.of(slow, fast), 720, 420);
    }

    @Test
    void needsAtLeastOneRun() {
        assertThatThrownBy(LossCurve::of).isInstanceOf(IllegalArgumentException.class);
    }
}
