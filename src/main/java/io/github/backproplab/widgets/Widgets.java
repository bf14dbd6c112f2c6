package io.github.backproplab.widgets;

import com.google.gson.JsonObject;
import io.github.backproplab.notebook.Notebook;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.comm.Comm;
import io.github.spencerpark.jupyter.kernel.comm.CommManager;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.comm.CommCloseCommand;
import io.github.spencerpark.jupyter.messages.comm.CommMsgCommand;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The link between widgets and the running kernel: which widgets are open, and the
 * {@code jupyter.widget.control} comm target through which a page that reconnects asks for the
 * state of every widget at once. The kernel is the one {@link Notebook#install} remembered.
 */
public final class Widgets {
    /** Comm target of widget models. */
    static final String TARGET = "jupyter.widget";
    /** Comm target of the control protocol (one message fetches every widget's state). */
    static final String CONTROL_TARGET = "jupyter.widget.control";
    /** The widget protocol version ipywidgets 8 speaks, sent in each comm_open's metadata. */
    static final String PROTOCOL_VERSION = "2.1.0";

    private static final Map<String, Widget> OPEN = new LinkedHashMap<>();
    private static CommManager controlRegisteredWith;
    /** Where failures of callbacks are reported: the kernel's own error stream, as cells are not running. */
    private static final PrintStream ERRORS = System.err;

    private Widgets() {
    }

    /** The comm manager of the installed kernel, or null outside a notebook or before it connected. */
    static synchronized CommManager commManager() {
        BaseKernel kernel = Notebook.kernel();
        if (kernel == null) {
            return null;
        }
        CommManager manager = kernel.getCommManager();
        if (manager != controlRegisteredWith) {
            manager.registerTarget(CONTROL_TARGET, (m, id, target, open) -> new ControlComm(m, id, target));
            controlRegisteredWith = manager;
        }
        return manager;
    }

    /** The widgets whose comms are open now, in the order they opened. */
    public static synchronized List<Widget> open() {
        return new ArrayList<>(OPEN.values());
    }

    /** Closes every open widget: their views go away and their callbacks are let go. */
    public static void closeAll() {
        for (Widget widget : open()) {
            widget.close();
        }
    }

    static synchronized void opened(String id, Widget widget) {
        OPEN.put(id, widget);
    }

    static synchronized void forget(String id) {
        OPEN.remove(id);
    }

    /** The page sent a value the control cannot hold: say so in one line; the value is ignored. */
    static void refused(String what, RuntimeException reason) {
        ERRORS.println("widget update ignored (" + what + "): " + reason.getMessage());
    }

    /** A callback threw: say so on the kernel's error stream and carry on serving the page. */
    static void report(String what, Throwable failure) {
        ERRORS.println("widget callback failed (" + what + "): " + failure);
        failure.printStackTrace(ERRORS);
    }

    /** Sends {@code data} on {@code comm}; the base kernel needs null, not an empty list, for no buffers. */
    static void send(Comm comm, JsonObject data, List<byte[]> buffers) {
        comm.send(data, null, buffers.isEmpty() ? null : buffers);
    }

    /** Answers {@code request_states} with the state of every open widget, buffers included. */
    private static final class ControlComm extends Comm {
        private final CommManager manager;

        ControlComm(CommManager manager, String id, String targetName) {
            super(manager, id, targetName);
            this.manager = manager;
        }

        @Override
        protected void onMessage(Message<CommMsgCommand> message) {
            JsonObject data = message.getContent().getData();
            if (data == null || !data.has("method") || !"request_states".equals(data.get("method").getAsString())) {
                return;
            }
            manager.setMessageContext(message);
            Map<String, Object> states = new LinkedHashMap<>();
            for (Widget widget : open()) {
                // as the page's widget manager reads it: the model's name, module and version beside its state
                Map<String, Object> state = widget.snapshot();
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("model_name", state.get("_model_name"));
                entry.put("model_module", state.get("_model_module"));
                entry.put("model_module_version", state.get("_model_module_version"));
                entry.put("state", state);
                states.put(widget.id(), entry);
            }
            WidgetState all = WidgetState.of(states);
            JsonObject reply = new JsonObject();
            reply.addProperty("method", "update_states");
            reply.add("states", all.state());
            reply.add("buffer_paths", all.bufferPaths());
            Widgets.send(this, reply, all.buffers());
        }

        @Override
        protected void onClose(Message<CommCloseCommand> closeMessage, boolean sending) {
        }
    }
}
