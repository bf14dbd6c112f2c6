package io.github.backproplab.widgets;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.spencerpark.jupyter.kernel.comm.CommManager;
import io.github.spencerpark.jupyter.kernel.display.DisplayDataRenderable;
import io.github.spencerpark.jupyter.kernel.display.RenderContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One control in the page, mirrored in Java: its state (the attributes of an ipywidgets 8 model)
 * lives here, goes to the page when the widget is first shown, and every later change on either
 * side travels to the other as an {@code update}.
 *
 * <p>Showing a widget ({@code display(w)} or a cell ending in {@code w}) opens its comm and shows
 * its view; where no widget front end is present, the same output shows a static fallback.
 * {@link #close()} removes the views and lets go of the callbacks.
 */
public abstract class Widget implements DisplayDataRenderable {
    static final String BASE = "@jupyter-widgets/base";
    static final String CONTROLS = "@jupyter-widgets/controls";
    static final String CONTROLS_VERSION = "2.0.0";

    private final Map<String, Object> state = new LinkedHashMap<>();
    private final String localId = UUID.randomUUID().toString();
    private WidgetComm comm;
    private boolean closed;

    /** A model of {@code @jupyter-widgets/controls} with its view, e.g. "IntSlider". */
    Widget(String name) {
        this(CONTROLS, CONTROLS_VERSION, name);
    }

    /** A model {@code name + "Model"} with the view {@code name + "View"}, both in {@code module}. */
    Widget(String module, String version, String name) {
        state.put("_model_module", module);
        state.put("_model_module_version", version);
        state.put("_model_name", name + "Model");
        state.put("_view_module", module);
        state.put("_view_module_version", version);
        state.put("_view_name", name + "View");
        state.put("_dom_classes", List.of());
        state.put("tabbable", null);
        state.put("tooltip", null);
    }

    /** The model id: the comm id once the widget is shown, a local id before. */
    public synchronized String id() {
        return comm != null ? comm.getID() : localId;
    }

    /** Whether the widget's comm is open, that is a page may be showing and changing it. */
    public synchronized boolean isOpen() {
        return comm != null && !closed;
    }

    /** Whether the widget was closed, from Java or by the page; a closed widget stays closed. */
    public synchronized boolean isClosed() {
        return closed;
    }

    /** The help text shown when the pointer rests on the control; null for none. */
    public Widget tooltip(String text) {
        set("tooltip", text);
        return this;
    }

    /** A copy of the whole state, as the page's model holds it. */
    public synchronized Map<String, Object> snapshot() {
        return new LinkedHashMap<>(state);
    }

    /** The state attribute {@code key}, or null. */
    synchronized Object get(String key) {
        return state.get(key);
    }

    /** Sets state attribute {@code key} and sends the change to the page; runs {@link #changed} if it changed. */
    void set(String key, Object value) {
        boolean changed;
        synchronized (this) {
            Object old = state.put(key, value);
            changed = !java.util.Objects.deepEquals(old, value);
            if (changed && isOpen()) {
                Map<String, Object> update = new LinkedHashMap<>();
                update.put(key, value);
                openReferences(update);
                sendUpdate("update", WidgetState.of(update));
            }
        }
        if (changed) {
            changed(key);
        }
    }

    /**
     * Opens the comm if a kernel is running and the widget is not open yet; the comm_open carries
     * the full state (binary values follow in an update, as the base kernel's comm_open has no
     * buffers). Widgets this one refers to are opened first.
     *
     * @return whether the comm is open
     */
    synchronized boolean open() {
        if (comm != null || closed) {
            return isOpen();
        }
        CommManager manager = Widgets.commManager();
        if (manager == null) {
            return false;
        }
        openReferences(state);
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Object> binary = new LinkedHashMap<>();
        state.forEach((key, value) -> (value instanceof byte[] ? binary : json).put(key, value));
        WidgetState initial = WidgetState.of(json);
        comm = manager.openComm(Widgets.TARGET, (m, id, target, message) -> {
            JsonObject data = message.getContent().getData();
            data.add("state", initial.state());
            data.add("buffer_paths", initial.bufferPaths());
            message.getNonNullMetadata().put("version", Widgets.PROTOCOL_VERSION);
            return new WidgetComm(m, id, target, this);
        });
        if (comm == null) {
            return false;
        }
        Widgets.opened(comm.getID(), this);
        if (!binary.isEmpty()) {
            sendUpdate("update", WidgetState.of(binary));
        }
        return true;
    }

    /** Opens every widget referred to in {@code values} (directly or in lists). */
    private static void openReferences(Map<String, ?> values) {
        for (Object value : values.values()) {
            if (value instanceof Widget w) {
                w.open();
            } else if (value instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof Widget w) {
                        w.open();
                    }
                }
            }
        }
    }

    private void sendUpdate(String method, WidgetState update) {
        Widgets.send(comm, update.message(method), update.buffers());
    }

    /** Handles a comm message from the page: a state update, a state request or a custom message. */
    void receive(JsonObject data, List<byte[]> buffers) {
        String method = data != null && data.has("method") ? data.get("method").getAsString() : "";
        switch (method) {
            case "update" -> receiveUpdate(data.has("state") ? data.getAsJsonObject("state") : new JsonObject());
            case "request_state" -> {
                synchronized (this) {
                    if (isOpen()) {
                        sendUpdate("update", WidgetState.of(state));
                    }
                }
            }
            case "custom" -> {
                try {
                    custom(data.get("content"));
                } catch (RuntimeException e) {
                    Widgets.report(getClass().getSimpleName() + " message " + data.get("content"), e);
                }
            }
            default -> {
                // Other methods belong to newer protocol versions; nothing to do.
            }
        }
    }

    /**
     * Applies the attributes the page may change, echoes them back to every page (protocol 2.1:
     * the page that sent them knows its own echo by the parent header), then runs the callbacks.
     */
    private void receiveUpdate(JsonObject update) {
        List<String> changedKeys = new ArrayList<>();
        synchronized (this) {
            JsonObject echo = new JsonObject();
            for (Map.Entry<String, JsonElement> entry : update.entrySet()) {
                Object value;
                try {
                    value = fromPage(entry.getKey(), entry.getValue());
                } catch (RuntimeException e) {
                    Widgets.refused(getClass().getSimpleName() + "." + entry.getKey() + " = " + entry.getValue(), e);
                    continue;
                }
                if (value == null) {
                    continue; // not an attribute the page may change
                }
                echo.add(entry.getKey(), entry.getValue());
                Object old = state.put(entry.getKey(), value);
                if (!java.util.Objects.deepEquals(old, value)) {
                    changedKeys.add(entry.getKey());
                }
            }
            if (echo.size() > 0 && isOpen()) {
                sendUpdate("echo_update", new WidgetState(echo, new JsonArray(), List.of()));
            }
        }
        for (String key : changedKeys) {
            changed(key);
        }
    }

    /**
     * The Java value for attribute {@code key} sent by the page, or null if the page may not change
     * {@code key}. Throws if the value is malformed; the update of that key is then ignored.
     */
    Object fromPage(String key, JsonElement value) {
        return null;
    }

    /** Attribute {@code key} changed, from Java or from the page: run the callbacks that watch it. */
    void changed(String key) {
    }

    /** A custom message from the page. */
    void custom(JsonElement content) {
    }

    /** Lets go of the callbacks; called once, when the widget closes. */
    void freeCallbacks() {
    }

    /** Runs {@code callback}, reporting a failure instead of letting it reach the kernel's message loop. */
    void runCallback(String what, Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException | Error e) {
            if (e instanceof VirtualMachineError vm) {
                throw vm;
            }
            Widgets.report(getClass().getSimpleName() + " " + what, e);
        }
    }

    /** Closes the comm (the page removes the views) and lets go of the callbacks. */
    public void close() {
        WidgetComm open;
        synchronized (this) {
            if (closed) {
                return;
            }
            open = comm;
        }
        if (open != null) {
            open.close(); // calls closed() back through the comm
        }
        closed();
    }

    /** The comm closed, from either side. */
    void closed() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        Widgets.forget(id());
        freeCallbacks();
    }

    /** One line saying what the control is and its current value, for the static fallback. */
    abstract String describe();

    /** Adds the PNG pictures this widget shows (none by default). */
    void collectPictures(List<byte[]> pictures) {
    }

    @Override
    public void render(RenderContext context) {
        StaticView.render(this, open(), context.getOutputContainer());
    }

    @Override
    public String toString() {
        return describe();
    }
}
