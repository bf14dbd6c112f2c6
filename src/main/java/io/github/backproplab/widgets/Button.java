package io.github.backproplab.widgets;

import com.google.gson.JsonElement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A push button; {@link #onClick(Runnable)} callbacks run on each click in the page. */
public final class Button extends Widget {
    private final List<Runnable> callbacks = new CopyOnWriteArrayList<>();

    /** A button labelled {@code description}. */
    public Button(String description) {
        super("Button");
        set("description", description == null ? "" : description);
        set("disabled", false);
        set("button_style", "");
        set("icon", "");
    }

    /** Runs {@code callback} on every click; returns this button. */
    public Button onClick(Runnable callback) {
        if (callback == null) {
            throw new IllegalArgumentException("onClick: callback is null");
        }
        if (isClosed()) {
            throw new IllegalStateException(this + " is closed: its callbacks would never run");
        }
        callbacks.add(callback);
        return this;
    }

    /** Clicks the button from Java: runs the callbacks as a click in the page would. */
    public void click() {
        for (Runnable callback : callbacks) {
            runCallback("onClick", callback);
        }
    }

    /** How many callbacks wait for clicks; none once the button is closed. */
    public int callbackCount() {
        return callbacks.size();
    }

    /** The button's text. */
    public String description() {
        return (String) get("description");
    }

    /** Changes the button's text. */
    public Button description(String text) {
        set("description", text == null ? "" : text);
        return this;
    }

    /** Greys the button out ({@code true}) so it cannot be clicked, or enables it again. */
    public Button disabled(boolean disabled) {
        set("disabled", disabled);
        return this;
    }

    /** One of "primary", "success", "info", "warning", "danger" or "" (plain). */
    public Button style(String buttonStyle) {
        if (!List.of("primary", "success", "info", "warning", "danger", "").contains(buttonStyle)) {
            throw new IllegalArgumentException("Button \"" + description() + "\": style \"" + buttonStyle
                    + "\" is not one of primary, success, info, warning, danger or \"\"");
        }
        set("button_style", buttonStyle);
        return this;
    }

    @Override
    void custom(JsonElement content) {
        if (content != null && content.isJsonObject() && content.getAsJsonObject().has("event")
                && "click".equals(content.getAsJsonObject().get("event").getAsString())) {
            click();
        }
    }

    @Override
    void freeCallbacks() {
        callbacks.clear();
    }

    @Override
    String describe() {
        return "Button [" + description() + "]";
    }
}
