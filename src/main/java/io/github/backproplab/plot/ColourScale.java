package io.github.backproplab.plot;

import java.awt.Color;
import java.util.Arrays;

/**
 * How colour encodes a value: colours at increasing stop values, blended between them
 * (continuous) or constant between them (banded, one colour per band). The stops sit at equal
 * distances along a colour bar, so a banded scale with uneven stops reads as labelled bands.
 */
final class ColourScale {
    private final String title;
    private final double[] stops;
    private final Color[] colours;
    private final boolean banded;
    private boolean counts;

    private ColourScale(String title, double[] stops, Color[] colours, boolean banded) {
        for (int k = 1; k < stops.length; k++) {
            if (!(stops[k] > stops[k - 1])) {
                throw new IllegalArgumentException("colour scale stops must increase, got " + Arrays.toString(stops));
            }
        }
        this.title = title;
        this.stops = stops;
        this.colours = colours;
        this.banded = banded;
    }

    /** Light (low) to dark blue (high), linear from {@code min} to {@code max}. */
    static ColourScale sequential(String title, double min, double max) {
        double[] range = span(min, max);
        // the ramp has stops of its own: sample it finely
        int n = 9;
        double[] stops = new double[n];
        Color[] colours = new Color[n];
        for (int k = 0; k < n; k++) {
            stops[k] = range[0] + (range[1] - range[0]) * k / (n - 1);
            colours[k] = Palette.sequential((double) k / (n - 1));
        }
        return new ColourScale(title, stops, colours, false);
    }

    /** Negative colour through white at zero to positive colour, from {@code -reach} to {@code reach}. */
    static ColourScale diverging(String title, double reach) {
        double r = reach > 0 && Double.isFinite(reach) ? reach : 1;
        return new ColourScale(title, new double[] {-r, 0, r}, Palette.diverging(), false);
    }

    /** White at zero to the positive colour at {@code max}. */
    static ColourScale fromZero(String title, double max) {
        double m = max > 0 && Double.isFinite(max) ? max : 1;
        return new ColourScale(title, new double[] {0, m}, new Color[] {Color.WHITE, Palette.POSITIVE}, false);
    }

    /**
     * Bands between {@code bounds} (increasing, first and last the data's range), shaded light to
     * dark blue.
     */
    static ColourScale bands(String title, double[] bounds) {
        Color[] colours = new Color[bounds.length - 1];
        for (int b = 0; b < colours.length; b++) {
            colours[b] = Palette.sequential(0.05 + 0.8 * b / Math.max(1, colours.length - 1));
        }
        return new ColourScale(title, bounds.clone(), colours, true);
    }

    /** Counts from 0 to {@code max}, white to {@code high}; labelled with whole numbers only. */
    static ColourScale counts(String title, int max, Color high) {
        ColourScale scale = new ColourScale(title, new double[] {0, Math.max(1, max)}, new Color[] {Color.WHITE, high}, false);
        scale.counts = true;
        return scale;
    }

    /** Two colours split at {@code threshold}, within [min, max]. */
    static ColourScale split(String title, double min, double threshold, double max, Color below, Color above) {
        return new ColourScale(title, new double[] {min, threshold, max}, new Color[] {below, above}, true);
    }

    private static double[] span(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            return new double[] {0, 1};
        }
        return max > min ? new double[] {min, max} : new double[] {min - 0.5, min + 0.5};
    }

    String title() {
        return title;
    }

    double min() {
        return stops[0];
    }

    double max() {
        return stops[stops.length - 1];
    }

    boolean banded() {
        return banded;
    }

    /** The stop values (band boundaries for a banded scale); a copy. */
    double[] stops() {
        return stops.clone();
    }

    /** Where {@code value} sits along the bar, 0 at the bottom to 1 at the top (clamped). */
    double position(double value) {
        if (Double.isNaN(value) || value <= stops[0]) {
            return 0;
        }
        int last = stops.length - 1;
        if (value >= stops[last]) {
            return 1;
        }
        int k = 0;
        while (value >= stops[k + 1]) {
            k++;
        }
        return (k + (value - stops[k]) / (stops[k + 1] - stops[k])) / last;
    }

    /** The colour at a position along the bar, 0 to 1. */
    Color colourAtPosition(double position) {
        double p = Math.max(0, Math.min(1, position));
        if (banded) {
            return colours[Math.min(colours.length - 1, (int) Math.floor(p * colours.length))];
        }
        double x = p * (colours.length - 1);
        int k = Math.min(colours.length - 2, (int) Math.floor(x));
        return Palette.blend(colours[k], colours[k + 1], x - k);
    }

    /** The colour of {@code value}. */
    Color colour(double value) {
        if (banded) {
            int last = stops.length - 1;
            int k = 0;
            while (k < last - 1 && value >= stops[k + 1]) {
                k++;
            }
            return colours[k];
        }
        return colourAtPosition(position(value));
    }

    /** Values to label along the bar: the band boundaries, or round numbers (whole for counts) across the range. */
    double[] ticks() {
        return banded ? stops() : counts ? Ticks.integers(min(), max(), 5) : Ticks.nice(min(), max(), 5);
    }
}
