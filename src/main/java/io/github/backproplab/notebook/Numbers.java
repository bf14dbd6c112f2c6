package io.github.backproplab.notebook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Numbers written for reading: a few significant digits instead of the sixteen that
 * {@code Double.toString} gives ({@code 0.9333} rather than {@code 0.9333333333333333}).
 */
public final class Numbers {
    /** Significant digits that the toolkit's text output shows unless told otherwise. */
    public static final int DIGITS = 4;

    private Numbers() {
    }

    /** {@code value} to {@value #DIGITS} significant digits, e.g. {@code 0.9333}, {@code 1.235e-07}. */
    public static String round(double value) {
        return round(value, DIGITS);
    }

    /**
     * {@code value} to {@code digits} significant digits, trailing zeros dropped; plain notation
     * from 0.0001 up to a million, scientific notation outside that range.
     *
     * @throws IllegalArgumentException if {@code digits} is not between 1 and 17
     */
    public static String round(double value, int digits) {
        requireDigits(digits);
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-4 && magnitude < 1e6) {
            BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros();
            return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
        }
        String scientific = String.format(Locale.ROOT, "%." + (digits - 1) + "e", value);
        return scientific.replaceAll("\\.?0+e", "e");
    }

    static void requireDigits(int digits) {
        if (digits < 1 || digits > 17) {
            throw new IllegalArgumentException("digits must be between 1 and 17, got " + digits);
        }
    }
}
