package io.github.backproplab.widgets;

/** The attributes every slider model has, with the values ipywidgets gives them. */
final class Sliders {
    private Sliders() {
    }

    static void defaults(Widget slider, String readoutFormat) {
        slider.set("behavior", "drag-tap");
        slider.set("continuous_update", true);
        slider.set("orientation", "horizontal");
        slider.set("readout", true);
        slider.set("readout_format", readoutFormat);
    }

    /** The number the page sent, or an exception naming the control and what came instead. */
    static double number(String control, com.google.gson.JsonElement json) {
        if (!json.isJsonPrimitive() || !json.getAsJsonPrimitive().isNumber()) {
            throw new IllegalArgumentException(control + " value " + json + " is not a number");
        }
        return json.getAsDouble();
    }

    /** A finite number, or an exception naming the control, the attribute and the value. */
    static double finite(String control, String attribute, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(control + ": " + attribute + " " + value + " is not a finite number");
        }
        return value;
    }
}
