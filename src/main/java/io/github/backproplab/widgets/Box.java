package io.github.backproplab.widgets;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Controls laid out together; {@link HBox} puts them in a row, {@link VBox} in a column. */
public abstract class Box extends Widget {
    private final String separator;

    Box(String name, String separator, Widget... children) {
        super(name);
        this.separator = separator;
        set("box_style", "");
        children(children);
    }

    /** The controls inside, in order. */
    @SuppressWarnings("unchecked")
    public List<Widget> children() {
        return (List<Widget>) get("children");
    }

    /**
     * Replaces the controls inside.
     *
     * @throws IllegalArgumentException if a child is null or is this box
     */
    public Box children(Widget... children) {
        List<Widget> list = Arrays.asList(children == null ? new Widget[0] : children);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null || list.get(i) == this) {
                throw new IllegalArgumentException(getClass().getSimpleName() + ": child " + i + " is "
                        + (list.get(i) == null ? "null" : "the box itself"));
            }
        }
        set("children", List.copyOf(list));
        return this;
    }

    @Override
    void collectPictures(List<byte[]> pictures) {
        for (Widget child : children()) {
            child.collectPictures(pictures);
        }
    }

    @Override
    String describe() {
        return children().stream().map(Widget::describe).collect(Collectors.joining(separator));
    }
}
