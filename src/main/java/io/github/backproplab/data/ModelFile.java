package io.github.backproplab.data;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.github.backproplab.nn.Dense;
import io.github.backproplab.nn.Network;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * The JSON model file: what {@link Model#save} writes and {@link Model#load} reads.
 *
 * <pre>
 * { "format": "backprop-lab model", "version": 1,
 *   "network": { "inputs": 4, "loss": "softmaxCrossEntropy",
 *                "layers": [ { "activation": "tanh", "inputs": 4, "units": 8,
 *                              "weights": [[...], ...],   units rows of inputs numbers
 *                              "bias": [...] }, ... ] },   units numbers
 *   "preprocessing": { "features": [...], "targets": [...], "classes": [...] or null,
 *                      "scaling": { "method": "STANDARDIZE", "offsets": [...], "scales": [...] } or null } }
 * </pre>
 */
final class ModelFile {
    static final String FORMAT = "backprop-lab model";
    static final int VERSION = 1;

    private ModelFile() {
    }

    static void save(Model model, Path file) throws IOException {
        String text = JsonLayout.write(toJson(model));
        AtomicFile.write(file, text, () -> { });
    }

    static Model load(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new ModelFileException(file, "", "this is a folder, not a model file");
        }
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no model file here (nothing saved under this name?)");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new ModelFileException(file, "", "not a text file: it holds bytes that are not UTF-8 text");
        }
        return ModelReader.read(file, text);
    }

    static JsonObject toJson(Model model) throws IOException {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("version", VERSION);
        root.add("network", network(model.network()));
        JsonObject preprocessing = new JsonObject();
        TableEncoding encoding = model.encoding();
        if (encoding != null) {
            preprocessing.add("features", strings(encoding.featureColumns()));
            preprocessing.add("targets", strings(encoding.targetColumns()));
            preprocessing.add("classes", encoding.isClassification() ? strings(encoding.classNames()) : JsonNull.INSTANCE);
        }
        Scaler scaler = model.scaler();
        if (scaler == null) {
            preprocessing.add("scaling", JsonNull.INSTANCE);
        } else {
            JsonObject scaling = new JsonObject();
            scaling.addProperty("method", scaler.method().name());
            scaling.add("offsets", numbers(scaler.offsets(), "preprocessing.scaling.offsets"));
            scaling.add("scales", numbers(scaler.scales(), "preprocessing.scaling.scales"));
            preprocessing.add("scaling", scaling);
        }
        root.add("preprocessing", preprocessing);
        return root;
    }

    private static JsonObject network(Network network) throws IOException {
        JsonObject json = new JsonObject();
        json.addProperty("inputs", network.inputs());
        json.addProperty("loss", network.loss().name());
        JsonArray layers = new JsonArray();
        for (int l = 0; l < network.depth(); l++) {
            Dense dense = network.layer(l);
            String where = "network.layers[" + l + "]";
            JsonObject layer = new JsonObject();
            layer.addProperty("activation", dense.activation().name());
            layer.addProperty("inputs", dense.inputs());
            layer.addProperty("units", dense.units());
            JsonArray weights = new JsonArray();
            for (int i = 0; i < dense.units(); i++) {
                weights.add(numbers(row(dense.weights(), i), where + ".weights[" + i + "]"));
            }
            layer.add("weights", weights);
            layer.add("bias", numbers(row(dense.bias(), 0), where + ".bias"));
            layers.add(layer);
        }
        json.add("layers", layers);
        return json;
    }

    private static double[] row(DMatrixRMaj matrix, int i) {
        double[] values = new double[matrix.numCols];
        System.arraycopy(matrix.data, i * matrix.numCols, values, 0, matrix.numCols);
        return values;
    }

    private static JsonArray numbers(double[] values, String where) throws IOException {
        JsonArray array = new JsonArray();
        for (int j = 0; j < values.length; j++) {
            if (!Double.isFinite(values[j])) {
                throw new IOException("cannot save " + where + "[" + j + "] = " + values[j]
                        + ": JSON has no NaN or infinity (did training diverge?)");
            }
            array.add(values[j]);
        }
        return array;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
