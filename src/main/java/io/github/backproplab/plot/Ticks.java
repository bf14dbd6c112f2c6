package io.github.backproplab.plot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** Round tick values and short tick labels, for the axes the figures draw themselves. */
final class Ticks {
    private Ticks() {
    }

    /** Multiples of 1, 2 or 5 times a power of ten within [min, max], about {@code count} of them. */
    static double[] nice(double min, double max, int count) {
        return nice(min, max, count, 0);
    }

    /** Whole numbers only, for counts: like {@link #nice(double, double, int)} with steps of at least 1. */
    static double[] integers(double min, double max, int count) {
        return nice(min, max, count, 1);
    }

    private static double[] nice(double min, double max, int count, double smallestStep) {
        if (!(max > min)) {
            return new double[] {min};
        }
        double rough = Math.max(smallestStep, (max - min) / Math.max(1, count));
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double step = power;
        for (double m : new double[] {1, 2, 5, 10}) {
            step = m * power;
            if (step >= rough) {
                break;
            }
        }
        List<Double> ticks = new ArrayList<>();
        BigDecimal exactStep = new BigDecimal(Double.toString(step));
        // multiples computed in decimal, so 3 x 0.2 is 0.6 and not 0.6000000000000001
        for (long k = (long) Math.ceil(min / step - 1e-9); k * step <= max + step * 1e-9; k++) {
            ticks.add(exactStep.multiply(BigDecimal.valueOf(k)).doubleValue());
        }
        return ticks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** {@code value} with at most three significant digits, no trailing zeros. */
    static String label(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : Double.toString(value);
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e5) {
            BigDecimal rounded = new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros();
            return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
        }
        return String.format(java.util.Locale.ROOT, "%.2e", value).replaceAll("\\.?0+e", "e");
    }
}
