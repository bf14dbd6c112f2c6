package io.github.backproplab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class ScalingCurveTest {
    private static final double[] SIZES = {16, 32, 64, 128, 256, 512};

    private static double[] power(double c, double k, double wobble) {
        double[] costs = new double[SIZES.length];
        for (int i = 0; i < costs.length; i++) {
            costs[i] = c * Math.pow(SIZES[i], k) * (1 + wobble * ((i % 2) * 2 - 1));
        }
        return costs;
    }

    @Test
    void theFittedSlopeIsThePowerOfAPowerLaw() {
        double[] line = ScalingCurve.fit(SIZES, power(2e-6, 3, 0));
        assertThat(line[0]).isCloseTo(3, offset(1e-9));
        assertThat(line[1]).isCloseTo(Math.log10(2e-6), offset(1e-9));
        ScalingCurve figure = ScalingCurve.of("multiply", SIZES, power(2e-6, 3, 0.05)).add("one pass", SIZES, power(1e-3, 1, 0.05));
        assertThat(figure.slope("multiply")).isCloseTo(3, offset(0.05));
        assertThat(figure.slope("one pass")).isCloseTo(1, offset(0.05));
    }

    @Test
    void logLogAxesWithLabelsAndTheSlopeInTheLegend() {
        ScalingCurve figure = ScalingCurve.of("multiply", SIZES, power(2e-6, 3, 0)).axes("matrix size n", "time in ms");
        XYChart chart = figure.charts().get(0);
        assertThat(chart.getStyler().isXAxisLogarithmic()).isTrue();
        assertThat(chart.getStyler().isYAxisLogarithmic()).isTrue();
        assertThat(chart.getSeriesMap()).containsKeys("multiply", "multiply fit: slope 3.00");
        assertThat(LogTicks.of(16, 512).labelled()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(chart.getStyler().getXAxisMin()).isLessThanOrEqualTo(16);
        assertThat(figure.title()).isEqualTo("Time in ms against matrix size n, log-log");
        Pictures.render(figure, 720, 420);
    }

    @Test
    void theSizeAxisLabelsOnlyPowersOfTenSoNoTwoLabelsOverlap() {
        double[] sizes = {8, 9, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        double[] costs = java.util.Arrays.stream(sizes).map(n -> n * n).toArray();
        ScalingCurve figure = ScalingCurve.of("square", sizes, costs);
        XYChart chart = figure.charts().get(0);
        assertThat(chart.getStyler().isXAxisLogarithmicDecadeOnly()).isTrue();
        java.awt.FontMetrics metrics = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB)
                .createGraphics().getFontMetrics(chart.getStyler().getAxisTickLabelsFont());
        for (double[] range : new double[][] {{8, 100}, {60, 100}, {16, 512}, {1, 2}, {3, 40000}}) {
            LogTicks ticks = LogTicks.decades(range[0], range[1]);
            java.util.List<Double> labels = ticks.labelled();
            assertThat(labels).as("labels for %s", java.util.Arrays.toString(range)).hasSizeGreaterThanOrEqualTo(3);
            double decades = Math.log10(ticks.max() / ticks.min());
            double plotWidth = figure.width() - 120; // the y axis, its title and the padding take less than this
            for (int i = 1; i < labels.size(); i++) {
                assertThat(labels.get(i) / labels.get(i - 1)).as("at most one label per decade").isGreaterThanOrEqualTo(10 - 1e-9);
                double apart = plotWidth * Math.log10(labels.get(i) / labels.get(i - 1)) / decades;
                double halfWidths = (metrics.stringWidth(label(labels.get(i))) + metrics.stringWidth(label(labels.get(i - 1)))) / 2.0;
                assertThat(apart).as("pixels between labels %s and %s", labels.get(i - 1), labels.get(i)).isGreaterThan(halfWidths + 8);
            }
        }
        Pictures.render(figure, 720, 420);
    }

    private static String label(double value) {
        return value >= 1 ? Long.toString(Math.round(value)) : Double.toString(value);
    }

    @Test
    void badMeasurementsAreRefusedByName() {
        assertThatThrownBy(() -> ScalingCurve.of("a", new double[] {1, 2}, new double[] {1})).hasMessageContaining("2 sizes but 1 costs");
        assertThatThrownBy(() -> ScalingCurve.of("a", new double[] {1, 2}, new double[] {1, 0})).hasMessageContaining("index 1");
        assertThatThrownBy(() -> ScalingCurve.of("a", new double[] {4, 4}, new double[] {1, 2})).hasMessageContaining("two different sizes");
    }
}
