package io.github.backproplab.widgets;

/** Controls side by side in a row. */
public final class HBox extends Box {
    /** A row of {@code children}, left to right. */
    public HBox(Widget... children) {
        super("HBox", " | ", children);
    }
}
