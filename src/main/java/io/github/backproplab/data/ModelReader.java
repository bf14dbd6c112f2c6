package io.github.backproplab.data;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.github.backproplab.nn.Activation;
import io.github.backproplab.nn.Dense;
import io.github.backproplab.nn.Loss;
import io.github.backproplab.nn.Network;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Reads a model file, checking every field before anything is built: a file that is cut short,
 * changed or of another version fails with a {@link ModelFileException} naming the place, and no
 * partly built network ever escapes.
 */
final class ModelReader {
    private final Path file;

    private ModelReader(Path file) {
        this.file = file;
    }

    static Model read(Path file, String text) throws ModelFileException {
        return new ModelReader(file).model(parse(file, text));
    }

    private static JsonObject parse(Path file, String text) throws ModelFileException {
        if (text.isBlank()) {
            throw new ModelFileException(file, "", "the file is empty");
        }
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setLenient(false);
        try {
            JsonElement root = new Gson().getAdapter(JsonElement.class).read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new ModelFileException(file, reader.getPath(), "there is more text after the end of the model");
            }
            if (!root.isJsonObject()) {
                throw new ModelFileException(file, "", "expected a JSON object { ... }, found " + root);
            }
            return root.getAsJsonObject();
        } catch (IOException | JsonParseException | IllegalStateException e) {
            if (e instanceof ModelFileException modelFileException) {
                throw modelFileException;
            }
            // Gson's message gives line, column and path: "End of input at line 40 column 1 path $.network".
            String message = String.valueOf(e.getMessage())
                    .replace("Use JsonReader.setLenient(true) to accept malformed JSON", "malformed JSON");
            throw new ModelFileException(file, "", "not valid JSON (cut short or damaged?): " + message);
        }
    }

    private Model model(JsonObject root) throws ModelFileException {
        JsonElement format = root.get("format");
        if (format == null || !format.isJsonPrimitive() || !ModelFile.FORMAT.equals(format.getAsString())) {
            throw new ModelFileException(file, "format", "not a Backprop Lab model file: expected \"format\": \""
                    + ModelFile.FORMAT + "\", found " + format);
        }
        int version = integer(root, "version", "");
        if (version != ModelFile.VERSION) {
            throw new ModelFileException(file, "version", "the file has format version " + version
                    + (version > ModelFile.VERSION ? ", from a newer Backprop Lab;" : ";")
                    + " this Backprop Lab reads version " + ModelFile.VERSION);
        }
        JsonObject preprocessing = object(root, "preprocessing", "");
        Network network = network(object(root, "network", ""));
        TableEncoding encoding = encoding(preprocessing, network);
        Scaler scaler = scaler(preprocessing, network.inputs());
        try {
            return new Model(network, encoding, scaler);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, "preprocessing", e.getMessage());
        }
    }

    private Network network(JsonObject json) throws ModelFileException {
        int inputs = integer(json, "inputs", "network");
        Loss loss;
        try {
            loss = Loss.named(string(json, "loss", "network"));
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, "network.loss", e.getMessage());
        }
        JsonArray layersJson = array(json, "layers", "network");
        if (layersJson.isEmpty()) {
            throw new ModelFileException(file, "network.layers", "a network needs at least one layer");
        }
        List<Dense> layers = new ArrayList<>();
        int expectedInputs = inputs;
        for (int l = 0; l < layersJson.size(); l++) {
            String where = "network.layers[" + l + "]";
            Dense layer = layer(asObject(layersJson.get(l), where), where, expectedInputs);
            layers.add(layer);
            expectedInputs = layer.units();
        }
        try {
            return Network.of(layers, loss);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, "network", e.getMessage());
        }
    }

    private Dense layer(JsonObject json, String where, int expectedInputs) throws ModelFileException {
        int inputs = integer(json, "inputs", where);
        if (inputs != expectedInputs) {
            throw new ModelFileException(file, where + ".inputs", "the layer has " + inputs
                    + " inputs, but the layer (or input) before it gives " + expectedInputs);
        }
        int units = integer(json, "units", where);
        Activation activation;
        try {
            activation = Activation.named(string(json, "activation", where));
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, where + ".activation", e.getMessage());
        }
        JsonArray rows = array(json, "weights", where);
        if (rows.size() != units) {
            throw new ModelFileException(file, where + ".weights", "has " + rows.size()
                    + " rows, expected " + units + " (one per unit)");
        }
        DMatrixRMaj weights = new DMatrixRMaj(units, inputs);
        for (int i = 0; i < units; i++) {
            String rowWhere = where + ".weights[" + i + "]";
            double[] row = numbers(asArray(rows.get(i), rowWhere), rowWhere, inputs, "inputs");
            System.arraycopy(row, 0, weights.data, i * inputs, inputs);
        }
        double[] bias = numbers(array(json, "bias", where), where + ".bias", units, "units");
        return new Dense(weights, new DMatrixRMaj(1, units, true, bias), activation);
    }

    private TableEncoding encoding(JsonObject json, Network network) throws ModelFileException {
        if (!json.has("features")) {
            return null;
        }
        List<String> features = strings(array(json, "features", "preprocessing"), "preprocessing.features");
        List<String> targets = strings(array(json, "targets", "preprocessing"), "preprocessing.targets");
        JsonElement classesJson = json.get("classes");
        try {
            OneHot classes = null;
            if (classesJson != null && !classesJson.isJsonNull()) {
                List<String> names = strings(asArray(classesJson, "preprocessing.classes"), "preprocessing.classes");
                if (targets.size() != 1) {
                    throw new ModelFileException(file, "preprocessing.targets", "a classifier has one class column, found "
                            + targets);
                }
                classes = OneHot.of(targets.get(0), names);
            }
            return TableEncoding.of(features, targets, classes);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, "preprocessing", e.getMessage());
        }
    }

    private Scaler scaler(JsonObject json, int inputs) throws ModelFileException {
        JsonElement scalingJson = json.get("scaling");
        if (scalingJson == null || scalingJson.isJsonNull()) {
            return null;
        }
        String where = "preprocessing.scaling";
        JsonObject scaling = asObject(scalingJson, where);
        Scaler.Method method;
        try {
            method = Scaler.Method.valueOf(string(scaling, "method", where));
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, where + ".method", "unknown method " + scaling.get("method")
                    + "; expected STANDARDIZE or MIN_MAX");
        }
        double[] offsets = numbers(array(scaling, "offsets", where), where + ".offsets", inputs, "network inputs");
        double[] scales = numbers(array(scaling, "scales", where), where + ".scales", inputs, "network inputs");
        try {
            return Scaler.of(method, offsets, scales);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, where, e.getMessage());
        }
    }

    // ---- field readers: each names the place of a missing or wrong field ----

    private JsonElement field(JsonObject json, String name, String where) throws ModelFileException {
        JsonElement value = json.get(name);
        if (value == null || value.isJsonNull()) {
            throw new ModelFileException(file, join(where, name), "the field is missing");
        }
        return value;
    }

    private JsonObject object(JsonObject json, String name, String where) throws ModelFileException {
        return asObject(field(json, name, where), join(where, name));
    }

    private JsonArray array(JsonObject json, String name, String where) throws ModelFileException {
        return asArray(field(json, name, where), join(where, name));
    }

    private JsonObject asObject(JsonElement value, String where) throws ModelFileException {
        if (!value.isJsonObject()) {
            throw new ModelFileException(file, where, "expected an object { ... }, found " + value);
        }
        return value.getAsJsonObject();
    }

    private JsonArray asArray(JsonElement value, String where) throws ModelFileException {
        if (!value.isJsonArray()) {
            throw new ModelFileException(file, where, "expected a list [ ... ], found " + value);
        }
        return value.getAsJsonArray();
    }

    private String string(JsonObject json, String name, String where) throws ModelFileException {
        JsonElement value = field(json, name, where);
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new ModelFileException(file, join(where, name), "expected text in quotes, found " + value);
        }
        return value.getAsString();
    }

    private int integer(JsonObject json, String name, String where) throws ModelFileException {
        JsonElement value = field(json, name, where);
        double number = value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber() ? value.getAsDouble() : -1;
        if (number < 1 || number > 1_000_000 || number != Math.rint(number)) {
            throw new ModelFileException(file, join(where, name), "expected a whole number from 1 up, found " + value);
        }
        return (int) number;
    }

    private double[] numbers(JsonArray array, String where, int count, String countName) throws ModelFileException {
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

    private List<String> strings(JsonArray array, String where) throws ModelFileException {
        List<String> values = new ArrayList<>();
        for (int j = 0; j < array.size(); j++) {
            JsonElement value = array.get(j);
            if (!value.isJsonPrimitive() || !((JsonPrimitive) value).isString()) {
                throw new ModelFileException(file, where + "[" + j + "]", "expected text in quotes, found " + value);
            }
            values.add(value.getAsString());
        }
        return values;
    }

    private static String join(String where, String name) {
        return where.isEmpty() ? name : where + "." + name;
    }
}
