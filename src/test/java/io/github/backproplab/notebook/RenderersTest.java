package io.github.backproplab.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.backproplab.nn.GradientCheck;
import io.github.backproplab.nn.Network;
import io.github.backproplab.plot.ConfusionMatrix;
import io.github.backproplab.plot.DigitGrid;
import io.github.backproplab.plot.Runs;
import io.github.backproplab.train.History;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class RenderersTest {
    private Renderer renderer;

    @BeforeEach
    void install() {
        renderer = new Renderer();
        assertThat(Renderers.register(renderer)).isTrue();
    }

    @Test
    void figureBecomesPngOfItsSizeAndPlainText() throws Exception {
        ConfusionMatrix figure = ConfusionMatrix.of(new int[] {0, 1, 1}, new int[] {0, 1, 0}).size(400, 300);
        DisplayData data = renderer.render(figure);
        String png = (String) data.getData(MIMEType.IMAGE_PNG);
        var image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(png)));
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(image.getHeight()).isEqualTo(300);
        assertThat((String) data.getData(MIMEType.TEXT_PLAIN)).contains("Confusion matrix");
        assertThat(data.hasDataForType(MIMEType.IMAGE_SVG)).isFalse();
        assertThat(data.hasDataForType(MIMEType.TEXT_HTML)).isFalse();
    }

    @Test
    void singleChartFigureGivesSvgWhenAsked() {
        ConfusionMatrix figure = ConfusionMatrix.of(new int[] {0, 1}, new int[] {0, 1});
        DisplayData data = renderer.renderAs(figure, "image/svg+xml");
        assertThat((String) data.getData(MIMEType.IMAGE_SVG)).contains("<svg");
        assertThat(data.hasDataForType(MIMEType.IMAGE_PNG)).isFalse();
    }

    @Test
    void networkDiagramComesAsSvgAndPngByDefault() {
        DisplayData data = renderer.render(io.github.backproplab.plot.NetworkDiagram.of(Runs.circleNetwork(1)));
        assertThat((String) data.getData(MIMEType.IMAGE_SVG)).startsWith("<svg").doesNotContain("<?xml");
        assertThat(Base64.getDecoder().decode((String) data.getData(MIMEType.IMAGE_PNG))).startsWith(0x89, 'P', 'N', 'G');
        assertThat((String) data.getData(MIMEType.TEXT_PLAIN)).contains("NetworkDiagram");
    }

    @Test
    void smallMultiplesHaveNoSvgButStillAPng() {
        DigitGrid grid = DigitGrid.of(new DMatrixRMaj(3, 4), null);
        DisplayData data = renderer.renderAs(grid, "image/svg+xml", "image/png");
        assertThat(data.hasDataForType(MIMEType.IMAGE_PNG)).isTrue();
        assertThat(data.hasDataForType(MIMEType.IMAGE_SVG)).isFalse();
    }

    @Test
    void tableBecomesEscapedHtmlAndPrintedText() {
        Table table = Table.create("scores", StringColumn.create("name", "a<b", "c"), DoubleColumn.create("value", 1.5, 2.0));
        DisplayData data = renderer.render(table);
        String html = (String) data.getData(MIMEType.TEXT_HTML);
        assertThat(html).startsWith("<table>").contains("<th>name</th>", "<td>a&lt;b</td>", "<td>1.5</td>", "(2 rows)");
        assertThat(html).doesNotContain("<script");
        assertThat((String) data.getData(MIMEType.TEXT_PLAIN)).contains("scores", "a<b");
    }

    @Test
    void decimalsShowSixSignificantDigitsAndTinyOnesInScientificNotation() {
        assertThat(HtmlTable.number(0.053943123456)).isEqualTo("0.0539431");
        assertThat(HtmlTable.number(1.0)).isEqualTo("1");
        assertThat(HtmlTable.number(2.480471212e-10)).isEqualTo("2.4805e-10");
        assertThat(HtmlTable.number(Double.NaN)).isEmpty();
        String html = (String) renderer.render(Table.create("t", DoubleColumn.create("v", 1.0 / 3))).getData(MIMEType.TEXT_HTML);
        assertThat(html).contains("<td>0.333333</td>");
    }

    @Test
    void longTableShowsHeadAndTail() {
        double[] values = new double[100];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        String html = (String) renderer.render(Table.create("t", DoubleColumn.create("v", values))).getData(MIMEType.TEXT_HTML);
        assertThat(html).contains("<td>9</td>", "85 more rows", "<td>95</td>", "<td>99</td>").doesNotContain("<td>50</td>");
        assertThat(html.split("<tr>", -1)).hasSize(1 + 1 + HtmlTable.HEAD + 1 + HtmlTable.TAIL);
    }

    @Test
    void aMatrixBecomesACompactTableAndReadableText() {
        DMatrixRMaj deltaB = new DMatrixRMaj(new double[][] {{-0.077281, -0.34934, 0.2967, -0.058199}});
        DisplayData data = renderer.render(deltaB);
        assertThat((String) data.getData(MIMEType.TEXT_HTML)).startsWith("<table").contains("1 x 4", "<td style=\"text-align:right\">-0.3493</td>");
        assertThat((String) data.getData(MIMEType.TEXT_PLAIN)).isEqualTo("1 x 4 matrix\n  -0.0773  -0.3493   0.2967  -0.0582");
        assertThat(data.hasDataForType(MIMEType.TEXT_LATEX)).as("LaTeX only on request").isFalse();
        DisplayData simple = renderer.render(new org.ejml.simple.SimpleMatrix(deltaB));
        assertThat(simple.getData(MIMEType.TEXT_HTML)).isEqualTo(data.getData(MIMEType.TEXT_HTML));
    }

    @Test
    void aLabelledShadedViewAndLatexOnRequest() {
        MatrixView view = MatrixView.of(new DMatrixRMaj(new double[][] {{1, -2}})).label("Delta B").shaded();
        DisplayData data = renderer.render(view);
        assertThat((String) data.getData(MIMEType.TEXT_HTML)).contains("Delta B (1 x 2)", "background-color:#");
        assertThat((String) data.getData(MIMEType.TEXT_PLAIN)).isEqualTo("Delta B (1 x 2)\n   1  -2");
        DisplayData latex = renderer.renderAs(view, "text/latex");
        assertThat((String) latex.getData(MIMEType.TEXT_LATEX)).isEqualTo("$$\\text{Delta B} = \\begin{bmatrix} 1 & -2 \\end{bmatrix}$$");
        assertThat(latex.hasDataForType(MIMEType.TEXT_HTML)).isFalse();
    }

    @Test
    void historyBecomesSummaryAndEpochTable() {
        History history = Runs.circle("baseline", 0.5, 3);
        DisplayData data = renderer.render(history);
        String html = (String) data.getData(MIMEType.TEXT_HTML);
        assertThat(html).contains("<b>baseline</b>", "3 epochs", "<th>validation loss</th>", "(3 rows)");
        assertThat((String) data.getData(MIMEType.TEXT_PLAIN)).isEqualTo(history.toString());
    }

    @Test
    void networkBecomesLayerTable() {
        Network network = Runs.circleNetwork(1);
        DisplayData data = renderer.render(network);
        String html = (String) data.getData(MIMEType.TEXT_HTML);
        assertThat(html).contains("2 inputs", "25 parameters", "<td>tanh</td>", "<td>6 x 2</td>", "<td>18</td>", "<td>sigmoid</td>");
        assertThat((String) data.getData(MIMEType.TEXT_PLAIN)).isEqualTo(network.summary());
    }

    @Test
    void datasetBecomesItsTableAsTheNetworkSeesIt() {
        Table moons = io.github.backproplab.data.SyntheticData.twoMoons(30, 0.1, 1);
        var data = io.github.backproplab.data.Dataset.classification(moons, "class");
        DisplayData rendered = renderer.render(data);
        String html = (String) rendered.getData(MIMEType.TEXT_HTML);
        assertThat(html).contains("30 examples, X 30 x 2, Y 30 x 2", "<th>x1</th>", "(30 rows)");
        assertThat((String) rendered.getData(MIMEType.TEXT_PLAIN)).isEqualTo(data.toString());
    }

    @Test
    void gradientCheckSaysWhetherItPassed() {
        Network network = Runs.circleNetwork(1);
        DMatrixRMaj x = Runs.points(5, 2);
        DisplayData data = renderer.render(GradientCheck.run(network, x, Runs.insideCircle(x)));
        assertThat((String) data.getData(MIMEType.TEXT_HTML)).contains("Gradient check passed", "<th>max relative error</th>");
    }

    @Test
    void registeringTwiceKeepsOneRegistration() {
        assertThat(Renderers.register(renderer)).isFalse();
        CountingFigure figure = new CountingFigure();
        renderer.render(figure);
        assertThat(figure.draws).as("times the figure was drawn for one render").isEqualTo(1);
    }

    @Test
    void aFigureThatPrefersSvgIsBuiltOncePerFormat() {
        CountingFigure figure = new CountingFigure();
        figure.svg = true;
        DisplayData data = renderer.render(figure);
        assertThat(data.hasDataForType(MIMEType.IMAGE_PNG)).isTrue();
        assertThat(data.hasDataForType(MIMEType.IMAGE_SVG)).isTrue();
        assertThat(figure.draws).as("times the figure was drawn for a PNG and an SVG").isEqualTo(2);
    }

    /** A one-chart figure that counts how often it is drawn. */
    static final class CountingFigure extends io.github.backproplab.plot.Figure<CountingFigure> {
        int draws;
        boolean svg;

        @Override
        public boolean prefersSvg() {
            return svg;
        }

        @Override
        protected String defaultTitle() {
            return "counting";
        }

        @Override
        public java.util.List<org.knowm.xchart.XYChart> charts() {
            draws++;
            org.knowm.xchart.XYChart chart = new org.knowm.xchart.XYChart(width(), height());
            chart.addSeries("line", new double[] {0, 1}, new double[] {0, 1});
            return java.util.List.of(chart);
        }
    }
}
