package io.github.backproplab.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.ejml.data.DMatrixRMaj;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class MatrixViewTest {
    private static final DMatrixRMaj A = new DMatrixRMaj(new double[][] {{0.5, -0.3}, {0.2, 0.8}, {-0.6, 0.1}});
    private static final DMatrixRMaj DELTA_B = new DMatrixRMaj(new double[][] {{-0.077281, -0.34934, 0.2967, -0.058199}});

    @Test
    void textHasTheCaptionThenAlignedRows() {
        String text = MatrixView.of(A).label("A").toString();
        assertThat(text).isEqualTo("A (3 x 2)\n   0.5  -0.3\n   0.2   0.8\n  -0.6   0.1");
        assertThat(MatrixView.of(DELTA_B).toString()).isEqualTo("1 x 4 matrix\n  -0.0773  -0.3493   0.2967  -0.0582");
        assertThat(text).doesNotContain("Type = DDRM", "E-0");
    }

    @Test
    void largeMatricesShowTheirCornersWithEllipses() {
        DMatrixRMaj big = new DMatrixRMaj(30, 64);
        for (int i = 0; i < big.getNumElements(); i++) {
            big.set(i, i);
        }
        MatrixView view = MatrixView.of(big);
        String[] lines = view.toString().split("\n");
        assertThat(lines).hasSize(1 + MatrixView.MAX_ROWS + 1);
        assertThat(lines[1].trim().split(" +")).containsExactly("0", "1", "2", "3", "4", "...", "59", "60", "61", "62", "63");
        assertThat(lines[7].trim()).startsWith("...");
        assertThat(lines[lines.length - 1].trim()).endsWith("1919");
        String html = view.toHtml();
        assertThat(html).contains("<th>63</th>", "<th>29</th>", "&hellip;", "&vellip;").doesNotContain(">1000<");
        assertThat(html.split("<tr>", -1)).hasSize(1 + 1 + MatrixView.MAX_ROWS + 1);
        assertThat(view.toLatex()).contains("\\cdots", "\\vdots", "\\ddots");
    }

    @Test
    void htmlIsATableWithTheShapeAsCaptionAndParsesAsXml() throws Exception {
        String html = MatrixView.of(DELTA_B).label("Delta <B>").toHtml();
        Document table = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(html)));
        assertThat(table.getElementsByTagName("caption").item(0).getTextContent()).isEqualTo("Delta <B> (1 x 4)");
        assertThat(table.getElementsByTagName("td").getLength()).isEqualTo(4);
        assertThat(table.getElementsByTagName("td").item(1).getTextContent()).isEqualTo("-0.3493");
        assertThat(table.getElementsByTagName("th").getLength()).as("no indices for a matrix shown whole").isZero();
        assertThat(html).doesNotContain("background-color", "<script");
    }

    @Test
    void shadingDeepensWithSizeAndTellsTheSigns() {
        String html = MatrixView.of(DELTA_B).shaded().toHtml();
        String[] colours = java.util.regex.Pattern.compile("background-color:#([0-9a-f]{6})").matcher(html)
                .results().map(m -> m.group(1)).toArray(String[]::new);
        assertThat(colours).hasSize(4);
        // the largest entry (-0.3493) is the darkest; the two signs get different hues
        assertThat(lightness(colours[1])).isLessThan(lightness(colours[0])).isLessThan(lightness(colours[3]));
        assertThat(colours[2]).isNotEqualTo(colours[1]);
        assertThat(blueMinusRed(colours[2])).isPositive();
        assertThat(blueMinusRed(colours[1])).isNegative();
    }

    @Test
    void latexIsABmatrixWithItsLabel() {
        assertThat(MatrixView.of(A).label("Delta_A").toLatex())
                .isEqualTo("$$\\text{Delta\\_A} = \\begin{bmatrix} 0.5 & -0.3 \\\\ 0.2 & 0.8 \\\\ -0.6 & 0.1 \\end{bmatrix}$$");
        assertThat(MatrixView.of(new DMatrixRMaj(new double[][] {{2e-9}})).toLatex()).contains("2.000 \\times 10^{-9}");
    }

    @Test
    void theViewIsACopyAndSimpleMatricesWorkToo() {
        DMatrixRMaj m = A.copy();
        MatrixView view = MatrixView.of(m);
        m.set(0, 0, 99);
        assertThat(view.toString()).doesNotContain("99");
        assertThat(MatrixView.of(new SimpleMatrix(A)).toString()).isEqualTo(MatrixView.of(A).toString());
    }

    @Test
    void badOptionsAreRefusedByName() {
        assertThatThrownBy(() -> MatrixView.of((DMatrixRMaj) null)).hasMessageContaining("matrix");
        assertThatThrownBy(() -> MatrixView.of(A).limit(1, 5)).hasMessageContaining("limit").hasMessageContaining("1 rows");
        assertThatThrownBy(() -> MatrixView.of(A).digits(20)).hasMessageContaining("digits").hasMessageContaining("20");
    }

    @Test
    void showPrintsTheLabelShapeAndRoundedValues() {
        PrintStream before = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Show.show("Delta B", DELTA_B);
            Show.show("accuracy", 0.9333333333333333);
            Show.show("B", new SimpleMatrix(new double[][] {{0.7, -0.4, 0.3}}));
        } finally {
            System.setOut(before);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n")).isEqualTo(
                "Delta B (1 x 4)\n  -0.0773  -0.3493   0.2967  -0.0582\naccuracy 0.9333\nB (1 x 3)\n   0.7  -0.4   0.3\n");
    }

    private static int lightness(String hex) {
        int rgb = Integer.parseInt(hex, 16);
        return (rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff);
    }

    private static int blueMinusRed(String hex) {
        int rgb = Integer.parseInt(hex, 16);
        return (rgb & 0xff) - (rgb >> 16 & 0xff);
    }
}
