package io.github.backproplab.widgets;

import com.google.gson.JsonElement;

/**
 * A slider over real numbers from {@code min} to {@code max} (ipywidgets' FloatSlider). The step
 * is a hundredth of the range unless set; the readout shows three significant digits.
 */
public final class FloatSlider extends ValueWidget<Double, FloatSlider> {
    /**
     * A slider labelled {@code description} from {@code min} to {@code max}, at {@code value}.
     *
     * @throws IllegalArgumentException if a bound is not finite, {@code min >= max}, or {@code value} lies outside them
     */
    public FloatSlider(String description, double min, double max, double value) {
        super("FloatSlider", "value", description);
        String name = "FloatSlider \"" + description + "\"";
        Sliders.finite(name, "min", min);
        Sliders.finite(name, "max", max);
        if (!(min < max)) {
            throw new IllegalArgumentException(name + ": min " + min + " is not below max " + max);
        }
        set("min", min);
        set("max", max);
        set("step", (max - min) / 100);
        Sliders.defaults(this, ".3g");
        value(value);
    }

    /** The distance between neighbouring positions. */
    public FloatSlider step(double step) {
        if (!(step > 0) || !Double.isFinite(step)) {
            throw new IllegalArgumentException("FloatSlider \"" + description() + "\": step " + step + " must be positive");
        }
        set("step", step);
        return this;
    }

    /** Whether the value reaches Java while the handle moves (true) or only when it is let go. */
    public FloatSlider continuousUpdate(boolean continuous) {
        set("continuous_update", continuous);
        return this;
    }

    /** The readout's format in d3-format notation, e.g. ".2f" or ".3g". */
    public FloatSlider readoutFormat(String format) {
        set("readout_format", format);
        return this;
    }

    /** The smallest value. */
    public double min() {
        return (Double) get("min");
    }

    /** The largest value. */
    public double max() {
        return (Double) get("max");
    }

    @Override
    Double parse(JsonElement json) {
        return Sliders.number("FloatSlider", json);
    }

    @Override
    Double checked(Double value) {
        if (value == null || !(value >= min() && value <= max())) {
            throw new IllegalArgumentException("FloatSlider \"" + description() + "\": value " + value
                    + " is outside " + min() + ".." + max());
        }
        return value;
    }

    @Override
    String describe() {
        return "FloatSlider " + describeValue(value() + " (" + min() + ".." + max() + ")");
    }
}
