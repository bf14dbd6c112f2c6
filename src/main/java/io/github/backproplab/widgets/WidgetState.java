package io.github.backproplab.widgets;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A widget's state as the protocol sends it: JSON for everything but binary values, which travel
 * as separate buffers. Each buffer's place in the state is given by its path (keys and list
 * indices); a binary map entry is left out of the JSON, a binary list item becomes {@code null}.
 *
 * @param state       the JSON part
 * @param bufferPaths one path per buffer, in the order of {@code buffers}
 * @param buffers     the binary values
 */
record WidgetState(JsonObject state, JsonArray bufferPaths, List<byte[]> buffers) {
    /** The reference to another widget inside a state, as ipywidgets writes it. */
    static final String MODEL_REFERENCE_PREFIX = "IPY_MODEL_";

    /**
     * Splits {@code values} into JSON and buffers. Values may be null, strings, booleans, numbers
     * (finite), byte arrays, widgets (sent as references), lists and string-keyed maps of these.
     *
     * @throws IllegalArgumentException naming the key of a value that has no JSON form
     */
    static WidgetState of(Map<String, ?> values) {
        JsonArray paths = new JsonArray();
        List<byte[]> buffers = new ArrayList<>();
        JsonObject state = new JsonObject();
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            JsonArray path = new JsonArray();
            path.add(entry.getKey());
            JsonElement json = toJson(entry.getValue(), path, paths, buffers);
            if (json != null) {
                state.add(entry.getKey(), json);
            }
        }
        return new WidgetState(state, paths, buffers);
    }

    /** The JSON for {@code value} at {@code path}, or null when it went into the buffers. */
    private static JsonElement toJson(Object value, JsonArray path, JsonArray paths, List<byte[]> buffers) {
        if (value == null) {
            return JsonNull.INSTANCE;
        } else if (value instanceof byte[] bytes) {
            paths.add(path.deepCopy());
            buffers.add(bytes);
            return null;
        } else if (value instanceof String s) {
            return new JsonPrimitive(s);
        } else if (value instanceof Boolean b) {
            return new JsonPrimitive(b);
        } else if (value instanceof Number n) {
            if (n instanceof Double d && !Double.isFinite(d) || n instanceof Float f && !Float.isFinite(f)) {
                throw new IllegalArgumentException("state " + path + " is " + n + ": JSON has no such number");
            }
            return new JsonPrimitive(n);
        } else if (value instanceof Widget w) {
            return new JsonPrimitive(MODEL_REFERENCE_PREFIX + w.id());
        } else if (value instanceof List<?> list) {
            JsonArray array = new JsonArray();
            for (int i = 0; i < list.size(); i++) {
                JsonArray itemPath = path.deepCopy();
                itemPath.add(i);
                JsonElement item = toJson(list.get(i), itemPath, paths, buffers);
                array.add(item == null ? JsonNull.INSTANCE : item);
            }
            return array;
        } else if (value instanceof Map<?, ?> map) {
            JsonObject object = new JsonObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("state " + path + " has a key that is not a string: " + entry.getKey());
                }
                JsonArray entryPath = path.deepCopy();
                entryPath.add(key);
                JsonElement item = toJson(entry.getValue(), entryPath, paths, buffers);
                if (item != null) {
                    object.add(key, item);
                }
            }
            return object;
        } else if (value instanceof JsonElement json) {
            return json.deepCopy();
        }
        throw new IllegalArgumentException("state " + path + " holds a " + value.getClass().getName()
                + ", which has no JSON form");
    }

    /** The content of an {@code update} (or {@code echo_update}) comm message carrying this state. */
    JsonObject message(String method) {
        JsonObject data = new JsonObject();
        data.addProperty("method", method);
        data.add("state", state);
        data.add("buffer_paths", bufferPaths);
        return data;
    }
}
