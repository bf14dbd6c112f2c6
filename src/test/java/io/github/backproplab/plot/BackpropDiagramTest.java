package io.github.backproplab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class BackpropDiagramTest {
    @Test
    void theTwoLayerDiagramUsesTheLecturesNames() {
        BackpropDiagram diagram = BackpropDiagram.twoLayer();
        assertThat(diagram.forwardBox(1)).containsExactly("layer 1: A", "h = σ(A x)");
        assertThat(diagram.forwardBox(2)).containsExactly("layer 2: B", "ŷ = B h");
        assertThat(diagram.deltaBox(2)[0]).isEqualTo("ΔB = ŷ − y");
        // Delta A is formed from Delta B
        assertThat(diagram.deltaBox(1)).containsExactly("ΔA = (Bᵀ ΔB)", "⊙ σ'(A x)");
        assertThat(diagram.gradient(1)).isEqualTo("∂L/∂A = ΔA xᵀ");
        assertThat(diagram.gradient(2)).isEqualTo("∂L/∂B = ΔB hᵀ");
    }

    @Test
    void forwardArrowsPointRightAndBackwardArrowsLeftOrDown() {
        XYChart chart = BackpropDiagram.of(3).charts().get(0);
        double[] fx = chart.getSeriesMap().get("forward pass").getXData();
        // shafts are every third segment: points 0-1, then two barbs; segments are split by NaN
        for (int k = 0; k + 1 < fx.length; k += 9) {
            assertThat(fx[k + 1]).as("forward shaft " + k).isGreaterThan(fx[k]);
        }
        String backwardName = "backward pass: each Delta from the one after it";
        double[] bx = chart.getSeriesMap().get(backwardName).getXData();
        for (int k = 0; k + 1 < bx.length; k += 9) {
            assertThat(bx[k + 1]).as("backward shaft " + k).isLessThan(bx[k]);
        }
        assertThat(chart.getSeriesMap()).containsKeys("layer 1", "layer 3", "Delta 1", "Delta 3", "loss");
        assertThat(BackpropDiagram.of(3).weights(2)).isEqualTo("W2");
        Pictures.render(BackpropDiagram.twoLayer(), 720, 400);
    }

    @Test
    void layersMustBeFew() {
        assertThatThrownBy(() -> BackpropDiagram.of(0)).hasMessageContaining("layers must be 1 to 5, got 0");
        assertThatThrownBy(() -> BackpropDiagram.of(9)).hasMessageContaining("got 9");
    }
}
