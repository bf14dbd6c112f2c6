package io.github.backproplab.widgets;

import com.google.gson.JsonElement;

/** A slider over whole numbers from {@code min} to {@code max} (ipywidgets' IntSlider). */
public final class IntSlider extends ValueWidget<Integer, IntSlider> {
    /**
     * A slider labelled {@code description} from {@code min} to {@code max} in steps of 1, at {@code value}.
     *
     * @throws IllegalArgumentException if {@code min > max} or {@code value} lies outside them
     */
    public IntSlider(String description, int min, int max, int value) {
        super("IntSlider", "value", description);
        if (min > max) {
            throw new IllegalArgumentException("IntSlider \"" + description + "\": min " + min + " is above max " + max);
        }
        set("min", min);
        set("max", max);
        set("step", 1);
        Sliders.defaults(this, "d");
        value(value);
    }

    /** The distance between neighbouring positions (1 unless set). */
    public IntSlider step(int step) {
        if (step <= 0) {
            throw new IllegalArgumentException("IntSlider \"" + description() + "\": step " + step + " must be positive");
        }
        set("step", step);
        return this;
    }

    /** Whether the value reaches Java while the handle moves (true) or only when it is let go. */
    public IntSlider continuousUpdate(boolean continuous) {
        set("continuous_update", continuous);
        return this;
    }

    /** The smallest value. */
    public int min() {
        return (Integer) get("min");
    }

    /** The largest value. */
    public int max() {
        return (Integer) get("max");
    }

    @Override
    Integer parse(JsonElement json) {
        double number = Sliders.number("IntSlider", json);
        if (number != Math.rint(number)) {
            throw new IllegalArgumentException("IntSlider value " + json + " is not a whole number");
        }
        return (int) number;
    }

    @Override
    Integer checked(Integer value) {
        if (value == null || value < min() || value > max()) {
            throw new IllegalArgumentException("IntSlider \"" + description() + "\": value " + value
                    + " is outside " + min() + ".." + max());
        }
        return value;
    }

    @Override
    String describe() {
        return "IntSlider " + describeValue(value() + " (" + min() + ".." + max() + ")");
    }
}
