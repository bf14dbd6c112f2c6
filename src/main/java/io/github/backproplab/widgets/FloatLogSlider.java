package io.github.backproplab.widgets;

import com.google.gson.JsonElement;

/**
 * A slider whose positions are evenly spaced in powers of ten, for values such as a step size
 * that matter by their order of magnitude (ipywidgets' FloatLogSlider, base 10). The bounds are
 * given as values (say 1e-4 and 1), not as exponents.
 */
public final class FloatLogSlider extends ValueWidget<Double, FloatLogSlider> {
    /**
     * A slider labelled {@code description} from {@code min} to {@code max} (values, both positive), at {@code value}.
     *
     * @throws IllegalArgumentException if a bound is not positive and finite, {@code min >= max},
     *                                  or {@code value} lies outside them
     */
    public FloatLogSlider(String description, double min, double max, double value) {
        super("FloatLogSlider", "value", description);
        String name = "FloatLogSlider \"" + description + "\"";
        if (!(min > 0) || !(max > 0) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException(name + ": bounds " + min + " and " + max + " must be positive and finite");
        }
        if (!(min < max)) {
            throw new IllegalArgumentException(name + ": min " + min + " is not below max " + max);
        }
        set("base", 10.0);
        set("min", Math.log10(min));
        set("max", Math.log10(max));
        set("step", 0.1); // in powers of ten: ten positions per decade
        Sliders.defaults(this, ".3g");
        value(value);
    }

    /** The distance between neighbouring positions, in powers of ten (0.1: ten positions per decade). */
    public FloatLogSlider step(double decades) {
        if (!(decades > 0) || !Double.isFinite(decades)) {
            throw new IllegalArgumentException("FloatLogSlider \"" + description() + "\": step " + decades + " must be positive");
        }
        set("step", decades);
        return this;
    }

    /** Whether the value reaches Java while the handle moves (true) or only when it is let go. */
    public FloatLogSlider continuousUpdate(boolean continuous) {
        set("continuous_update", continuous);
        return this;
    }

    /** The smallest value, {@code 10^min exponent}. */
    public double min() {
        return Math.pow(10, (Double) get("min"));
    }

    /** The largest value. */
    public double max() {
        return Math.pow(10, (Double) get("max"));
    }

    @Override
    Double parse(JsonElement json) {
        return Sliders.number("FloatLogSlider", json);
    }

    @Override
    Double checked(Double value) {
        // compare exponents: 10^log10(x) need not give x back exactly
        double exponent = value == null ? Double.NaN : Math.log10(value);
        double tolerance = 1e-12;
        if (!(exponent >= (Double) get("min") - tolerance && exponent <= (Double) get("max") + tolerance)) {
            throw new IllegalArgumentException("FloatLogSlider \"" + description() + "\": value " + value
                    + " is outside " + min() + ".." + max());
        }
        return value;
    }

    @Override
    String describe() {
        return "FloatLogSlider " + describeValue(value() + " (" + min() + ".." + max() + ", log scale)");
    }
}
