package io.github.backproplab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.backproplab.nn.Activation;
import io.github.backproplab.nn.Loss;
import io.github.backproplab.nn.Network;
import io.github.backproplab.train.GradientDescent;
import io.github.backproplab.train.Trainer;
import java.awt.image.BufferedImage;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class NetworkFiguresTest {
    private static DMatrixRMaj x;
    private static DMatrixRMaj y;
    private static Network trained;

    @BeforeAll
    static void train() {
        x = Runs.points(300, 7);
        y = Runs.insideCircle(x);
        trained = Runs.circleNetwork(5);
        new Trainer(trained, new io.github.backproplab.train.Adam(0.05)).epochs(60).batchSize(30).seed(1).fit(x, y);
    }

    @Test
    void regionsShowThePredictedClassAndPointsKeepTheirClass() {
        DecisionBoundary figure = DecisionBoundary.of(trained, x, y).resolution(20);
        FieldChart chart = (FieldChart) figure.charts().get(0);
        for (double[] p : new double[][] {{0, 0}, {0.95, 0.95}, {-0.95, 0.9}, {0.3, -0.2}}) {
            int predicted = Classes.predicted(trained, new DMatrixRMaj(new double[][] {p}))[0];
            assertThat(chart.fieldAt(p[0], p[1])).as("region at " + p[0] + ", " + p[1])
                    .isEqualTo(Palette.tint(Palette.series(predicted), 0.72));
        }
        assertThat(chart.colourBar()).as("colour names a class here, the legend says which").isNull();
        int inside = (int) java.util.Arrays.stream(y.data).filter(v -> v > 0.5).count();
        assertThat(chart.getSeriesMap().get("class 1").getXData()).hasSize(inside);
        assertThat(chart.getSeriesMap().get("class 0").getXData()).hasSize(300 - inside);
        assertThat(chart.getSeriesMap()).containsKey("boundary");
    }

    @Test
    void aTrainedCircleClassifierGetsMostPointsRightAndSaysSo() {
        DecisionBoundary figure = DecisionBoundary.of(trained, x, y);
        assertThat(figure.title()).startsWith("Decision boundary (");
        double percent = Double.parseDouble(figure.title().replaceAll(".*\\((.*)% of.*", "$1"));
        assertThat(percent).isGreaterThan(85);
        Pictures.render(figure.classNames(List.of("outside", "inside")), 720, 540);
    }

    @Test
    void oneHotTargetsAndSoftmaxOutputsWork() {
        DMatrixRMaj oneHot = new DMatrixRMaj(x.numRows, 2);
        for (int i = 0; i < x.numRows; i++) {
            oneHot.set(i, (int) y.get(i), 1);
        }
        Network softmax = Network.builder(2).seed(1).dense(4, Activation.relu()).dense(2, Activation.softmax())
                .loss(Loss.softmaxCrossEntropy()).build();
        XYChart chart = DecisionBoundary.of(softmax, x, oneHot).resolution(10).charts().get(0);
        assertThat(chart.getSeriesMap()).doesNotContainKey("boundary");
        assertThat(chart.getSeriesMap().get("class 0").getXData().length + chart.getSeriesMap().get("class 1").getXData().length).isEqualTo(300);
    }

    @Test
    void decisionBoundaryNeedsTwoInputs() {
        Network three = Network.builder(3).dense(1, Activation.sigmoid()).build();
        assertThatThrownBy(() -> DecisionBoundary.of(three, new DMatrixRMaj(2, 3), new DMatrixRMaj(2, 1)))
                .hasMessageContaining("two inputs");
    }

    @Test
    void oneMapPerHiddenUnitPaintedWithItsActivationAndTheDataOnTop() {
        ActivationMaps maps = ActivationMaps.of(trained, x).resolution(12);
        List<FieldChart> charts = maps.charts();
        assertThat(charts).hasSize(6);
        // the map's colour at the lower left corner is unit 3's activation there, on the shared scale
        double[] b = Plane.bounds(x);
        DMatrixRMaj corner = new DMatrixRMaj(new double[][] {{b[0], b[2]}});
        double expected = trained.forward(corner).activations().get(0).get(0, 2);
        ColourScale scale = maps.pageColourBar();
        assertThat(charts.get(2).fieldAt(b[0], b[2])).isEqualTo(scale.colour(expected));
        // tanh units take both signs: one colour scale, symmetric about zero
        assertThat(scale.min()).isEqualTo(-scale.max());
        assertThat(charts.get(0).getSeriesMap().get("data").getXData()).hasSize(x.numRows);
        assertThat(charts.get(0).getStyler().isXAxisTicksVisible()).as("axes with ticks").isTrue();
    }

    @Test
    void activationMapsShareOneColourBarThatSpansTheActivations() {
        ActivationMaps maps = ActivationMaps.of(trained, x);
        BufferedImage image = Pictures.render(maps, 720, 2 * 190);
        ColourScale scale = maps.pageColourBar();
        Pictures.assertBarStrip(image, scale, maps.pageColourBarArea());
        DMatrixRMaj a = trained.forward(x).activations().get(0);
        for (double v : a.data) {
            assertThat(v).isBetween(scale.min(), scale.max());
        }
    }

    @Test
    void diagramHasOneLinePerWeightAndOneMarkerPerUnit() {
        XYChart chart = NetworkDiagram.of(trained).charts().get(0);
        long lines = chart.getSeriesMap().keySet().stream().filter(k -> k.startsWith("w")).count();
        assertThat(lines).isEqualTo(6 * 2 + 1 * 6);
        assertThat(chart.getSeriesMap().get("input (2)").getYData()).hasSize(2);
        assertThat(chart.getSeriesMap().get("hidden 1 (6, tanh)").getYData()).hasSize(6);
        double w = trained.layer(0).weights().get(3, 1);
        XYSeries line = chart.getSeriesMap().get("w1[3,1]");
        assertThat(line.getLineColor().getRGB() & 0xFFFFFF).isEqualTo((w >= 0 ? Palette.POSITIVE : Palette.NEGATIVE).getRGB() & 0xFFFFFF);
        double largest = 0;
        for (int l = 0; l < trained.depth(); l++) {
            for (double v : trained.layer(l).weights().data) {
                largest = Math.max(largest, Math.abs(v));
            }
        }
        assertThat(chart.getSeriesMap()).as("a key for what line thickness means").containsKey("thickest: |w| = " + Ticks.label(largest));
    }

    @Test
    void largeLayersShowTheirFirstUnits() {
        Network wide = Network.builder(64).seed(1).dense(20, Activation.relu()).dense(10, Activation.softmax()).build();
        XYChart chart = NetworkDiagram.of(wide).charts().get(0);
        assertThat(chart.getSeriesMap().get("input (64)").getYData()).hasSize(NetworkDiagram.MAX_SHOWN);
        assertThat(chart.getSeriesMap().keySet().stream().filter(k -> k.startsWith("w")).count())
                .isEqualTo(12 * 12 + 10 * 12);
    }

    @Test
    void diagramRendersAsPngAndSvg() {
        NetworkDiagram diagram = NetworkDiagram.of(trained);
        BufferedImage image = Pictures.render(diagram, 720, diagram.height());
        assertThat(image.getHeight()).isEqualTo(140 + 34 * 6);
        String svg = diagram.toSvg();
        assertThat(svg).contains("<svg").contains("</svg>");
        assertThat(svg.split("<line", -1).length - 1).as("line elements").isGreaterThanOrEqualTo(18);
    }
}
