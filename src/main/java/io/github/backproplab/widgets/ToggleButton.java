package io.github.backproplab.widgets;

import com.google.gson.JsonElement;

/** A button that stays pressed until pressed again; its value is whether it is pressed. */
public final class ToggleButton extends ValueWidget<Boolean, ToggleButton> {
    /** A toggle labelled {@code description}, pressed if {@code value}. */
    public ToggleButton(String description, boolean value) {
        super("ToggleButton", "value", description);
        set("button_style", "");
        set("icon", "");
        value(value);
    }

    @Override
    Boolean parse(JsonElement json) {
        return Toggles.parse("ToggleButton", json);
    }

    @Override
    Boolean checked(Boolean value) {
        return Toggles.checked("ToggleButton", description(), value);
    }

    @Override
    String describe() {
        return "ToggleButton " + describeValue(value() ? "on" : "off");
    }
}
