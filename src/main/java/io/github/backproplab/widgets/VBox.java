package io.github.backproplab.widgets;

/** Controls one below the other. */
public final class VBox extends Box {
    /** A column of {@code children}, top to bottom. */
    public VBox(Widget... children) {
        super("VBox", "\n", children);
    }
}
