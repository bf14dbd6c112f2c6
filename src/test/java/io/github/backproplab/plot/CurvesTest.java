package io.github.backproplab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class CurvesTest {

    @Test
    void eachLineIsASeriesWithItsOwnColour() {
        XYChart chart = Curves.of("step", "loss").line("step size 0.1", new double[] {3, 2, 1})
                .line("step size 0.4", new double[] {3, 1, 0.5}).charts().get(0);
        assertThat(chart.getSeriesMap()).containsKeys("step size 0.1", "step size 0.4");
        assertThat(chart.getSeriesMap().get("step size 0.1").getXData()).containsExactly(0.0, 1.0, 2.0);
        assertThat(chart.getSeriesMap().get("step size 0.1").getLineColor())
                .isNotEqualTo(chart.getSeriesMap().get("step size 0.4").getLineColor());
    }

    @Test
    void aLogAxisLeavesOutWhatItCannotShow() {
        XYChart chart = Curves.of("n", "cost").logX().logY()
                .points("measured", new double[] {1, 10, 100}, new double[] {2, Double.POSITIVE_INFINITY, 0}).charts().get(0);
        double[] y = chart.getSeriesMap().get("measured").getYData();
        assertThat(y[0]).isEqualTo(2.0);
        assertThat(y[1]).isNaN();
        assertThat(y[2]).isNaN();
        Pictures.assertNotBlank(Pictures.render(Curves.of("n", "cost").logX().logY()
                .points("measured", new double[] {1, 10, 100}, new double[] {2, 20, 200}), 720, 420));
    }

    @Test
    void dotsHaveMarkersAndNoLine() {
        XYChart chart = Curves.of("setting", "accuracy").dots("seeds", new double[] {1, 1, 2}, new double[] {0.8, 0.9, 0.7})
                .charts().get(0);
        assertThat(chart.getSeriesMap().get("seeds").getXYSeriesRenderStyle())
                .isEqualTo(org.knowm.xchart.XYSeries.XYSeriesRenderStyle.Scatter);
    }

    @Test
    void badLinesAreRefusedByName() {
        assertThatThrownBy(() -> Curves.of("x", "y").line("diverging", new double[] {1, 2}, new double[] {1}))
                .hasMessageContaining("diverging").hasMessageContaining("2 x values but 1 y values");
        assertThatThrownBy(() -> Curves.of("x", "y").charts()).hasMessageContaining("at least one line");
    }
}
