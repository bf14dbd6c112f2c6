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

    /**
     * A trained run, lengthened by {@code epochs} more epochs of {@code stepsPerEpoch} steps each with
     * the given losses, appended straight to its tables (training that long would take minutes).
     */
    private static History lengthened(int epochs, int stepsPerEpoch, java.util.function.LongToDoubleFunction stepLoss,
            java.util.function.IntToDoubleFunction validationLoss) {
        History run = Runs.circle("long", 0.1, 1);
        long step = run.steps().rowCount();
        for (int e = 2; e <= epochs + 1; e++) {
            for (int s = 0; s < stepsPerEpoch; s++) {
                step++;
                for (tech.tablesaw.columns.Column<?> column : run.steps().columns()) {
                    if (column instanceof tech.tablesaw.api.IntColumn ints) {
                        ints.append(column.name().equals(History.EPOCH) ? e : (int) step);
                    } else {
                        ((tech.tablesaw.api.DoubleColumn) column).append(column.name().equals(History.LOSS) ? stepLoss.applyAsDouble(step) : 0.1);
                    }
                }
            }
            for (tech.tablesaw.columns.Column<?> column : run.epochs().columns()) {
                if (column instanceof tech.tablesaw.api.IntColumn ints) {
                    ints.append(e);
                } else {
                    String name = column.name();
                    ((tech.tablesaw.api.DoubleColumn) column).append(name.equals(History.VALIDATION_LOSS) ? validationLoss.applyAsDouble(e)
                            : name.equals(History.LOSS) ? 1.0 / e : 0.5);
                }
            }
        }
        return run;
    }

    @Test
    void aDashedValidationLineOverManyEpochsKeepsItsDashes() {
        // overfitting: the validation loss falls to its lowest at epoch 137, then rises again
        History run = lengthened(400, 1, s -> 1.0 / s, e -> 0.3 + Math.pow((e - 137) / 200.0, 2));
        XYChart chart = LossCurve.of(run).charts().get(0);
        org.knowm.xchart.XYSeries validation = chart.getSeriesMap().get("validation");
        assertThat(validation.getLineStyle()).isSameAs(LossCurve.DASHED);
        double[] x = validation.getXData();
        double[] y = validation.getYData();
        assertThat(x.length).isLessThanOrEqualTo(LossCurve.dashedPoints(chart)).isGreaterThan(10);
        assertThat(x[0]).isEqualTo(1);
        assertThat(x[x.length - 1]).isEqualTo(401);
        assertThat(Arrays.stream(y).min().orElseThrow()).as("the lowest validation loss is drawn").isEqualTo(0.3);
        org.knowm.xchart.BitmapEncoder.getBufferedImage(chart); // lays the chart out
        float period = LossCurve.DASHED.getDashArray()[0] + LossCurve.DASHED.getDashArray()[1];
        int shortSegments = 0;
        for (int i = 1; i < x.length; i++) {
            double pixels = Math.hypot(chart.getScreenXFromChart(x[i]) - chart.getScreenXFromChart(x[i - 1]),
                    chart.getScreenYFromChart(y[i]) - chart.getScreenYFromChart(y[i - 1]));
            shortSegments += pixels < period ? 1 : 0;
        }
        // only the segments beside the kept lowest point may be shorter than one dash and gap
        assertThat(shortSegments).as("segments shorter than a dash and its gap").isLessThanOrEqualTo(2);
        // the per-epoch training line stays whole: 401 points are few enough
        assertThat(chart.getSeriesMap().get("training").getXData()).hasSize(401);
        Pictures.render(LossCurve.of(run), 720, 420);
    }

    @Test
    void aLongPerStepHistoryIsDrawnThroughAFewThousandPointsAndKeepsItsExtremes() {
        // 200,000 steps of slowly falling, wobbling loss with one spike and one dip
        History run = lengthened(100, 2000, s -> s == 123_457 ? 50 : s == 77_777 ? 1e-4 : 1.0 / (1 + s / 1000.0) + 0.01 * (1 + Math.sin(s)),
                e -> 0.2 + 1.0 / e);
        assertThat(run.steps().rowCount()).isGreaterThanOrEqualTo(200_000);
        XYChart chart = LossCurve.of(run).perStep().charts().get(0);
        int most = 2 * LossCurve.DRAWN_BUCKETS + 2;
        for (org.knowm.xchart.XYSeries series : chart.getSeriesMap().values()) {
            assertThat(series.getXData().length).as(series.getName()).isLessThanOrEqualTo(most);
        }
        org.knowm.xchart.XYSeries raw = chart.getSeriesMap().values().stream()
                .filter(series -> series.getName().contains("each step")).findFirst().orElseThrow();
        double[] steps = raw.getXData();
        double[] loss = raw.getYData();
        assertThat(steps[0]).isEqualTo(1);
        assertThat(steps[steps.length - 1]).isEqualTo(run.steps().rowCount());
        assertThat(Arrays.stream(loss).max().orElseThrow()).as("the spike").isEqualTo(50);
        assertThat(Arrays.stream(loss).min().orElseThrow()).as("the dip").isEqualTo(1e-4);
        assertThat(steps).contains(123_457, 77_777);
        // the drawn points are in step order, and each is the loss recorded at its step
        double[] all = Series.column(run.steps(), History.LOSS);
        for (int i = 0; i < steps.length; i++) {
            assertThat(i == 0 || steps[i] > steps[i - 1]).isTrue();
            assertThat(loss[i]).isEqualTo(all[(int) steps[i] - 1]);
        }
        assertThat(chart.getSeriesMap().get("validation").getXData().length).isLessThanOrEqualTo(LossCurve.dashedPoints(chart)).isGreaterThan(10);
        Pictures.render(LossCurve.of(run).perStep().logScale(), 720, 420);
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
