package io.github.backproplab.data;

import io.github.backproplab.nn.Network;
import java.io.IOException;
import java.nio.file.Path;
import org.ejml.data.DMatrixRMaj;
import tech.tablesaw.api.Table;

/**
 * A trained network together with the preprocessing it was trained with: which table columns are
 * its inputs and outputs (the {@link TableEncoding}) and how the inputs were scaled (the
 * {@link Scaler}). Saved as one human-readable JSON file, so that new data can be predicted
 * exactly as the training data was seen.
 *
 * <pre>{@code
 * Model model = new Model(network, data.encoding(), scaler);
 * model.save(Path.of("iris-model.json"));
 * Table answers = Model.load(Path.of("iris-model.json")).predict(newFlowers);
 * }</pre>
 *
 * @param network the trained network
 * @param encoding the columns and class names, or null for a bare network
 * @param scaler the feature scaling fitted on the training data, or null if the inputs were not scaled
 */
public record Model(Network network, TableEncoding encoding, Scaler scaler) {

    /** Checks that the parts fit together: as many features as network inputs, targets as outputs. */
    public Model {
        if (network == null) {
            throw new IllegalArgumentException("a model needs a network");
        }
        if (encoding != null && (encoding.featureColumns().size() != network.inputs()
                || encoding.targetCount() != network.outputs())) {
            throw new IllegalArgumentException("the encoding has " + encoding.featureColumns().size()
                    + " features and " + encoding.targetCount() + " targets, but the network has "
                    + network.inputs() + " inputs and " + network.outputs() + " outputs");
        }
        if (scaler != null && scaler.offsets().length != network.inputs()) {
            throw new IllegalArgumentException("the scaler was fitted on " + scaler.offsets().length
                    + " features, but the network has " + network.inputs() + " inputs");
        }
    }

    /** A model of a bare network: no table columns, no scaling. */
    public static Model of(Network network) {
        return new Model(network, null, null);
    }

    /**
     * Writes the model to {@code file} as JSON. The text goes to a temporary file in the same
     * folder first, which then replaces {@code file} in one step: if anything fails on the way, a
     * file saved before is left as it was.
     *
     * @throws IOException if the file cannot be written, or a weight is NaN or infinite (JSON has
     *     no such numbers; it usually means training diverged)
     */
    public void save(Path file) throws IOException {
        ModelFile.save(this, file);
    }

    /**
     * Reads a model saved by {@link #save(Path)}. Every number comes back bit for bit.
     *
     * @throws ModelFileException if the file is not a complete, valid model file of this format
     *     version; the message says what is wrong and where, and no model is returned
     */
    public static Model load(Path file) throws IOException {
        return ModelFile.load(file);
    }

    /**
     * Predicts from raw features: scales them as in training, then runs the network.
     *
     * @param x {@code n x d} features in the units of the training table; not modified
     * @return a new {@code n x k} matrix of network outputs
     */
    public DMatrixRMaj predict(DMatrixRMaj x) {
        return network.predict(scaler == null ? x : scaler.apply(x));
    }

    /**
     * Predicts for every row of {@code table}, which needs the feature columns but not the target.
     *
     * @return a copy of {@code table} with the prediction columns of {@link Predictions} added
     * @throws DataException naming the column and row of a missing column or a bad value
     */
    public Table predict(Table table) {
        if (encoding == null) {
            throw new IllegalStateException("this model has no table encoding: it does not know which "
                    + "columns are its inputs; use predict(DMatrixRMaj)");
        }
        return Predictions.append(table, predict(encoding.features(table)), encoding);
    }
}
