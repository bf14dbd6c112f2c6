package io.github.backproplab.widgets;

import com.google.gson.JsonElement;

/** The value checks shared by the two on/off controls. */
final class Toggles {
    private Toggles() {
    }

    static Boolean parse(String control, JsonElement json) {
        if (!json.isJsonPrimitive() || !json.getAsJsonPrimitive().isBoolean()) {
            throw new IllegalArgumentException(control + " value " + json + " is not true or false");
        }
        return json.getAsBoolean();
    }

    static Boolean checked(String control, String description, Boolean value) {
        if (value == null) {
            throw new IllegalArgumentException(control + " \"" + description + "\": value is null, not true or false");
        }
        return value;
    }
}
