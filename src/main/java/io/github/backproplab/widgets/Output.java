package io.github.backproplab.widgets;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.backproplab.notebook.Notebook;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An output area that Java fills, e.g. from a button's callback, when no cell is running to
 * print into: text and rendered objects (charts, tables) appear in it and {@link #clear()} empties it.
 */
public final class Output extends Widget {
    private static final Gson GSON = new Gson();

    /** An empty output area. */
    public Output() {
        super("@jupyter-widgets/output", "1.0.0", "Output");
        set("msg_id", "");
        set("outputs", List.of());
    }

    /** Empties the area. */
    public Output clear() {
        set("outputs", List.of());
        return this;
    }

    /** Adds {@code text} as printed output (add "\n" to end the line). */
    public Output appendText(String text) {
        Map<String, Object> stream = new LinkedHashMap<>();
        stream.put("output_type", "stream");
        stream.put("name", "stdout");
        stream.put("text", text == null ? "null" : text);
        return add(stream);
    }

    /** Adds {@code value} rendered as a cell would show it (a chart as a picture, a table as a table). */
    public Output append(Object value) {
        Map<String, Object> display = new LinkedHashMap<>();
        display.put("output_type", "display_data");
        JsonObject bundle = GSON.toJsonTree(render(value)).getAsJsonObject();
        display.put("data", bundle.has("data") ? bundle.get("data") : new JsonObject());
        display.put("metadata", bundle.has("metadata") ? bundle.get("metadata") : new JsonObject());
        return add(display);
    }

    /** Replaces what the area shows with {@code value}, rendered. */
    public Output show(Object value) {
        clear();
        return append(value);
    }

    /** The outputs shown, in nbformat's form (one map per output). */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> outputs() {
        return (List<Map<String, Object>>) get("outputs");
    }

    private Output add(Map<String, Object> output) {
        synchronized (this) {
            List<Map<String, Object>> outputs = new ArrayList<>(outputs());
            outputs.add(output);
            set("outputs", List.copyOf(outputs));
        }
        return this;
    }

    private static DisplayData render(Object value) {
        BaseKernel kernel = Notebook.kernel();
        if (value instanceof DisplayData data) {
            return data;
        }
        return kernel != null ? kernel.getRenderer().render(value) : new DisplayData(String.valueOf(value));
    }

    @Override
    void collectPictures(List<byte[]> pictures) {
        for (Map<String, Object> output : outputs()) {
            if (output.get("data") instanceof JsonObject data && data.has("image/png")) {
                pictures.add(Base64.getMimeDecoder().decode(data.get("image/png").getAsString()));
            }
        }
    }

    @Override
    String describe() {
        return outputs().stream().map(Output::textOf).collect(Collectors.joining());
    }

    private static String textOf(Map<String, Object> output) {
        if (output.get("text") instanceof String text) {
            return text;
        }
        if (output.get("data") instanceof JsonObject data && data.has("text/plain")) {
            JsonElement text = data.get("text/plain");
            return (text.isJsonPrimitive() ? text.getAsString() : text.toString()) + "\n";
        }
        return "";
    }
}
