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
    void softmaxAndEmptyRangesAreRefused() {
        assertThatThrownBy(() -> ActivationCurve.of(Activation.softmax())).hasMessageContaining("softmax");
        assertThatThrownBy(() -> ActivationCurve.of()).hasMessageContaining("at least one");
        assertThatThrownBy(() -> ActivationCurve.of(Activation.tanh()).range(1, 1)).hasMessageContaining("zMin < zMax");
    }
}
