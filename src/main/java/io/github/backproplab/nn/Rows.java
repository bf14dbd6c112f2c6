package io.github.backproplab.nn;

import org.ejml.data.DMatrixRMaj;

/** Turns rows given as Java arrays into a matrix, refusing missing, empty and ragged ones by name. */
public final class Rows {
    private Rows() {
    }

    /**
     * A new n x d matrix whose row i is {@code rows[i]}.
     *
     * @param rows n arrays of d numbers each, n and d at least 1; not modified
     * @param name what the rows are, for messages: "x", "y", ...
     * @throws IllegalArgumentException naming {@code name} and the row at fault when rows are
     *     null, empty or of different lengths
     */
    public static DMatrixRMaj matrix(double[][] rows, String name) {
        if (rows == null) {
            throw new IllegalArgumentException(name + " is missing (null)");
        }
        if (rows.length == 0) {
            throw new IllegalArgumentException(name + " has no rows (an empty array)");
        }
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null) {
                throw new IllegalArgumentException(name + " row " + i + " is missing (null)");
            }
        }
        int width = rows[0].length;
        if (width == 0) {
            throw new IllegalArgumentException(name + " row 0 is empty: every row needs at least one number");
        }
        for (int i = 1; i < rows.length; i++) {
            if (rows[i].length != width) {
                throw new IllegalArgumentException(name + " is ragged: row 0 has " + width + " numbers but row "
                        + i + " has " + rows[i].length);
            }
        }
        return new DMatrixRMaj(rows);
    }
}
