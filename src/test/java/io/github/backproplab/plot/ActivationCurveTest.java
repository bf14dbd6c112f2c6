package io.github.backproplab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import io.github.backproplab.nn.Activation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class ActivationCurveTest {
    @Test
    void theDerivativeIsTheSlopeOfTheCurve() {
        for (Activation activation : List.of(Activation.sigmoid(), Activation.tanh(), Activation.leakyRelu(0.1))) {
            double[][] c = ActivationCurve.curve(activation, -4, 4, 801);
            for (int i = 1; i + 1 < c[0].length; i++) {
                if (Math.abs(c[0][i]) < 0.02) {
                    continue; // leaky ReLU's kink
                }
                double slope = (c[1][i + 1] - c[1][i - 1]) / (c[0][i + 1] - c[0][i - 1]);
                assertThat(c[2][i]).as(activation.name() + "'(" + c[0][i] + ")").isCloseTo(slope, offset(1e-3));
            }
        }
    }

    @Test
    void sigmoidsDerivativePeaksAtAQuarterWhereZIsZero() {
        double[][] c = ActivationCurve.curve(Activation.sigmoid(), -5, 5, 201);
        assertThat(c[0][100]).isEqualTo(0);
        assertThat(c[2][100]).isCloseTo(0.25, offset(1e-12));
        assertThat(c[2][0]).as("nearly flat far out: the vanishing gradient").isLessThan(0.01);
    }

    @Test
    void onePanelPerActivationWithTheCurveAndItsDerivative() {
        ActivationCurve figure = ActivationCurve.of(Activation.sigmoid(), Activation.relu()).range(-3, 3);
        List<XYChart> charts = figure.charts();
        assertThat(charts).hasSize(2);
        assertThat(charts.get(0).getTitle()).isEqualTo("sigmoid and its derivative");
        assertThat(charts.get(1).getTitle()).isEqualTo("relu and its derivative");
        assertThat(charts.get(1).getSeriesMap()).containsKeys("f(z)", "f'(z)");
        double[] reluSlope = charts.get(1).getSeriesMap().get("f'(z)").getYData();
        assertThat(reluSlope[0]).isEqualTo(0);
        assertThat(reluSlope[reluSlope.length - 1]).isEqualTo(1);
        Pictures.render(figure, 720, 320);
        Pictures.render(ActivationCurve.of(Activation.tanh()), 720, 420);
    }

    @Test
    void aTitleGoesOverTheWholeFigureAndEveryPanelKeepsItsOwn() {
        ActivationCurve figure = ActivationCurve.of(Activation.sigmoid(), Activation.relu()).title("Where learning stalls");
        List<XYChart> charts = figure.charts();
        assertThat(charts.get(0).getTitle()).isEqualTo("sigmoid and its derivative");
        assertThat(charts.get(1).getTitle()).isEqualTo("relu and its derivative");
        assertThat(figure.title()).isEqualTo("Where learning stalls");
        assertThat(figure.pageTitle()).isEqualTo("Where learning stalls");
        // the panels keep their height: the title strip is added above them
        java.awt.image.BufferedImage image = Pictures.render(figure, 720, 320 + Figure.PAGE_TITLE_HEIGHT);
        assertThat(charts.get(0).getHeight()).isEqualTo(320);
        int dark = 0;
        for (int y = 0; y < Figure.PAGE_TITLE_HEIGHT; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                java.awt.Color c = new java.awt.Color(image.getRGB(x, y));
                dark += c.getRed() + c.getGreen() + c.getBlue() < 200 ? 1 : 0;
            }
        }
        assertThat(dark).as("dark pixels of the title in the strip above the panels").isGreaterThan(200);
        // without a title set there is no strip; one activation takes the title over its only panel
        assertThat(ActivationCurve.of(Activation.sigmoid(), Activation.relu()).pageTitle()).isNull();
        ActivationCurve one = ActivationCurve.of(Activation.tanh()).title("tanh");
        assertThat(one.pageTitle()).isNull();
        assertThat(one.charts().get(0).getTitle()).isEqualTo("tanh");
        Pictures.render(one, 720, 420);
    }

    @Test
    void softmaxAndEmptyRangesAreRefused() {
        assertThatThrownBy(() -> ActivationCurve.of(Activation.softmax())).hasMessageContaining("softmax");
        assertThatThrownBy(() -> ActivationCurve.of()).hasMessageContaining("at least one");
        assertThatThrownBy(() -> ActivationCurve.of(Activation.tanh()).range(1, 1)).hasMessageContaining("zMin < zMax");
    }
}
