package io.github.backproplab.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * The ends and labelling of a logarithmic axis. XChart puts a tick at every multiple of a power
 * of ten and labels either all of them (crowded over more than a decade) or only the powers of ten
 * (a single label, or none, over about a decade). So: all multiples within about a decade, powers
 * of ten beyond, and the axis ends moved out to ticks until at least three carry a label.
 */
final class LogTicks {
    /** Up to this many decades, every multiple of a power of ten is labelled. */
    static final double ALL_MULTIPLES_UP_TO = 1.3;

    private final double min;
    private final double max;
    private final boolean decadesOnly;

    private LogTicks(double min, double max, boolean decadesOnly) {
        this.min = min;
        this.max = max;
        this.decadesOnly = decadesOnly;
    }

    /** Ticks for positive data from {@code dataMin} to {@code dataMax}. */
    static LogTicks of(double dataMin, double dataMax) {
        return of(dataMin, dataMax, false);
    }

    /**
     * Ticks for positive data from {@code dataMin} to {@code dataMax} with only the powers of ten
     * labelled, whatever the range. A horizontal axis needs this: neighbouring multiples (9 and 10,
     * 90 and 100) sit only a twentieth of a decade apart, and their labels run into each other.
     */
    static LogTicks decades(double dataMin, double dataMax) {
        return of(dataMin, dataMax, true);
    }

    private static LogTicks of(double dataMin, double dataMax, boolean onlyDecades) {
        if (!(dataMin > 0) || !(dataMax >= dataMin) || !Double.isFinite(dataMax)) {
            throw new IllegalArgumentException("a log axis needs positive values, got " + dataMin + " to " + dataMax);
        }
        boolean decadesOnly = onlyDecades || Math.log10(dataMax / dataMin) > ALL_MULTIPLES_UP_TO;
        double low = decadesOnly ? Math.pow(10, Math.floor(Math.log10(dataMin) + 1e-12)) : below(dataMin);
        double high = decadesOnly ? Math.pow(10, Math.ceil(Math.log10(dataMax) - 1e-12)) : above(dataMax);
        LogTicks ticks = new LogTicks(low, high, decadesOnly);
        // widen, one tick at a time and alternately at either end, until three labels show
        boolean up = true;
        while (ticks.labelled().size() < 3) {
            double step = decadesOnly ? 10 : 1;
            ticks = up ? new LogTicks(ticks.min, decadesOnly ? ticks.max * step : above(ticks.max * 1.0001), decadesOnly)
                    : new LogTicks(decadesOnly ? ticks.min / step : below(ticks.min / 1.0001), ticks.max, decadesOnly);
            up = !up;
        }
        return ticks;
    }

    /** The largest multiple of a power of ten at or below {@code value}. */
    static double below(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        return Math.floor(value / power * (1 + 1e-12)) * power;
    }

    /** The smallest multiple of a power of ten at or above {@code value}. */
    static double above(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        return Math.ceil(value / power * (1 - 1e-12)) * power;
    }

    double min() {
        return min;
    }

    double max() {
        return max;
    }

    /** Whether only the powers of ten are labelled. */
    boolean decadesOnly() {
        return decadesOnly;
    }

    /** The labelled tick values from one axis end to the other, in increasing order. */
    List<Double> labelled() {
        List<Double> values = new ArrayList<>();
        for (int k = (int) Math.floor(Math.log10(min)) - 1; k <= (int) Math.ceil(Math.log10(max)); k++) {
            for (int m = 1; m <= (decadesOnly ? 1 : 9); m++) {
                double v = m * Math.pow(10, k);
                if (v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9)) {
                    values.add(v);
                }
            }
        }
        return values;
    }
}
