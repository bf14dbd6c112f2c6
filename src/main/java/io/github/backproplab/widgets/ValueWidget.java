package io.github.backproplab.widgets;

import com.google.gson.JsonElement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A control with one value the page can change (a slider's number, a checkbox's tick, a
 * dropdown's choice). {@link #onChange(Consumer)} callbacks run after every change, whether it
 * came from the page or from {@link #value(Object)}.
 *
 * @param <T> the value's Java type
 * @param <W> the control's own type, so that setters chain
 */
public abstract class ValueWidget<T, W extends ValueWidget<T, W>> extends Widget {
    private final String key;
    private final List<Consumer<? super T>> callbacks = new CopyOnWriteArrayList<>();

    /** A control of {@code @jupyter-widgets/controls} whose value is state attribute {@code key}. */
    ValueWidget(String name, String key, String description) {
        super(name);
        this.key = key;
        set("description", description == null ? "" : description);
        set("description_allow_html", false);
        set("disabled", false);
    }

    /** The current value. */
    @SuppressWarnings("unchecked")
    public T value() {
        return fromState(get(key));
    }

    /**
     * Sets the value; every view shows it and the callbacks run if it changed.
     *
     * @throws IllegalArgumentException if the control cannot hold {@code value} (out of range, unknown choice)
     */
    public W value(T value) {
        set(key, toState(checked(value)));
        return self();
    }

    /** Runs {@code callback} with the new value after each change; returns this control. */
    public W onChange(Consumer<? super T> callback) {
        if (callback == null) {
            throw new IllegalArgumentException("onChange: callback is null");
        }
        if (isClosed()) {
            throw new IllegalStateException(this + " is closed: its callbacks would never run");
        }
        callbacks.add(callback);
        return self();
    }

    /** How many callbacks wait for changes; none once the control is closed. */
    public int callbackCount() {
        return callbacks.size();
    }

    /** The text beside the control. */
    public String description() {
        return (String) get("description");
    }

    /** Greys the control out ({@code true}) so the page cannot change it, or enables it again. */
    public W disabled(boolean disabled) {
        set("disabled", disabled);
        return self();
    }

    /** The value the page sent, as Java sees it. */
    abstract T parse(JsonElement json);

    /** {@code value} if the control can hold it; throws naming it otherwise. */
    abstract T checked(T value);

    /** How the value is kept in the state (the same object unless a subclass says otherwise). */
    Object toState(T value) {
        return value;
    }

    @SuppressWarnings("unchecked")
    T fromState(Object stateValue) {
        return (T) stateValue;
    }

    @SuppressWarnings("unchecked")
    final W self() {
        return (W) this;
    }

    @Override
    final Object fromPage(String attribute, JsonElement json) {
        if (!attribute.equals(key)) {
            return null;
        }
        return toState(checked(parse(json)));
    }

    @Override
    final void changed(String attribute) {
        if (attribute.equals(key)) {
            T now = value();
            for (Consumer<? super T> callback : callbacks) {
                runCallback("onChange", () -> callback.accept(now));
            }
        }
    }

    @Override
    final void freeCallbacks() {
        callbacks.clear();
    }

    /** "description: value", for the static fallback. */
    String describeValue(Object shown) {
        String description = description();
        return (description.isEmpty() ? "" : description + ": ") + shown;
    }
}
