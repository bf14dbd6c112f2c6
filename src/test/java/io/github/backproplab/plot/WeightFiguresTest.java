package io.github.backproplab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.backproplab.nn.Network;
import io.github.backproplab.train.History;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;

class WeightFiguresTest {
    private static History run;

    @BeforeAll
    static void train() {
        run = Runs.circle("circle", 0.5, 10);
    }

    @Test
    void oneHistogramPerLayerWithTheRequestedBinsCountingEveryWeight() {
        Network network = Runs.circleNetwork(4);
        List<CategoryChart> charts = WeightHistograms.of(network).bins(12).charts();
        assertThat(charts).hasSize(2);
        java.util.Collection<? extends Number> counts = charts.get(0).getSeriesMap().get("layer 1").getYData();
        assertThat(counts).hasSize(12);
        assertThat(counts.stream().mapToDouble(Number::doubleValue).sum()).isEqualTo(6 * 2);
        assertThat(charts.get(1).getSeriesMap().get("layer 2").getYData().stream().mapToDouble(Number::doubleValue).sum()).isEqualTo(6);
        assertThat(charts.get(0).getTitle()).contains("6 x 2", "tanh");
    }

    @Test
    void histogramsFromHistoryUseTheLastSnapshot() {
        WeightHistograms figure = WeightHistograms.of(run);
        assertThat(figure.title()).isEqualTo("Weights after epoch 10");
        Pictures.render(figure, 720, 300);
    }

    @Test
    void zeroInitialisedWeightsStillBin() {
        Network zeros = Network.builder(2).dense(3, io.github.backproplab.nn.Activation.relu(), io.github.backproplab.nn.Initializer.zeros()).build();
        CategoryChart chart = WeightHistograms.of(zeros).bins(5).charts().get(0);
        assertThat(chart.getSeriesMap().get("layer 1").getYData().stream().mapToDouble(Number::doubleValue).sum()).isEqualTo(6);
    }

    @Test
    void evolutionDrawsEverySnapshotOnSharedBins() {
        assertThat(run.snapshots()).hasSize(11); // before training and after each epoch
        WeightEvolution figure = WeightEvolution.of(run).bins(20).snapshots(4);
        assertThat(figure.chosen()).extracting(s -> s.epoch()).containsExactly(0, 3, 7, 10);
        List<XYChart> charts = figure.charts();
        assertThat(charts).hasSize(2);
        XYChart first = charts.get(0);
        assertThat(first.getSeriesMap()).containsOnlyKeys("epoch 0", "epoch 3", "epoch 7", "epoch 10");
        assertThat(first.getSeriesMap().get("epoch 0").getXData()).hasSize(20)
                .containsExactly(first.getSeriesMap().get("epoch 10").getXData());
        Pictures.render(figure, 720, 320);
    }

    @Test
    void withoutSnapshotEveryEvolutionComparesStartAndEnd() {
        History plain = new io.github.backproplab.train.Trainer(Runs.circleNetwork(1), new io.github.backproplab.train.GradientDescent(0.1))
                .epochs(3).fit(Runs.points(10, 1), Runs.insideCircle(Runs.points(10, 1)));
        assertThat(WeightEvolution.of(plain).charts().get(0).getSeriesMap()).containsOnlyKeys("epoch 0", "epoch 3", Style.TICK_HELPER);
        assertThatThrownBy(() -> WeightEvolution.of(plain).snapshots(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void layerCurvesHaveOneLinePerLayerAndOnePointPerStep() {
        XYChart gradients = LayerCurves.gradientNorms(run).smooth(0).charts().get(0);
        int steps = run.steps().rowCount();
        assertThat(gradients.getSeriesMap()).containsOnlyKeys("layer 1", "layer 2", Style.TICK_HELPER);
        assertThat(gradients.getSeriesMap().get("layer 1").getXData()).hasSize(steps);
        assertThat(gradients.getSeriesMap().get("layer 2").getYData()[0])
                .isEqualTo(run.steps().doubleColumn(History.gradientNorm(2)).getDouble(0));
        assertThat(gradients.getStyler().isYAxisLogarithmic()).isTrue();

        XYChart ratios = LayerCurves.updateRatios(run).charts().get(0);
        assertThat(ratios.getSeriesMap()).containsKey("guide " + LayerCurves.RATIO_GUIDE);
        Pictures.render(LayerCurves.gradientNorms(run), 720, 420);
        Pictures.render(LayerCurves.updateRatios(run), 720, 420);
    }
}
