package io.github.backproplab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class LossLandscapeTest {
    /** An elongated bowl, the classic picture of why a single step size struggles. */
    private static double bowl(double w, double b) {
        return w * w + 10 * b * b;
    }

    private static List<double[]> descend(int steps, double stepSize) {
        List<double[]> path = new ArrayList<>();
        double w = -1.8;
        double b = 0.9;
        path.add(new double[] {w, b});
        for (int i = 0; i < steps; i++) {
            w -= stepSize * 2 * w;
            b -= stepSize * 20 * b;
            path.add(new double[] {w, b});
        }
        return path;
    }

    @Test
    void aColourBarSpansTheLossAndShowsItsBands() {
        LossLandscape figure = LossLandscape.of(LossLandscapeTest::bowl, -2, 2, -1, 1).resolution(31).levels(6);
        FieldChart chart = (FieldChart) figure.charts().get(0);
        BufferedImage image = BitmapEncoder.getBufferedImage(chart);
        assertThat(image.getWidth()).isEqualTo(720);
        Pictures.assertColourBar(chart, image, 0, bowl(2, 1));
        assertThat(chart.colourBar().banded()).isTrue();
        assertThat(chart.colourBar().stops()).hasSize(7);
    }

    @Test
    void theFieldIsPaintedOnlyWhereTheLossWasSampled() {
        // a bowl steepest in the corners: outside the sampled rectangle the edge values would be
        // smeared out sideways, and the bands would end in steps there
        LossLandscape figure = LossLandscape.of((w, b) -> Math.pow(w * w + 3 * b * b, 2), -3, 3, -3, 3).arrows(0);
        FieldChart chart = (FieldChart) figure.charts().get(0);
        BufferedImage image = BitmapEncoder.getBufferedImage(chart);
        java.awt.Rectangle area = chart.fieldArea();
        double xPerPixel = 6.0 / area.width;
        double yPerPixel = 6.0 / area.height;
        assertThat(chart.getChartXFromCoordinate(area.x)).as("x at the plot's left edge").isCloseTo(-3, org.assertj.core.data.Offset.offset(2 * xPerPixel));
        assertThat(chart.getChartXFromCoordinate(area.x + area.width)).as("x at the right edge").isCloseTo(3, org.assertj.core.data.Offset.offset(2 * xPerPixel));
        assertThat(chart.getChartYFromCoordinate(area.y)).as("y at the top edge").isCloseTo(3, org.assertj.core.data.Offset.offset(2 * yPerPixel));
        assertThat(chart.getChartYFromCoordinate(area.y + area.height)).as("y at the bottom").isCloseTo(-3, org.assertj.core.data.Offset.offset(2 * yPerPixel));
        // the painted bands follow the loss itself, also along the edges and in the corners
        int agree = 0;
        int total = 0;
        for (int py = area.y + 2; py < area.y + area.height - 2; py += 3) {
            for (int px : new int[] {area.x + 2, area.x + area.width - 3}) {
                java.awt.Color painted = new java.awt.Color(image.getRGB(px, py));
                java.awt.Color expected = chart.colourBar().colour(Math.pow(Math.pow(chart.getChartXFromCoordinate(px), 2)
                        + 3 * Math.pow(chart.getChartYFromCoordinate(py), 2), 2));
                total++;
                agree += painted.equals(expected) ? 1 : 0;
            }
        }
        assertThat(agree).as("edge pixels painted in the band of their loss").isGreaterThan(total * 9 / 10);
    }

    @Test
    void contourSegmentsLieOnTheirLevel() {
        double[] xs = Plane.grid(-2, 2, 41);
        double[] ys = Plane.grid(-1, 1, 41);
        double[][] z = new double[41][41];
        for (int i = 0; i < 41; i++) {
            for (int j = 0; j < 41; j++) {
                z[i][j] = xs[i] * xs[i] + ys[j] * ys[j];
            }
        }
        double[][] line = Contours.at(xs, ys, z, 0.5);
        assertThat(line[0].length).isGreaterThan(30);
        for (int k = 0; k < line[0].length; k++) {
            if (!Double.isNaN(line[0][k])) {
                double r2 = line[0][k] * line[0][k] + line[1][k] * line[1][k];
                assertThat(r2).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.01));
            }
        }
    }

    @Test
    void pathSeriesHoldsEveryStep() {
        XYChart chart = LossLandscape.of(LossLandscapeTest::bowl, -2, 2, -1, 1).path(descend(15, 0.04)).charts().get(0);
        XYSeries path = chart.getSeriesMap().get("gradient descent");
        assertThat(path.getXData()).hasSize(16);
        assertThat(path.getXData()[0]).isEqualTo(-1.8);
        assertThat(chart.getSeriesMap()).containsKeys("start", "end", "downhill");
    }

    /** Gradient descent with momentum on the bowl. */
    private static List<double[]> momentum(int steps, double stepSize, double beta) {
        List<double[]> path = new ArrayList<>();
        double w = -1.8;
        double b = 0.9;
        double vw = 0;
        double vb = 0;
        path.add(new double[] {w, b});
        for (int i = 0; i < steps; i++) {
            vw = beta * vw + 2 * w;
            vb = beta * vb + 20 * b;
            w -= stepSize * vw;
            b -= stepSize * vb;
            path.add(new double[] {w, b});
        }
        return path;
    }

    private static double[] column(List<double[]> points, int c) {
        return points.stream().mapToDouble(p -> p[c]).toArray();
    }

    @Test
    void severalNamedPathsShareOneLandscape() {
        List<double[]> plain = descend(30, 0.045);
        List<double[]> heavy = momentum(30, 0.02, 0.8);
        LossLandscape figure = LossLandscape.of(LossLandscapeTest::bowl, -2, 2, -1, 1)
                .path("gradient descent", column(plain, 0), column(plain, 1))
                .path("momentum 0.8", column(heavy, 0), column(heavy, 1));
        assertThat(figure.title()).isEqualTo("Loss landscape: 2 paths");
        XYChart chart = figure.charts().get(0);
        assertThat(chart.getSeriesMap().get("gradient descent").getXData()).hasSize(31);
        assertThat(chart.getSeriesMap().get("momentum 0.8").getLineColor())
                .isNotEqualTo(chart.getSeriesMap().get("gradient descent").getLineColor());
        assertThat(chart.getSeriesMap().get("start").getXData()).containsExactly(-1.8, -1.8);
        assertThatThrownBy(() -> figure.path("momentum 0.8", new double[] {0}, new double[] {0})).hasMessageContaining("already");
        assertThatThrownBy(() -> figure.path("short", new double[] {0, 1}, new double[] {0})).hasMessageContaining("2 x values but 1 y values");
        Pictures.render(figure.parameters("w", "b"), 720, 520);
    }

    @Test
    void arrowsPointDownhill() {
        // for loss = w: every arrow points towards smaller w
        XYChart chart = LossLandscape.of((w, b) -> w, -1, 1, -1, 1).arrows(3).charts().get(0);
        double[] x = chart.getSeriesMap().get("downhill").getXData();
        // shaft of the first arrow: points 0 and 1
        assertThat(x[1]).isLessThan(x[0]);
        assertThat(x).hasSize(9 * 3 * 3);
    }

    @Test
    void rendersAtTheRequestedSize() {
        LossLandscape figure = LossLandscape.of(LossLandscapeTest::bowl, -2, 2, -1, 1)
                .parameters("w", "b").path(descend(20, 0.045));
        Pictures.render(figure, 720, 520);
    }
}
