package io.github.backproplab.notebook;

import tech.tablesaw.table.Relation;

/**
 * A Tablesaw table as a plain HTML table (no scripts, no style sheets), so that it shows the same
 * in Jupyter, on GitHub and in exported HTML. Long tables show their head and tail.
 */
final class HtmlTable {
    /** Tables up to this many rows show in full. */
    static final int FULL = 20;
    static final int HEAD = 10;
    static final int TAIL = 5;

    private HtmlTable() {
    }

    static String of(Relation table) {
        StringBuilder html = new StringBuilder("<table>\n");
        html.append("<caption style=\"text-align:left\">").append(escape(table.name())).append(" (")
                .append(table.rowCount()).append(table.rowCount() == 1 ? " row" : " rows").append(")</caption>\n");
        html.append("<thead><tr>");
        for (String name : table.columnNames()) {
            html.append("<th>").append(escape(name)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        int rows = table.rowCount();
        if (rows <= FULL) {
            appendRows(html, table, 0, rows);
        } else {
            appendRows(html, table, 0, HEAD);
            html.append("<tr><td colspan=\"").append(table.columnCount()).append("\">&hellip; ")
                    .append(rows - HEAD - TAIL).append(" more rows &hellip;</td></tr>\n");
            appendRows(html, table, rows - TAIL, rows);
        }
        return html.append("</tbody>\n</table>").toString();
    }

    private static void appendRows(StringBuilder html, Relation table, int from, int to) {
        for (int r = from; r < to; r++) {
            html.append("<tr>");
            for (int c = 0; c < table.columnCount(); c++) {
                Object value = table.get(r, c);
                String text = value instanceof Double || value instanceof Float
                        ? number(((Number) value).doubleValue()) : table.getString(r, c);
                html.append("<td>").append(escape(text)).append("</td>");
            }
            html.append("</tr>\n");
        }
    }

    /** Six significant digits, scientific notation for very small or large magnitudes. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (value == 0 || Double.isInfinite(value)) {
            return value == 0 ? "0" : Double.toString(value);
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e7) {
            return new java.math.BigDecimal(value).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
        }
        return String.format(java.util.Locale.ROOT, "%.4e", value).replaceAll("\\.?0+e", "e");
    }

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                default -> s.append(ch);
            }
        }
        return s.toString();
    }
}
