package io.github.backproplab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class DigitImagesTest {
    private static final int WHITE = 0xFFFFFF;
    private static final int BLACK = 0x000000;

    @Test
    void pixelsComeFromTheRowsOfTheDigitsTable() {
        Table digits = RealData.digits();
        double[][] zero = DigitImages.pixels(digits, 0);
        // The first digit begins 0,0,5,13,9,1,0,0 / 0,0,13,15,10,15,5,0 in the data file.
        assertThat(zero[0]).containsExactly(0, 0, 5, 13, 9, 1, 0, 0);
        assertThat(zero[1]).containsExactly(0, 0, 13, 15, 10, 15, 5, 0);
    }

    @Test
    void inkIsDarkAndPaperIsWhite() {
        double[][] pixels = new double[8][8];
        pixels[2][3] = 16;
        pixels[5][5] = 8;
        BufferedImage image = DigitImages.image(pixels, 4);
        assertThat(image.getWidth()).isEqualTo(32);
        assertThat(image.getHeight()).isEqualTo(32);
        assertThat(image.getRGB(0, 0) & 0xFFFFFF).isEqualTo(WHITE);
        assertThat(image.getRGB(3 * 4 + 1, 2 * 4 + 1) & 0xFFFFFF).isEqualTo(BLACK);
        int grey = image.getRGB(5 * 4, 5 * 4) & 0xFF;
        assertThat(grey).isBetween(120, 135);
    }

    @Test
    void gridPlacesDigitsInRows() {
        BufferedImage grid = DigitImages.grid(RealData.digits(), 12, 5);
        int cell = 8 * 6 + 2;
        assertThat(grid.getWidth()).isEqualTo(5 * cell);
        assertThat(grid.getHeight()).isEqualTo(3 * cell);
    }

    @Test
    void reshapesSixtyFourValuesRowByRow() {
        double[] values = new double[64];
        values[9] = 7;
        assertThat(DigitImages.pixels(values)[1][1]).isEqualTo(7);
        assertThatThrownBy(() -> DigitImages.pixels(new double[63])).hasMessageContaining("63");
    }

    @Test
    void aRowOutsideTheTableIsNamed() {
        assertThatThrownBy(() -> DigitImages.pixels(RealData.digits(), 1797))
                .isInstanceOf(DataException.class).hasMessageContaining("row 1797").hasMessageContaining("1797 rows");
    }
}
