package io.github.backproplab.data;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import io.github.backproplab.nn.Activation;
import io.github.backproplab.nn.Dense;
import io.github.backproplab.nn.Loss;
import io.github.backproplab.nn.Network;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Reads a model file, checking every field before anything is built: a file that is cut short,
 * changed or of another version fails with a {@link ModelFileException} naming the place, and no
 * partly built network ever escapes.
 */
final class ModelReader {
    private final Path file;
    private final JsonFields fields;

    private ModelReader(Path file) {
        this.file = file;
        this.fields = new JsonFields(file);
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
        JsonElement root;
        try {
            root = new Gson().getAdapter(JsonElement.class).read(reader);
            // Strict, peek() fails on any text after the model; only whitespace may follow.
            reader.peek();
        } catch (IOException | JsonParseException | IllegalStateException e) {
            // Gson's message gives line, column and path: "End of input at line 40 column 1 path $.network".
            String message = String.valueOf(e.getMessage())
                    .replace("Use JsonReader.setLenient(true) to accept malformed JSON", "malformed JSON");
            throw new ModelFileException(file, "", "not valid JSON (cut short or damaged?): " + message);
        }
        if (!root.isJsonObject()) {
            throw new ModelFileException(file, "", "expected a JSON object { ... }, found " + root);
        }
        return root.getAsJsonObject();
    }

    private Model model(JsonObject root) throws ModelFileException {
        JsonElement format = root.get("format");
        if (format == null || !format.isJsonPrimitive() || !ModelFile.FORMAT.equals(format.getAsString())) {
            throw new ModelFileException(file, "format", "not a Backprop Lab model file: expected \"format\": \""
                    + ModelFile.FORMAT + "\", found " + format);
        }
        int version = fields.integer(root, "version", "");
        if (version < ModelFile.OLDEST_VERSION || version > ModelFile.VERSION) {
            throw new ModelFileException(file, "version", "the file has format version " + version
                    + (version > ModelFile.VERSION ? ", from a newer Backprop Lab;" : ";")
                    + " this Backprop Lab reads versions " + ModelFile.OLDEST_VERSION + " to " + ModelFile.VERSION);
        }
        boolean declared = version >= 2;
        JsonObject preprocessing = fields.object(root, "preprocessing", "");
        Network network = network(fields.object(root, "network", ""), declared);
        TableEncoding encoding = encoding(preprocessing);
        Scaler scaler = scaler(preprocessing, network.inputs());
        Model model;
        try {
            model = new Model(network, encoding, scaler);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, "preprocessing", e.getMessage());
        }
        if (declared || root.has("checksum")) {
            String stored = fields.string(root, "checksum", "");
            String actual = ModelFile.checksum(root.get("network"), preprocessing);
            if (!actual.equals(stored)) {
                throw new ModelFileException(file, "checksum", "the numbers or the layers do not match the checksum"
                        + " written when the file was saved: the file was changed or damaged since (its checksum is "
                        + stored + ", its content gives " + actual + ")");
            }
        }
        return model;
    }

    private Network network(JsonObject json, boolean declared) throws ModelFileException {
        int inputs = fields.integer(json, "inputs", "network");
        int[] units = declared ? units(json) : null;
        Loss loss;
        try {
            loss = Loss.named(fields.string(json, "loss", "network"));
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, "network.loss", e.getMessage());
        }
        JsonArray layersJson = fields.array(json, "layers", "network");
        if (layersJson.size() == 0) {   // gson 2.8.5, which IJava 1.3.0 puts first, has no JsonArray.isEmpty()
            throw new ModelFileException(file, "network.layers", "a network needs at least one layer");
        }
        if (units != null && units.length != layersJson.size()) {
            throw new ModelFileException(file, "network.layers", "the file declares " + units.length
                    + " layers (network.units " + Arrays.toString(units) + ") but holds " + layersJson.size());
        }
        List<Dense> layers = new ArrayList<>();
        int expectedInputs = inputs;
        for (int l = 0; l < layersJson.size(); l++) {
            String where = "network.layers[" + l + "]";
            Dense layer = layer(fields.asObject(layersJson.get(l), where), where, expectedInputs);
            if (units != null && layer.units() != units[l]) {
                throw new ModelFileException(file, where + ".units", "the layer has " + layer.units()
                        + " units, but the file declares " + units[l] + " (network.units[" + l + "])");
            }
            layers.add(layer);
            expectedInputs = layer.units();
        }
        try {
            return Network.of(layers, loss);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, "network", e.getMessage());
        }
    }

    /** The declared units of every layer. */
    private int[] units(JsonObject json) throws ModelFileException {
        JsonArray array = fields.array(json, "units", "network");
        int[] units = new int[array.size()];
        for (int l = 0; l < units.length; l++) {
            JsonElement value = array.get(l);
            double number = value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber() ? value.getAsDouble() : -1;
            if (number < 1 || number > 1_000_000 || number != Math.rint(number)) {
                throw new ModelFileException(file, "network.units[" + l + "]", "expected a whole number from 1 up, found "
                        + value);
            }
            units[l] = (int) number;
        }
        return units;
    }

    private Dense layer(JsonObject json, String where, int expectedInputs) throws ModelFileException {
        int inputs = fields.integer(json, "inputs", where);
        if (inputs != expectedInputs) {
            throw new ModelFileException(file, where + ".inputs", "the layer has " + inputs
                    + " inputs, but the layer (or input) before it gives " + expectedInputs);
        }
        int units = fields.integer(json, "units", where);
        Activation activation;
        try {
            activation = Activation.named(fields.string(json, "activation", where));
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, where + ".activation", e.getMessage());
        }
        JsonArray rows = fields.array(json, "weights", where);
        if (rows.size() != units) {
            throw new ModelFileException(file, where + ".weights", "has " + rows.size()
                    + " rows, expected " + units + " (one per unit)");
        }
        DMatrixRMaj weights = new DMatrixRMaj(units, inputs);
        for (int i = 0; i < units; i++) {
            String rowWhere = where + ".weights[" + i + "]";
            double[] row = fields.numbers(fields.asArray(rows.get(i), rowWhere), rowWhere, inputs, "inputs");
            System.arraycopy(row, 0, weights.data, i * inputs, inputs);
        }
        JsonElement biasField = json.get("bias");
        if (biasField != null && biasField.isJsonPrimitive() && biasField.getAsJsonPrimitive().isBoolean()) {
            if (biasField.getAsBoolean()) {
                throw new ModelFileException(file, where + ".bias", "is true; it must be the bias values, or false"
                        + " for a layer without bias");
            }
            return Dense.withoutBias(weights, activation);
        }
        double[] bias = fields.numbers(fields.array(json, "bias", where), where + ".bias", units, "units");
        return new Dense(weights, new DMatrixRMaj(1, units, true, bias), activation);
    }

    private TableEncoding encoding(JsonObject json) throws ModelFileException {
        if (!json.has("features") && !json.has("targets") && !json.has("classes")) {
            return null;   // a bare network, saved without table columns
        }
        if (!json.has("classes")) {
            throw new ModelFileException(file, "preprocessing.classes", "the field is missing (null for regression)");
        }
        List<String> features = fields.strings(fields.array(json, "features", "preprocessing"), "preprocessing.features");
        List<String> targets = fields.strings(fields.array(json, "targets", "preprocessing"), "preprocessing.targets");
        JsonElement classesJson = json.get("classes");
        try {
            OneHot classes = null;
            if (!classesJson.isJsonNull()) {
                List<String> names = fields.strings(fields.asArray(classesJson, "preprocessing.classes"), "preprocessing.classes");
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
        // Required even when null: a lost scaling would make every prediction quietly wrong.
        if (!json.has("scaling")) {
            throw new ModelFileException(file, "preprocessing.scaling", "the field is missing (null for no scaling)");
        }
        JsonElement scalingJson = json.get("scaling");
        if (scalingJson.isJsonNull()) {
            return null;
        }
        String where = "preprocessing.scaling";
        JsonObject scaling = fields.asObject(scalingJson, where);
        Scaler.Method method;
        try {
            method = Scaler.Method.valueOf(fields.string(scaling, "method", where));
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, where + ".method", "unknown method " + scaling.get("method")
                    + "; expected STANDARDIZE or MIN_MAX");
        }
        double[] offsets = fields.numbers(fields.array(scaling, "offsets", where), where + ".offsets", inputs, "network inputs");
        double[] scales = fields.numbers(fields.array(scaling, "scales", where), where + ".scales", inputs, "network inputs");
        try {
            return Scaler.of(method, offsets, scales);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, where, e.getMessage());
        }
    }
}
