package io.github.backproplab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.HeatMapChart;

@SuppressWarnings("unchecked")
class ConfusionMatrixTest {
    private final int[] actual = {0, 0, 0, 1, 1, 2, 2, 2, 2};
    private final int[] predicted = {0, 0, 1, 1, 1, 2, 2, 0, 2};

    @Test
    void countsPairsOfTrueAndPredictedClass() {
        ConfusionMatrix matrix = ConfusionMatrix.of(actual, predicted, "setosa", "versicolor", "virginica");
        assertThat(matrix.counts()).isEqualTo(new int[][] {{2, 1, 0}, {0, 2, 0}, {1, 0, 3}});
        assertThat(matrix.accuracy()).isEqualTo(7.0 / 9);
    }

    @Test
    void chartHoldsOneCellPerPairWithTheTopRowForTheFirstClass() {
        HeatMapChart chart = ConfusionMatrix.of(actual, predicted, "a", "b", "c").charts().get(0);
        List<? extends Number[]> cells = chart.getHeatMapSeries().getHeatData();
        assertThat(cells).hasSize(9);
        assertThat((List<Object>) chart.getHeatMapSeries().getXData()).containsExactly("a", "b", "c");
        assertThat((List<Object>) chart.getHeatMapSeries().getYData()).containsExactly("c", "b", "a");
        // true class 2 predicted as 0 sits in column 0, bottom row (y index 0)
        assertThat(cells).anySatisfy(cell -> assertThat(cell).containsExactly(0, 0, 1));
        assertThat(cells).anySatisfy(cell -> assertThat(cell).containsExactly(0, 2, 2));
    }

    @Test
    void classNumbersStandInForMissingNames() {
        ConfusionMatrix matrix = ConfusionMatrix.of(new int[] {0, 3}, new int[] {3, 3});
        assertThat(matrix.counts()).hasDimensions(4, 4);
        assertThat((List<Object>) matrix.charts().get(0).getHeatMapSeries().getXData()).containsExactly("0", "1", "2", "3");
    }

    @Test
    void rendersAPictureOfTheRequestedSize() {
        Pictures.render(ConfusionMatrix.of(actual, predicted).size(500, 400), 500, 400);
    }

    @Test
    void aColourBarOfWholeCountsSpansZeroToTheLargestCount() {
        ConfusionMatrix matrix = ConfusionMatrix.of(actual, predicted);
        BarredHeatMap chart = matrix.charts().get(0);
        java.awt.image.BufferedImage image = org.knowm.xchart.BitmapEncoder.getBufferedImage(chart);
        ColourScale bar = chart.colourBar();
        assertThat(bar.min()).isEqualTo(0);
        assertThat(bar.max()).isEqualTo(3);
        assertThat(bar.ticks()).containsExactly(0, 1, 2, 3);
        for (double tick : bar.ticks()) {
            assertThat(Ticks.label(tick)).matches("[0-9]+");
        }
        Pictures.assertBarStrip(image, bar, chart.colourBarArea());
        assertThat(chart.colourBarArea().x).as("bar right of the plot").isGreaterThan(image.getWidth() / 2);
        assertThat(chart.getStyler().isLegendVisible()).as("XChart's own legend, which writes 3.0, is off").isFalse();
    }

    @Test
    void rejectsLabelArraysOfDifferentLength() {
        assertThatThrownBy(() -> ConfusionMatrix.of(new int[] {0}, new int[] {0, 1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
