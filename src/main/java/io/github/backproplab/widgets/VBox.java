package io.github.backproplab.widgets;

/** Controls one below the other. */
public final class VBox extends Box {
    public VBox(Widget... children) {
        super("VBox", "\n", children);
    }
}
