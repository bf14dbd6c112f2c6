package io.github.backproplab.notebook;

import io.github.backproplab.plot.Palette;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ejml.data.DMatrix;
import org.ejml.data.DMatrixRMaj;
import org.ejml.simple.SimpleMatrix;

/**
 * A matrix written for people: its shape (and a label) as a caption, {@value Numbers#DIGITS}
 * significant digits lined up in columns, the middle rows and columns of a large matrix left out,
 * and optionally each cell shaded by its value. As text (its {@link #toString()}), as an HTML
 * table ({@link #toHtml()}) and as LaTeX ({@link #toLatex()}).
 *
 * <p>In a notebook, a cell that ends with an EJML matrix shows it this way; {@code
 * MatrixView.of(deltaB).label("Delta B").shaded()} at the end of a cell shows the shaded table.
 * The view copies the matrix, so changing the matrix later does not change what was shown.
 */
public final class MatrixView {
    /** Matrices with more rows than this show their first and last {@code rows / 2}. */
    public static final int MAX_ROWS = 12;
    /** Matrices with more columns than this show their first and last {@code columns / 2}. */
    public static final int MAX_COLUMNS = 10;

    private final DMatrixRMaj values;
    private String label;
    private int digits = Numbers.DIGITS;
    private boolean shaded;
    private int maxRows = MAX_ROWS;
    private int maxColumns = MAX_COLUMNS;

    private MatrixView(DMatrixRMaj values) {
        this.values = values;
    }

    /** A view of a copy of {@code matrix} (any real EJML matrix; not modified). */
    public static MatrixView of(DMatrix matrix) {
        if (matrix == null) {
            throw new IllegalArgumentException("matrix must not be null");
        }
        if (matrix instanceof DMatrixRMaj) {
            return new MatrixView(((DMatrixRMaj) matrix).copy());
        }
        DMatrixRMaj copy = new DMatrixRMaj(matrix.getNumRows(), matrix.getNumCols());
        for (int r = 0; r < copy.numRows; r++) {
            for (int c = 0; c < copy.numCols; c++) {
                copy.set(r, c, matrix.get(r, c));
            }
        }
        return new MatrixView(copy);
    }

    /** A view of a copy of {@code matrix} (a real-valued SimpleMatrix; not modified). */
    public static MatrixView of(SimpleMatrix matrix) {
        if (matrix == null) {
            throw new IllegalArgumentException("matrix must not be null");
        }
        DMatrixRMaj copy = new DMatrixRMaj(matrix.getNumRows(), matrix.getNumCols());
        for (int r = 0; r < copy.numRows; r++) {
            for (int c = 0; c < copy.numCols; c++) {
                copy.set(r, c, matrix.get(r, c));
            }
        }
        return new MatrixView(copy);
    }

    /** Names the matrix in the caption, e.g. "Delta B (1 x 4)". */
    public MatrixView label(String label) {
        this.label = label;
        return this;
    }

    /** Significant digits of the largest entry (1 to 17); the other entries get as many decimals. */
    public MatrixView digits(int digits) {
        Numbers.requireDigits(digits);
        this.digits = digits;
        return this;
    }

    /** Shades each cell of the HTML table by its value: one colour for negative, one for positive. */
    public MatrixView shaded() {
        return shaded(true);
    }

    /** Turns shading on or off. */
    public MatrixView shaded(boolean shaded) {
        this.shaded = shaded;
        return this;
    }

    /**
     * Shows up to {@code rows} rows and {@code columns} columns (at least 2 each); a larger matrix
     * shows its first and last halves of that many, with an ellipsis between.
     */
    public MatrixView limit(int rows, int columns) {
        if (rows < 2 || columns < 2) {
            throw new IllegalArgumentException("limit must be at least 2 rows and 2 columns, got " + rows + " rows and " + columns + " columns");
        }
        this.maxRows = rows;
        this.maxColumns = columns;
        return this;
    }

    /** The caption: "Delta B (1 x 4)", or "1 x 4 matrix" without a label. */
    public String caption() {
        String shape = values.numRows + " x " + values.numCols;
        return label == null ? shape + " matrix" : label + " (" + shape + ")";
    }

    /** Indices of the rows (or columns) shown, with -1 where the ellipsis goes. */
    static int[] shown(int count, int max) {
        if (count <= max) {
            int[] all = new int[count];
            for (int i = 0; i < count; i++) {
                all[i] = i;
            }
            return all;
        }
        int half = max / 2;
        int[] some = new int[2 * half + 1];
        for (int i = 0; i < half; i++) {
            some[i] = i;
            some[half + 1 + i] = count - half + i;
        }
        some[half] = -1;
        return some;
    }

    private int[] rowsShown() {
        return shown(values.numRows, maxRows);
    }

    private int[] columnsShown() {
        return shown(values.numCols, maxColumns);
    }

    private boolean elided() {
        return values.numRows > maxRows || values.numCols > maxColumns;
    }

    /** One layout for all entries shown. */
    private NumberColumns layout() {
        List<Double> shown = new ArrayList<>();
        for (int r : rowsShown()) {
            for (int c : columnsShown()) {
                if (r >= 0 && c >= 0) {
                    shown.add(values.get(r, c));
                }
            }
        }
        return NumberColumns.of(shown.stream().mapToDouble(Double::doubleValue).toArray(), digits);
    }

    /** Text for consoles: the caption, then right-aligned columns; "..." where entries are left out. */
    @Override
    public String toString() {
        NumberColumns layout = layout();
        int[] rows = rowsShown();
        int[] cols = columnsShown();
        String[][] cells = new String[rows.length][cols.length];
        int width = 0;
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < cols.length; j++) {
                cells[i][j] = rows[i] < 0 || cols[j] < 0 ? "..." : layout.format(values.get(rows[i], cols[j]));
                width = Math.max(width, cells[i][j].length());
            }
        }
        StringBuilder text = new StringBuilder(caption());
        for (String[] row : cells) {
            text.append('\n');
            for (String cell : row) {
                text.append(" ".repeat(width + 2 - cell.length())).append(cell);
            }
        }
        return text.toString();
    }

    /**
     * A plain HTML table (inline styles only, no scripts): the caption above, numbers right-aligned
     * in the same layout as the text, row and column indices when entries are left out.
     */
    public String toHtml() {
        NumberColumns layout = layout();
        int[] rows = rowsShown();
        int[] cols = columnsShown();
        double largest = 0;
        for (double v : values.data) {
            if (Double.isFinite(v)) {
                largest = Math.max(largest, Math.abs(v));
            }
        }
        boolean indices = elided();
        StringBuilder html = new StringBuilder("<table style=\"font-variant-numeric:tabular-nums\">\n");
        html.append("<caption style=\"text-align:left\">").append(HtmlTable.escape(caption())).append("</caption>\n");
        if (indices) {
            html.append("<thead><tr><th></th>");
            for (int c : cols) {
                html.append("<th>").append(c < 0 ? "&hellip;" : Integer.toString(c)).append("</th>");
            }
            html.append("</tr></thead>\n");
        }
        html.append("<tbody>\n");
        for (int r : rows) {
            html.append("<tr>");
            if (indices) {
                html.append("<th>").append(r < 0 ? "&vellip;" : Integer.toString(r)).append("</th>");
            }
            for (int c : cols) {
                if (r < 0 || c < 0) {
                    html.append("<td style=\"text-align:center\">").append(r < 0 && c < 0 ? "&#8945;" : r < 0 ? "&vellip;" : "&hellip;").append("</td>");
                    continue;
                }
                double v = values.get(r, c);
                html.append("<td style=\"text-align:right");
                if (shaded && largest > 0 && Double.isFinite(v)) {
                    html.append(";background-color:").append(hex(Palette.signed(v / largest, 0.7)));
                }
                html.append("\">").append(layout.format(v)).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>").toString();
    }

    /**
     * The matrix as a LaTeX {@code bmatrix} between {@code $$}, labelled when it has a label, with
     * {@code \cdots}, {@code \vdots} and {@code \ddots} where entries are left out.
     */
    public String toLatex() {
        NumberColumns layout = layout();
        int[] rows = rowsShown();
        int[] cols = columnsShown();
        StringBuilder tex = new StringBuilder("$$");
        if (label != null) {
            tex.append("\\text{").append(latexText(label)).append("} = ");
        }
        tex.append("\\begin{bmatrix}");
        for (int i = 0; i < rows.length; i++) {
            tex.append(i == 0 ? " " : " \\\\ ");
            for (int j = 0; j < cols.length; j++) {
                int r = rows[i];
                int c = cols[j];
                String cell = r < 0 && c < 0 ? "\\ddots" : r < 0 ? "\\vdots" : c < 0 ? "\\cdots" : latexNumber(layout.format(values.get(r, c)));
                tex.append(j == 0 ? "" : " & ").append(cell);
            }
        }
        return tex.append(" \\end{bmatrix}$$").toString();
    }

    private static String latexNumber(String number) {
        int e = number.indexOf('e');
        if (e < 0) {
            return number;
        }
        return number.substring(0, e) + " \\times 10^{" + Integer.parseInt(number.substring(e + 1)) + "}";
    }

    private static String latexText(String text) {
        StringBuilder tex = new StringBuilder();
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '\\' -> tex.append("\\textbackslash{}");
                case '^', '~' -> tex.append('\\').append(ch).append("{}");
                case '{', '}', '$', '&', '#', '_', '%' -> tex.append('\\').append(ch);
                default -> tex.append(ch);
            }
        }
        return tex.toString();
    }

    private static String hex(Color colour) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", colour.getRed(), colour.getGreen(), colour.getBlue());
    }
}
