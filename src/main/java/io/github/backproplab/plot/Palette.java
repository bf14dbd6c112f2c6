package io.github.backproplab.plot;

import java.awt.Color;

/** Colours shared by the figures, chosen to stay distinct for colour-blind readers. */
public final class Palette {
    /** Series colours (Okabe and Ito's palette, reordered so the first two contrast most). */
    static final Color[] SERIES = {
        new Color(0x00, 0x72, 0xB2), // blue
        new Color(0xD5, 0x5E, 0x00), // vermillion
        new Color(0x00, 0x9E, 0x73), // bluish green
        new Color(0xCC, 0x79, 0xA7), // reddish purple
        new Color(0xE6, 0x9F, 0x00), // orange
        new Color(0x56, 0xB4, 0xE9), // sky blue
        new Color(0xF0, 0xE4, 0x42), // yellow
        new Color(0x00, 0x00, 0x00), // black
    };

    /** Positive weights. */
    static final Color POSITIVE = SERIES[0];
    /** Negative weights. */
    static final Color NEGATIVE = SERIES[1];

    private Palette() {
    }

    /** The {@code i}-th series colour, cycling. */
    public static Color series(int i) {
        return SERIES[Math.floorMod(i, SERIES.length)];
    }

    /** {@code color} with its alpha set to {@code alpha} (0 to 255). */
    static Color withAlpha(Color color, int alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
    }

    /** A light tint of {@code color}: mixed with white by {@code amount} (0 = colour, 1 = white). */
    static Color tint(Color color, double amount) {
        return blend(color, Color.WHITE, amount);
    }

    /** Linear mix of two colours: {@code t = 0} gives {@code a}, {@code t = 1} gives {@code b}. */
    static Color blend(Color a, Color b, double t) {
        double s = Math.max(0, Math.min(1, t));
        return new Color(
                (int) Math.round(a.getRed() + s * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + s * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + s * (b.getBlue() - a.getBlue())));
    }

    /** Sequential ramp from light to dark blue, {@code t} in [0, 1]; low loss reads as light. */
    static Color sequential(double t) {
        Color[] stops = {new Color(0xF7, 0xFB, 0xFF), new Color(0x9E, 0xCA, 0xE1), new Color(0x31, 0x82, 0xBD), new Color(0x08, 0x30, 0x6B)};
        double x = Math.max(0, Math.min(1, t)) * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) Math.floor(x));
        return blend(stops[i], stops[i + 1], x - i);
    }

    /**
     * The colour of layer {@code index} (0 = first) of {@code layers}: a ramp from dark purple at
     * the input through teal to green at the output, so depth reads as colour and no two layers
     * share one, however deep the network (the viridis stops, without its palest yellow).
     */
    static Color depth(int index, int layers) {
        Color[] stops = {new Color(0x44, 0x01, 0x54), new Color(0x3B, 0x52, 0x8B), new Color(0x21, 0x91, 0x8C),
            new Color(0x5E, 0xC9, 0x62), new Color(0xB5, 0xDE, 0x2B)};
        double x = layers <= 1 ? 0 : (double) index / (layers - 1) * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) Math.floor(x));
        return blend(stops[i], stops[i + 1], x - i);
    }

    /**
     * The colour for a signed value scaled to {@code t} in [-1, 1]: white at zero, deepening to the
     * negative colour at -1 and the positive colour at +1 (values outside are clamped), at most
     * {@code strength} (0 to 1) of the way from white, so that text drawn on it stays readable.
     */
    public static Color signed(double t, double strength) {
        double s = Double.isNaN(t) ? 0 : Math.max(-1, Math.min(1, t));
        return blend(Color.WHITE, s < 0 ? NEGATIVE : POSITIVE, Math.abs(s) * Math.max(0, Math.min(1, strength)));
    }

    /** Colours for a heat map of signed values: negative through white (zero) to positive. */
    static Color[] diverging() {
        return new Color[] {NEGATIVE, Color.WHITE, POSITIVE};
    }
}
