package io.github.backproplab.nn;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A name such as {@code huber(1.0)}: a base name and at most one numeric parameter. */
record Named(String text, String kind, String base, String argument) {
    private static final Pattern FORM = Pattern.compile("([A-Za-z]+)(?:\\((.*)\\))?");

    static Named parse(String text, String kind) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a " + kind + " name");
        }
        return new Named(text, kind, m.group(1), m.group(2));
    }

    <T> T noParameter(T value) {
        if (argument != null) {
            throw new IllegalArgumentException(kind + " '" + base + "' takes no parameter, got '" + text + "'");
        }
        return value;
    }

    double parameter() {
        if (argument == null) {
            throw new IllegalArgumentException(kind + " '" + base + "' needs a parameter, as in " + base + "(0.01)");
        }
        try {
            return Double.parseDouble(argument);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter of " + kind + " '" + text + "' is not a number");
        }
    }
}
