package io.github.backproplab.notebook;

import java.util.Locale;

/**
 * One way of writing all the numbers of a matrix, so that they line up and compare at a glance:
 * the same number of decimals for every entry, chosen so that the largest entry keeps the wanted
 * significant digits (the way NumPy prints arrays). Entries much smaller than the largest show as
 * zeros; a matrix whose largest entry is tiny or huge is written in scientific notation throughout.
 */
final class NumberColumns {
    private final boolean scientific;
    private final int decimals;

    private NumberColumns(boolean scientific, int decimals) {
        this.scientific = scientific;
        this.decimals = decimals;
    }

    /** The layout for {@code values} (the entries that will be shown) at {@code digits} significant digits. */
    static NumberColumns of(double[] values, int digits) {
        Numbers.requireDigits(digits);
        double largest = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                largest = Math.max(largest, Math.abs(v));
            }
        }
        if (largest == 0) {
            return new NumberColumns(false, 0);
        }
        if (largest < 1e-4 || largest >= 1e6) {
            return new NumberColumns(true, digits - 1);
        }
        int decimals = Math.max(0, digits - 1 - (int) Math.floor(Math.log10(largest)));
        // drop decimals that are zero in every entry: 0.5 and -0.3 stay 0.5 and -0.3, not 0.5000
        while (decimals > 0 && allEndInZero(values, decimals)) {
            decimals--;
        }
        return new NumberColumns(false, decimals);
    }

    private static boolean allEndInZero(double[] values, int decimals) {
        NumberColumns layout = new NumberColumns(false, decimals);
        for (double v : values) {
            String text = layout.format(v);
            if (Double.isFinite(v) && !text.endsWith("0")) {
                return false;
            }
        }
        return true;
    }

    /** {@code value} in this layout; a negative value that rounds to zero loses its sign. */
    String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        String text = String.format(Locale.ROOT, scientific ? "%." + decimals + "e" : "%." + decimals + "f", value);
        if (text.startsWith("-") && text.matches("-[0.]*(e.*)?")) {
            return text.substring(1);
        }
        return text;
    }
}
