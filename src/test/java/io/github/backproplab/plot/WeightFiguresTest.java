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
    void evolutionDrawsQuantileBandsOfEverySnapshot() {
        assertThat(run.snapshots()).hasSize(11); // before training and after each epoch
        WeightEvolution figure = WeightEvolution.of(run);
        List<XYChart> charts = figure.charts();
        assertThat(charts).hasSize(2);
        XYChart first = charts.get(0);
        assertThat(first.getSeriesMap()).containsOnlyKeys("middle 90%", "middle 50%", "median", "min, max");
        assertThat(first.getSeriesMap().get("median").getXData()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        // the middle half at epoch 0: its polygon runs along the upper quartile and back along the lower
        double[] sorted = run.snapshots().get(0).weights().get(0).data.clone();
        java.util.Arrays.sort(sorted);
        double[] band = first.getSeriesMap().get("middle 50%").getYData();
        assertThat(band[0]).isEqualTo(WeightEvolution.quantile(sorted, 0.75));
        assertThat(band[band.length - 1]).isEqualTo(WeightEvolution.quantile(sorted, 0.25));
        assertThat(first.getSeriesMap().get("median").getYData()[0]).isEqualTo(WeightEvolution.quantile(sorted, 0.5));
        assertThat(first.getSeriesMap().get("min, max").getYData()[0]).isEqualTo(sorted[0]);
        Pictures.render(figure, 720, 2 * 270);
    }

    @Test
    void quantilesInterpolateBetweenSortedValues() {
        double[] sorted = {0, 1, 2, 3, 10};
        assertThat(WeightEvolution.quantile(sorted, 0.5)).isEqualTo(2);
        assertThat(WeightEvolution.quantile(sorted, 0.25)).isEqualTo(1);
        assertThat(WeightEvolution.quantile(sorted, 0.95)).isCloseTo(8.6, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(WeightEvolution.quantile(sorted, 1)).isEqualTo(10);
    }

    @Test
    void countsAndEpochsAreLabelledWithWholeNumbersOnly() {
        CategoryChart histogram = WeightHistograms.of(Runs.circleNetwork(4)).charts().get(1);
        assertThat(histogram.getStyler().getyAxisTickLabelsFormattingFunction().apply(0.5)).isEmpty();
        assertThat(histogram.getStyler().getyAxisTickLabelsFormattingFunction().apply(3.0)).isEqualTo("3");
        XYChart evolution = WeightEvolution.of(run).charts().get(0);
        assertThat(evolution.getStyler().getxAxisTickLabelsFormattingFunction().apply(2.5)).isEmpty();
        assertThat(Style.wholeNumber(2)).isEqualTo("2");
        assertThat(Style.wholeNumber(2.5)).isEmpty();
        assertThat(Style.wholeNumber(-0.0)).isEqualTo("0");
    }

    @Test
    void aShortRunMeasuredEveryTenthStepStillDrawsItsGradientNorms() {
        History shortRun = new io.github.backproplab.train.Trainer(Runs.circleNetwork(1), new io.github.backproplab.train.GradientDescent(0.1))
                .epochs(30).batchSize(10).fit(Runs.points(30, 1), Runs.insideCircle(Runs.points(30, 1)));
        assertThat(shortRun.steps().rowCount()).isLessThan(200);
        double[] drawn = LayerCurves.gradientNorms(shortRun).charts().get(0).getSeriesMap().get("layer 1").getYData();
        assertThat(drawn).hasSize((shortRun.steps().rowCount() + 9) / 10).doesNotContain(Double.NaN);
    }

    @Test
    void withoutSnapshotEveryEvolutionComparesStartAndEnd() {
        History plain = new io.github.backproplab.train.Trainer(Runs.circleNetwork(1), new io.github.backproplab.train.GradientDescent(0.1))
                .epochs(3).fit(Runs.points(10, 1), Runs.insideCircle(Runs.points(10, 1)));
        assertThat(WeightEvolution.of(plain).charts().get(0).getSeriesMap().get("median").getXData()).containsExactly(0, 3);
    }

    @Test
    void layerCurvesHaveOneLinePerLayerAndOnePointPerMeasuredStep() {
        XYChart gradients = LayerCurves.gradientNorms(run).smooth(0).charts().get(0);
        var norms = run.steps().doubleColumn(History.gradientNorm(1));
        long measured = java.util.stream.IntStream.range(0, norms.size()).filter(i -> !Double.isNaN(norms.getDouble(i))).count();
        assertThat(measured).isPositive();
        assertThat(gradients.getSeriesMap().keySet()).filteredOn(name -> !name.equals(Style.TICK_HELPER))
                .containsExactlyInAnyOrder("layer 1", "layer 2");
        assertThat(gradients.getSeriesMap().get("layer 1").getXData()).hasSize((int) measured);
        assertThat(gradients.getSeriesMap().get("layer 1").getYData()).doesNotContain(Double.NaN);
        assertThat(gradients.getSeriesMap().get("layer 2").getYData()[0])
                .isEqualTo(run.steps().doubleColumn(History.gradientNorm(2)).getDouble(0));
        assertThat(gradients.getStyler().isYAxisLogarithmic()).isTrue();

        XYChart ratios = LayerCurves.updateRatios(run).charts().get(0);
        assertThat(ratios.getSeriesMap()).containsKey("guide " + LayerCurves.RATIO_GUIDE);
        Pictures.render(LayerCurves.gradientNorms(run), 720, 420);
        Pictures.render(LayerCurves.updateRatios(run), 720, 420);
    }
}
