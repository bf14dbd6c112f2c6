package io.github.backproplab.widgets;

import com.google.gson.JsonElement;
import java.util.List;

/**
 * A choice of one label from a list (ipywidgets' Dropdown). The value is the chosen label; the
 * page sends the chosen index.
 */
public final class Dropdown extends ValueWidget<String, Dropdown> {
    private final List<String> options;

    /**
     * Starts with the first option chosen.
     *
     * @throws IllegalArgumentException if there are no options, one is null, or two are equal
     */
    public Dropdown(String description, List<String> options) {
        super("Dropdown", "index", description);
        if (options == null || options.isEmpty()) {
            throw new IllegalArgumentException("Dropdown \"" + description + "\": needs at least one option");
        }
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i) == null) {
                throw new IllegalArgumentException("Dropdown \"" + description + "\": option " + i + " is null");
            }
            if (options.indexOf(options.get(i)) != i) {
                throw new IllegalArgumentException("Dropdown \"" + description + "\": option \"" + options.get(i)
                        + "\" appears twice");
            }
        }
        this.options = List.copyOf(options);
        set("_options_labels", this.options);
        value(this.options.get(0));
    }

    /** A dropdown of the given options, the first chosen. */
    public Dropdown(String description, String... options) {
        this(description, options == null ? null : List.of(options));
    }

    /** The options, in order. */
    public List<String> options() {
        return options;
    }

    /** The position of the chosen option. */
    public int index() {
        return (Integer) get("index");
    }

    @Override
    String parse(JsonElement json) {
        double number = Sliders.number("Dropdown", json);
        int index = (int) number;
        if (index != number || index < 0 || index >= options.size()) {
            throw new IllegalArgumentException("Dropdown \"" + description() + "\": index " + index
                    + " is outside 0.." + (options.size() - 1));
        }
        return options.get(index);
    }

    @Override
    String checked(String value) {
        if (!options.contains(value)) {
            throw new IllegalArgumentException("Dropdown \"" + description() + "\": \"" + value
                    + "\" is not one of " + options);
        }
        return value;
    }

    @Override
    Object toState(String value) {
        return options.indexOf(value);
    }

    @Override
    String fromState(Object index) {
        return options.get((Integer) index);
    }

    @Override
    String describe() {
        return "Dropdown " + describeValue(value() + " (of " + String.join(", ", options) + ")");
    }
}
