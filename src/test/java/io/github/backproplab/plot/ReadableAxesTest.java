package io.github.backproplab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler.LegendPosition;

/** Checks on axes and legends that concern every figure. */
class ReadableAxesTest {
    @Test
    void aLogAxisAlwaysCarriesAtLeastThreeLabels() {
        double[][] spans = {{0.31, 0.39}, {0.05, 0.7}, {0.02, 0.9}, {0.002, 0.9}, {1e-5, 2}, {0.5, 0.5}, {3, 3000}};
        for (double[] span : spans) {
            LogTicks ticks = LogTicks.of(span[0], span[1]);
            assertThat(ticks.labelled()).as("labels for data from %s to %s", span[0], span[1]).hasSizeGreaterThanOrEqualTo(3);
            assertThat(ticks.min()).isLessThanOrEqualTo(span[0]);
            assertThat(ticks.max()).isGreaterThanOrEqualTo(span[1]);
        }
        // a decade and a bit: every multiple (0.05, 0.06, ... 0.1, 0.2, ... 0.7), not just 0.1
        LogTicks decade = LogTicks.of(0.05, 0.7);
        assertThat(decade.decadesOnly()).isFalse();
        assertThat(decade.labelled()).hasSize(12);
        // several decades: powers of ten only, the ends moved out to them
        LogTicks many = LogTicks.of(0.002, 0.9);
        assertThat(many.decadesOnly()).isTrue();
        assertThat(many.labelled()).containsExactly(0.001, 0.01, 0.1, 1.0);
        assertThatThrownBy(() -> LogTicks.of(0, 1)).hasMessageContaining("positive");
    }

    @Test
    void aLossCurveOnALogAxisSetsItsEndsToLabelledTicks() {
        var chart = LossCurve.of(Runs.circle("a", 0.5, 5)).logScale().charts().get(0);
        assertThat(chart.getStyler().isYAxisLogarithmic()).isTrue();
        double min = chart.getStyler().getYAxisMin();
        double max = chart.getStyler().getYAxisMax();
        assertThat(LogTicks.below(min)).isEqualTo(min);
        assertThat(LogTicks.above(max)).isEqualTo(max);
    }

    @Test
    void noFigurePutsItsLegendInsideThePlot() {
        for (Figure<?> figure : EveryFigure.instances()) {
            for (Chart<?, ?> chart : figure.charts()) {
                if (!chart.getStyler().isLegendVisible()) {
                    continue;
                }
                LegendPosition position = chart.getStyler().getLegendPosition();
                assertThat(List.of(LegendPosition.OutsideE, LegendPosition.OutsideS))
                        .as(figure + " legend at " + position).contains(position);
            }
        }
    }
}
