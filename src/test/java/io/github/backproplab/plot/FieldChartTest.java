package io.github.backproplab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Set;
import java.util.TreeSet;
import org.knowm.xchart.BitmapEncoder;
import org.junit.jupiter.api.Test;

class FieldChartTest {
    /** A disc of radius 0.6 sampled on a coarse 12 x 12 grid, painted with two colours. */
    private static FieldChart disc() {
        double[] xs = Plane.grid(-1, 1, 12);
        double[][] z = new double[12][12];
        for (int i = 0; i < 12; i++) {
            for (int j = 0; j < 12; j++) {
                z[i][j] = Math.hypot(xs[i], xs[j]);
            }
        }
        ColourScale scale = ColourScale.split("distance", 0, 0.6, 2, Color.WHITE, Color.BLACK);
        FieldChart chart = new FieldChart(500, 400, (x, y) -> scale.colour(Plane.interpolate(xs, xs, z, x, y)), scale);
        Style.asLineChart(chart, "disc", "x", "y");
        chart.getStyler().setXAxisMin(-1.0).setXAxisMax(1.0).setYAxisMin(-1.0).setYAxisMax(1.0);
        chart.getStyler().setLegendVisible(false);
        chart.addSeries("nothing", new double[] {0}, new double[] {Double.NaN});
        return chart;
    }

    @Test
    void aFieldSampledCoarselyIsPaintedWithSmoothEdges() {
        FieldChart chart = disc();
        BufferedImage image = BitmapEncoder.getBufferedImage(chart);
        assertThat(image.getWidth()).as("the bar fits in the chart's width").isEqualTo(500);
        // where the disc's edge crosses each pixel row: a staircase of 12 grid cells would put
        // it on at most 12 columns, a smooth edge on many
        Set<Integer> edgeColumns = new TreeSet<>();
        int black = Color.BLACK.getRGB();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 1; x < 400; x++) {
                if (image.getRGB(x, y) == black && image.getRGB(x - 1, y) == Color.WHITE.getRGB()) {
                    edgeColumns.add(x);
                }
            }
        }
        assertThat(edgeColumns.size()).as("columns where the disc starts").isGreaterThan(30);
    }

    @Test
    void theBarSitsRightOfThePlotAndSpansItsScale() {
        FieldChart chart = disc();
        BufferedImage image = BitmapEncoder.getBufferedImage(chart);
        Pictures.assertColourBar(chart, image, 0, 1.414);
        assertThat(chart.colourBarArea().x).isGreaterThan(400);
    }

    @Test
    void scalesPlaceValuesAlongTheBar() {
        ColourScale bands = ColourScale.bands("loss", new double[] {0, 1, 10, 100});
        assertThat(bands.position(1)).isCloseTo(1 / 3.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(bands.position(55)).isCloseTo(2.5 / 3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(bands.colour(5)).isEqualTo(bands.colourAtPosition(0.5));
        assertThat(ColourScale.diverging("a", 2).colour(0)).isEqualTo(Color.WHITE);
        assertThat(ColourScale.diverging("a", 2).ticks()).containsExactly(-2, -1, 0, 1, 2);
        assertThat(Ticks.nice(0, 1, 5)).containsExactly(0, 0.2, 0.4, 0.6, 0.8, 1);
    }
}
