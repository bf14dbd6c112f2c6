package io.github.backproplab.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.backproplab.kernel.KernelCells;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;

/** Cells that end with a matrix, evaluated by the project's kernel with its start-up imports. */
class MatrixCellTest extends KernelCells {
    @Test
    void aCellEndingWithAMatrixShowsATableAndReadableText() throws Exception {
        DisplayData data = kernel.eval("DMatrixRMaj A = new DMatrixRMaj(new double[][] {{0.5, -0.3}, {0.2, 0.8}, {-0.6, 0.1}});\nA");
        assertThat((String) data.getData(MIMEType.TEXT_HTML)).startsWith("<table").contains("3 x 2 matrix", ">-0.3</td>");
        assertThat((String) data.getData(MIMEType.TEXT_PLAIN)).isEqualTo("3 x 2 matrix\n   0.5  -0.3\n   0.2   0.8\n  -0.6   0.1");
    }

    @Test
    void simpleMatricesAndLabelledShadedViewsToo() throws Exception {
        DisplayData simple = kernel.eval("new SimpleMatrix(new double[][] {{1.0 / 3, 2}})");
        assertThat((String) simple.getData(MIMEType.TEXT_PLAIN)).isEqualTo("1 x 2 matrix\n  0.333  2.000");
        DisplayData view = kernel.eval("MatrixView.of(new DMatrixRMaj(new double[][] {{-1, 2}})).label(\"Delta B\").shaded()");
        assertThat((String) view.getData(MIMEType.TEXT_HTML)).contains("Delta B (1 x 2)", "background-color:#");
        DisplayData latex = kernel.eval("render(MatrixView.of(new DMatrixRMaj(new double[][] {{-1, 2}})), \"text/latex\")");
        assertThat((String) latex.getData(MIMEType.TEXT_LATEX)).isEqualTo("$$\\begin{bmatrix} -1 & 2 \\end{bmatrix}$$");
    }
}
