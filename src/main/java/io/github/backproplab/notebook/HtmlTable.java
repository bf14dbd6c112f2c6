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
                html.append("<td>").append(escape(table.getString(r, c))).append("</td>");
            }
            html.append("</tr>\n");
        }
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
