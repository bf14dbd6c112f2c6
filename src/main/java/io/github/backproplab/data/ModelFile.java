package io.github.backproplab.data;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * The JSON model file: what {@link Model#save} writes and {@link Model#load} reads.
 *
 * <pre>
 * { "format": "backprop-lab model", "version": 2,
 *   "network": { "inputs": 4, "units": [8, 3], "loss": "softmaxCrossEntropy",
 *                "layers": [ { "activation": "tanh", "inputs": 4, "units": 8,
 *                              "weights": [[...], ...],   units rows of inputs numbers
 *                              "bias": [...] }, ... ] },   units numbers (false: a layer without bias)
 *   "preprocessing": { "features": [...], "targets": [...], "classes": [...] or null,
 *                      "scaling": { "method": "STANDARDIZE", "offsets": [...], "scales": [...] } or null },
 *   "checksum": "sha256:..." }
 * </pre>
 *
 * <p>"units" declares the architecture (the units of each layer, first layer first), which the
 * layers must match. The checksum is the SHA-256 of the network and the preprocessing laid out
 * as this class lays them out, numbers exactly as written; the reader lays out what it read the
 * same way and compares, so a changed digit, a lost or an added layer is found even where the
 * damaged file still makes sense, while a change of spaces or line ends is not damage. Version 1
 * files, written before both existed, are read without them.
 */
final class ModelFile {
    static final String FORMAT = "backprop-lab model";
    static final int VERSION = 2;
    /** The oldest version this reader still reads: no "units" and no "checksum". */
    static final int OLDEST_VERSION = 1;

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
        JsonObject content = content(model);
        root.add("network", content.get("network"));
        root.add("preprocessing", content.get("preprocessing"));
        root.addProperty("checksum", checksum(content));
        return root;
    }

    /** The checksum of {@code model}'s network and preprocessing, as "sha256:" and 64 hex digits. */
    static String checksum(Model model) throws IOException {
        return checksum(content(model));
    }

    /**
     * The checksum of a file's network and preprocessing as they stand in the file (numbers as
     * written, so that even a change of a digit that would not change the double is found).
     */
    static String checksum(JsonElement network, JsonElement preprocessing) {
        JsonObject content = new JsonObject();
        content.add("network", network);
        content.add("preprocessing", preprocessing);
        return checksum(content);
    }

    private static String checksum(JsonObject content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(JsonLayout.write(content).getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder("sha256:");
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The part of the file the checksum covers: the network and the preprocessing. */
    private static JsonObject content(Model model) throws IOException {
        JsonObject content = new JsonObject();
        content.add("network", network(model.network()));
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
        content.add("preprocessing", preprocessing);
        return content;
    }

    private static JsonObject network(Network network) throws IOException {
        JsonObject json = new JsonObject();
        json.addProperty("inputs", network.inputs());
        JsonArray units = new JsonArray();
        network.layers().forEach(layer -> units.add(layer.units()));
        json.add("units", units);
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
            if (dense.hasBias()) {
                layer.add("bias", numbers(row(dense.bias(), 0), where + ".bias"));
            } else {
                layer.addProperty("bias", false);   // a layer without bias: b is zero and never trained
            }
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
