package io.github.backproplab.kernel;

import java.util.List;

/**
 * Runs a few typical cells in a kernel without a notebook, then exits. The installer runs it once
 * with {@code -XX:ArchiveClassesAtExit} so that the classes a kernel needs (javac, JShell, the
 * toolkit, image encoding) go into a class-data-sharing archive, and later kernels start faster.
 */
public final class WarmUp {
    /** Cells that touch what a first lecture cell touches. */
    static final List<String> CELLS = List.of(
            "int twice(int x) { return 2 * x; }",
            "var m = new SimpleMatrix(new double[][] {{1, 2}, {3, 4}});\nm.mult(m).get(0, 0)",
            "var image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);\n"
                    + "render(image)",
            "String.valueOf(twice(21))");

    private WarmUp() {
    }

    /** Evaluates {@link #CELLS}; exits with status 1 if one fails. */
    public static void main(String[] args) throws Exception {
        LabKernel kernel = new LabKernel();
        for (String cell : CELLS) {
            kernel.eval(cell);
        }
        kernel.onShutdown(false);
        System.exit(0);
    }
}
