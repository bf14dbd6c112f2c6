package io.github.backproplab.data;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads typed fields out of a parsed model file. Each reader takes the place it reads from (a path
 * such as {@code network.layers[0]}) and fails with a {@link ModelFileException} naming it.
 */
final class JsonFields {
    private final Path file;

    JsonFields(Path file) {
        this.file = file;
    }

    JsonElement field(JsonObject json, String name, String where) throws ModelFileException {
        JsonElement value = json.get(name);
        if (value == null || value.isJsonNull()) {
            throw new ModelFileException(file, join(where, name), "the field is missing or null");
        }
        return value;
    }

    JsonObject object(JsonObject json, String name, String where) throws ModelFileException {
        return asObject(field(json, name, where), join(where, name));
    }

    JsonArray array(JsonObject json, String name, String where) throws ModelFileException {
        return asArray(field(json, name, where), join(where, name));
    }

    JsonObject asObject(JsonElement value, String where) throws ModelFileException {
        if (!value.isJsonObject()) {
            throw new ModelFileException(file, where, "expected an object { ... }, found " + value);
        }
        return value.getAsJsonObject();
    }

    JsonArray asArray(JsonElement value, String where) throws ModelFileException {
        if (!value.isJsonArray()) {
            throw new ModelFileException(file, where, "expected a list [ ... ], found " + value);
        }
        return value.getAsJsonArray();
    }

    String string(JsonObject json, String name, String where) throws ModelFileException {
        return asString(field(json, name, where), join(where, name));
    }

    int integer(JsonObject json, String name, String where) throws ModelFileException {
        JsonElement value = field(json, name, where);
        double number = value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber() ? value.getAsDouble() : -1;
        if (number < 1 || number > 1_000_000 || number != Math.rint(number)) {
            throw new ModelFileException(file, join(where, name), "expected a whole number from 1 up, found " + value);
        }
        return (int) number;
    }

    double[] numbers(JsonArray array, String where, int count, String countName) throws ModelFileException {
        if (array.size() != count) {
            throw new ModelFileException(file, where, "has " + array.size() + " numbers, expected " + count
                    + " (the " + countName + ")");
        }
        double[] values = new double[count];
        for (int j = 0; j < count; j++) {
            JsonElement value = array.get(j);
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
                throw new ModelFileException(file, where + "[" + j + "]", "expected a number, found " + value);
            }
            values[j] = value.getAsDouble();
            if (!Double.isFinite(values[j])) {
                throw new ModelFileException(file, where + "[" + j + "]", "the number " + value + " is too large");
            }
        }
        return values;
    }

    List<String> strings(JsonArray array, String where) throws ModelFileException {
        List<String> values = new ArrayList<>();
        for (int j = 0; j < array.size(); j++) {
            values.add(asString(array.get(j), where + "[" + j + "]"));
        }
        return values;
    }

    private String asString(JsonElement value, String where) throws ModelFileException {
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new ModelFileException(file, where, "expected text in quotes, found " + value);
        }
        return value.getAsString();
    }

    private static String join(String where, String name) {
        return where.isEmpty() ? name : where + "." + name;
    }
}
