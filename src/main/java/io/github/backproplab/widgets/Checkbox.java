package io.github.backproplab.widgets;

import com.google.gson.JsonElement;

/** A tick box; its value is whether it is ticked. */
public final class Checkbox extends ValueWidget<Boolean, Checkbox> {
    /** A tick box labelled {@code description}, ticked if {@code value}. */
    public Checkbox(String description, boolean value) {
        super("Checkbox", "value", description);
        set("indent", true);
        value(value);
    }

    @Override
    Boolean parse(JsonElement json) {
        return Toggles.parse("Checkbox", json);
    }

    @Override
    Boolean checked(Boolean value) {
        return Toggles.checked("Checkbox", description(), value);
    }

    @Override
    String describe() {
        return "Checkbox " + describeValue(value() ? "[x]" : "[ ]");
    }
}
