package io.github.backproplab.data;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Map;

/**
 * Writes JSON for people to read: one field per line, but a list of numbers on a single line, so
 * a weight matrix shows as one line per row.
 */
final class JsonLayout {
    private static final String INDENT = "  ";
    private static final Gson STRINGS = new GsonBuilder().disableHtmlEscaping().create();

    private JsonLayout() {
    }

    static String write(JsonElement element) {
        StringBuilder out = new StringBuilder();
        write(element, "", out);
        return out.append('\n').toString();
    }

    private static void write(JsonElement element, String indent, StringBuilder out) {
        if (element.isJsonObject()) {
            writeObject(element.getAsJsonObject(), indent, out);
        } else if (element.isJsonArray()) {
            writeArray(element.getAsJsonArray(), indent, out);
        } else if (element.isJsonPrimitive()) {
            out.append(primitive(element.getAsJsonPrimitive()));
        } else {
            out.append("null");
        }
    }

    private static void writeObject(JsonObject object, String indent, StringBuilder out) {
        if (object.size() == 0) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        String inner = indent + INDENT;
        boolean first = true;
        for (Map.Entry<String, JsonElement> field : object.entrySet()) {
            out.append(first ? "" : ",\n").append(inner).append(STRINGS.toJson(field.getKey())).append(": ");
            write(field.getValue(), inner, out);
            first = false;
        }
        out.append('\n').append(indent).append('}');
    }

    private static void writeArray(JsonArray array, String indent, StringBuilder out) {
        if (array.size() == 0 || allPrimitive(array)) {   // no JsonArray.isEmpty() in gson 2.8.5
            out.append('[');
            for (int i = 0; i < array.size(); i++) {
                out.append(i == 0 ? "" : ", ");
                write(array.get(i), indent, out);
            }
            out.append(']');
            return;
        }
        out.append("[\n");
        String inner = indent + INDENT;
        for (int i = 0; i < array.size(); i++) {
            out.append(i == 0 ? "" : ",\n").append(inner);
            write(array.get(i), inner, out);
        }
        out.append('\n').append(indent).append(']');
    }

    private static boolean allPrimitive(JsonArray array) {
        for (JsonElement element : array) {
            if (!element.isJsonPrimitive()) {
                return false;
            }
        }
        return true;
    }

    private static String primitive(JsonPrimitive value) {
        if (value.isNumber() && value.getAsNumber() instanceof Double d) {
            // Double.toString gives the digits that parse back to exactly the same double.
            return Double.toString(d);
        }
        return value.isString() ? STRINGS.toJson(value.getAsString()) : value.toString();
    }
}
