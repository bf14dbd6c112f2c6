package io.github.backproplab.data;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Reads cells out of a Tablesaw table, turning every bad cell into a {@link DataException}. */
final class TableColumns {
    private TableColumns() {
    }

    /** The column called {@code name}, or an error that lists the columns and the closest name. */
    static Column<?> find(Table table, String name) {
        if (table.containsColumn(name)) {
            return table.column(name);
        }
        List<String> names = table.columnNames();
        String closest = names.stream()
                .min(Comparator.comparingInt(candidate -> editDistance(normal(candidate), normal(name))))
                .orElse(null);
        String hint = closest != null && editDistance(normal(closest), normal(name)) <= 3
                ? " Did you mean \"" + closest + "\"?"
                : "";
        throw new DataException("column \"" + name + "\" is not in table \"" + table.name() + "\"."
                + hint + " Its columns are " + names + ".");
    }

    /** Fails when the table has no rows: nothing can be learned from, or predicted for, it. */
    static void requireRows(Table table) {
        if (table.rowCount() == 0) {
            throw new DataException("table \"" + table.name() + "\" is empty: it has columns "
                    + table.columnNames() + " but no rows (row 0 does not exist).");
        }
    }

    /** The number in {@code column} at {@code row}; fails on an empty cell, NaN, infinity or text. */
    static double number(Column<?> column, int row) {
        double value;
        if (column instanceof NumericColumn<?> numbers) {
            if (numbers.isMissing(row)) {
                throw DataException.atCell(column.name(), row, "the value is missing (an empty cell or NaN)");
            }
            value = numbers.getDouble(row);
        } else if (column instanceof BooleanColumn booleans) {
            if (booleans.isMissing(row)) {
                throw DataException.atCell(column.name(), row, "the value is missing (an empty cell)");
            }
            value = booleans.get(row) ? 1 : 0;
        } else if (column instanceof StringColumn strings) {
            value = parse(strings, row);
        } else {
            throw DataException.atCell(column.name(), row, "the column holds " + column.type().name()
                    + " values (\"" + column.getString(row) + "\"), not numbers");
        }
        if (Double.isNaN(value)) {
            throw DataException.atCell(column.name(), row, "the value is missing (NaN)");
        }
        if (Double.isInfinite(value)) {
            throw DataException.atCell(column.name(), row, "the value " + value + " is not finite");
        }
        return value;
    }

    private static double parse(StringColumn strings, int row) {
        String text = strings.get(row);
        if (strings.isMissing(row) || text.isBlank()) {
            throw DataException.atCell(strings.name(), row, "the value is missing (an empty cell)");
        }
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw DataException.atCell(strings.name(), row, "\"" + text + "\" is not a number");
        }
    }

    /**
     * The class label in {@code column} at {@code row}, as text. Whole numbers print without a
     * decimal point, so a label column holding 0, 1, 2 gives the class names "0", "1", "2".
     */
    static String label(Column<?> column, int row) {
        // Tablesaw counts NaN in a number column as missing, so this also catches NaN labels.
        if (column.isMissing(row) || column.getString(row).isBlank()) {
            throw DataException.atCell(column.name(), row, "the class label is missing (an empty cell)");
        }
        if (column instanceof NumericColumn<?> numbers) {
            double value = numbers.getDouble(row);
            return value == Math.rint(value) && Math.abs(value) < 1e15
                    ? Long.toString((long) value)
                    : Double.toString(value);
        }
        return column.getString(row);
    }

    private static String normal(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
