package io.github.backproplab.widgets;

/** A line of text that Java can change, e.g. "epoch 12, loss 0.031". */
public final class Label extends Widget {
    /** A label showing {@code text}. */
    public Label(String text) {
        super("Label");
        set("description", "");
        set("description_allow_html", false);
        set("placeholder", "\u200b");
        text(text);
    }

    /** The text shown. */
    public String text() {
        return (String) get("value");
    }

    /** Shows {@code text} instead. */
    public Label text(String text) {
        set("value", text == null ? "" : text);
        return this;
    }

    @Override
    String describe() {
        return text();
    }
}
