package io.github.backproplab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import io.github.backproplab.train.History;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class LossBandTest {
    private static List<History> slow;
    private static List<History> fast;

    @BeforeAll
    static void train() {
        slow = new ArrayList<>();
        fast = new ArrayList<>();
        for (long seed = 1; seed <= 3; seed++) {
            slow.add(Runs.circle("slow", 0.1, 8, seed, seed + 10));
            fast.add(Runs.circle("fast", 1.0, 8, seed, seed + 10));
        }
    }

    @Test
    void theLineIsTheMeanAndTheBandSpansTheRuns() {
        double[][] s = LossBand.spread(slow);
        assertThat(s[0]).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        for (int e = 0; e < 8; e++) {
            double sum = 0;
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (History run : slow) {
                double loss = run.epochs().doubleColumn(History.LOSS).getDouble(e);
                sum += loss;
                low = Math.min(low, loss);
                high = Math.max(high, loss);
            }
            assertThat(s[1][e]).isCloseTo(sum / 3, offset(1e-12));
            assertThat(s[2][e]).isEqualTo(low);
            assertThat(s[3][e]).isEqualTo(high);
            assertThat(low).as("the seeds differ").isLessThan(high);
        }
    }

    @Test
    void oneBandAndOneMeanPerSetup() {
        LossBand figure = LossBand.of("step 0.1", slow).add("step 1.0", fast).logScale();
        assertThat(figure.title()).isEqualTo("Training loss over 3 seeds: mean and range");
        XYChart chart = figure.charts().get(0);
        assertThat(chart.getSeriesMap()).containsOnlyKeys("step 0.1 range", "step 1.0 range", "step 0.1 (mean of 3)", "step 1.0 (mean of 3)");
        assertThat(chart.getSeriesMap().get("step 0.1 range").getXData()).hasSize(16);
        assertThat(chart.getSeriesMap().get("step 0.1 range").isShowInLegend()).isFalse();
        Pictures.render(figure, 720, 420);
    }

    @Test
    void setupsNeedRunsAndDistinctNames() {
        assertThatThrownBy(() -> LossBand.of("none", List.of())).hasMessageContaining("none").hasMessageContaining("at least one run");
        assertThatThrownBy(() -> LossBand.of("a", slow).add("a", fast)).hasMessageContaining("already");
    }
}
