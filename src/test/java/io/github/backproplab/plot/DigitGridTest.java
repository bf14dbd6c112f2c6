package io.github.backproplab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.HeatMapChart;

class DigitGridTest {
    /** Ten 4 x 4 "images", each a vertical bar in a different column. */
    private static DMatrixRMaj bars(int n) {
        DMatrixRMaj images = new DMatrixRMaj(n, 16);
        for (int i = 0; i < n; i++) {
            for (int row = 0; row < 4; row++) {
                images.set(i, row * 4 + i % 4, 16);
            }
        }
        return images;
    }

    @Test
    void onePanelPerImageWithOneCellPerPixel() {
        List<ImagePanel> charts = DigitGrid.of(bars(10), new int[10]).charts();
        assertThat(charts).hasSize(10);
        assertThat(charts.get(0).getHeatMapSeries().getHeatData()).hasSize(16);
        assertThat(charts.get(0).getHeatMapSeries().getMax()).isEqualTo(16);
    }

    @Test
    void topPixelRowIsTheTopHeatMapRow() {
        DMatrixRMaj image = new DMatrixRMaj(1, 4);
        image.set(0, 1, 9); // row 0, column 1
        HeatMapChart chart = DigitGrid.of(image, null).charts().get(0);
        assertThat(chart.getHeatMapSeries().getHeatData())
                .anySatisfy(cell -> assertThat(cell).containsExactly(1, 1, 9.0));
    }

    @Test
    void titlesShowPredictionAndTheTruthWhenWrong() {
        DigitGrid grid = DigitGrid.of(bars(2), new int[] {3, 5}, new int[] {3, 8});
        assertThat(grid.label(0)).isEqualTo("3");
        assertThat(grid.label(1)).isEqualTo("8 (true 5)");
        assertThat(grid.charts().get(1).getTitle()).isEqualTo("8 (true 5)");
    }

    @Test
    void classNamesReplaceClassNumbers() {
        DigitGrid grid = DigitGrid.of(bars(2), new int[] {0, 1}, new int[] {0, 0}).classNames(java.util.List.of("zero", "one"));
        assertThat(grid.label(1)).isEqualTo("zero (true one)");
    }

    @Test
    void fromADatasetAndANetwork() {
        tech.tablesaw.api.Table digits = io.github.backproplab.data.RealData.digits();
        io.github.backproplab.data.Dataset data = io.github.backproplab.data.Dataset.classification(digits, "digit");
        io.github.backproplab.nn.Network untrained = io.github.backproplab.nn.Network.builder(64).seed(1)
                .dense(10, io.github.backproplab.nn.Activation.softmax()).build();
        DigitGrid grid = DigitGrid.of(data, untrained, 12);
        assertThat(grid.charts()).hasSize(12);
        assertThat(grid.side()).isEqualTo(8);
        ConfusionMatrix matrix = ConfusionMatrix.of(untrained, data);
        assertThat(java.util.Arrays.stream(matrix.counts()).flatMapToInt(java.util.Arrays::stream).sum()).isEqualTo(data.size());
        assertSquarePixels(grid);
        Pictures.render(grid, 720, grid.height());
    }

    /** Every panel's plot area, where the image is drawn, is square (to a pixel). */
    private static void assertSquarePixels(DigitGrid grid) {
        for (ImagePanel panel : grid.charts()) {
            org.knowm.xchart.BitmapEncoder.getBufferedImage(panel);
            assertThat(panel.plotArea().getWidth()).as("image width against height, " + panel.getTitle())
                    .isCloseTo(panel.plotArea().getHeight(), org.assertj.core.data.Offset.offset(1.5));
        }
    }

    @Test
    void imagesKeepTheirAspectRatioAtAnySize() {
        assertSquarePixels(DigitGrid.of(bars(6), null).size(720, 150));
        assertSquarePixels(DigitGrid.of(bars(6), null).size(300, 400));
        Pictures.render(DigitGrid.of(bars(6), null).size(720, 150), 720, 150);
    }

    @Test
    void rendersRowsOfPanels() {
        DigitGrid grid = DigitGrid.of(bars(10), new int[10], new int[10]).columns(5);
        assertThat(grid.columns()).isEqualTo(5);
        assertSquarePixels(grid);
        Pictures.render(grid, 450, grid.height());
    }

    @Test
    void rejectsImagesThatAreNotSquare() {
        assertThatThrownBy(() -> DigitGrid.of(new DMatrixRMaj(2, 10), null)).isInstanceOf(IllegalArgumentException.class);
    }
}
