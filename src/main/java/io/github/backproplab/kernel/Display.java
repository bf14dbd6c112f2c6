package io.github.backproplab.kernel;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import java.util.UUID;

/**
 * The notebook functions, with the same names and signatures as IJava's, so that a notebook runs
 * unchanged in either kernel. The kernel imports them statically at start-up: a cell just calls
 * {@code display(chart)}.
 */
public final class Display {
    private static volatile BaseKernel kernel;
    /** The id {@code display} returned last; a cell ending in {@code display(x)} does not echo it. */
    private static volatile String lastId;

    private Display() {
    }

    /** Binds the functions to the kernel whose notebook they write to. */
    static void attach(BaseKernel target) {
        kernel = target;
    }

    /**
     * Renders {@code o} with its preferred MIME types and shows it below the cell now.
     *
     * @return the display id, to pass to {@link #updateDisplay(String, Object)} later
     */
    public static String display(Object o) {
        return show(render(o));
    }

    /**
     * Renders {@code o} as the given MIME types (for example {@code "image/png"}) and shows it.
     *
     * @return the display id, to pass to {@link #updateDisplay(String, Object, String...)} later
     */
    public static String display(Object o, String... mimeTypes) {
        return show(render(o, mimeTypes));
    }

    /** Renders {@code o} with its preferred MIME types, without showing it. */
    public static DisplayData render(Object o) {
        return o instanceof DisplayData data ? data : kernel().getRenderer().render(o);
    }

    /** Renders {@code o} as the given MIME types, without showing it. */
    public static DisplayData render(Object o, String... mimeTypes) {
        return kernel().getRenderer().renderAs(o, mimeTypes);
    }

    /** Replaces the output shown by {@code display(...)} under {@code id} with {@code o}. */
    public static void updateDisplay(String id, Object o) {
        kernel().getIO().display.updateDisplay(id, render(o));
    }

    /** Replaces the output shown under {@code id} with {@code o}, rendered as the given types. */
    public static void updateDisplay(String id, Object o, String... mimeTypes) {
        kernel().getIO().display.updateDisplay(id, render(o, mimeTypes));
    }

    private static String show(DisplayData data) {
        DisplayData shown = new DisplayData(data); // a fresh copy: the caller's data stays without id
        String id = data.hasDisplayId() ? data.getDisplayId() : UUID.randomUUID().toString();
        shown.setDisplayId(id);
        kernel().display(shown);
        lastId = id;
        return id;
    }

    /** Starts a new cell: only a {@code display} call in this cell counts as the last one. */
    static void forgetLastId() {
        lastId = null;
    }

    /** Whether {@code value} is the very id object the last {@code display} call returned. */
    static boolean isLastDisplayId(Object value) {
        return value != null && value == lastId;
    }

    private static BaseKernel kernel() {
        BaseKernel k = kernel;
        if (k == null) {
            throw new IllegalStateException("display functions need a running notebook kernel");
        }
        return k;
    }
}
