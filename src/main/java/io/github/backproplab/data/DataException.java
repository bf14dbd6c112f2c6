package io.github.backproplab.data;

/**
 * A problem with the data itself: a missing column, a value that is not a number, an empty cell,
 * a class label the model has never seen, an empty table. The message names the column and the
 * row. Rows are counted from 0, as Tablesaw counts them ({@code table.row(0)} is the first row
 * after the CSV header).
 */
public class DataException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception with a message that already names the column and the row. */
    public DataException(String message) {
        super(message);
    }

    /** A problem with one cell: "column "x", row 3 (rows count from 0): problem". */
    static DataException atCell(String column, int row, String problem) {
        return new DataException(
                "column \"" + column + "\", row " + row + " (rows count from 0): " + problem);
    }
}
