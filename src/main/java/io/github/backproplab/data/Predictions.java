package io.github.backproplab.data;

import io.github.backproplab.nn.Network;
import io.github.backproplab.nn.Shapes;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Puts a network's predictions back into a table, beside the data they came from.
 *
 * <p>Classification adds a column "predicted <i>class column</i>" with the class name, then one
 * column "P(<i>class</i>)" per class holding the network's output for it (a probability when the
 * output layer is softmax). Regression adds "predicted <i>target</i>" per target column. When the
 * true answers are known, classification also adds a column "correct".
 */
public final class Predictions {
    private Predictions() {
    }

    /**
     * Runs {@code network} on the examples of {@code data} and returns their source rows with the
     * predictions added.
     */
    public static Table table(Network network, Dataset data) {
        return table(network.predict(data.x()), data);
    }

    /**
     * The source rows of {@code data} with the predictions added, and "correct" for classification.
     *
     * @param outputs {@code n x k} network outputs, row {@code i} for example {@code i}; not modified
     */
    public static Table table(DMatrixRMaj outputs, Dataset data) {
        Table table = append(data.sourceTable(), outputs, data.encoding());
        if (data.isClassification()) {
            int[] predicted = Metrics.predictedClasses(outputs);
            int[] actual = data.classIndices();
            BooleanColumn correct = BooleanColumn.create("correct");
            for (int i = 0; i < predicted.length; i++) {
                correct.append(predicted[i] == actual[i]);
            }
            table.addColumns(correct);
        }
        return table;
    }

    /**
     * A copy of {@code table} with prediction columns added; {@code table} is not changed.
     *
     * @param outputs {@code n x k} network outputs, one row per table row; not modified
     * @param encoding the encoding the network was trained with: it gives the class or target names
     */
    public static Table append(Table table, DMatrixRMaj outputs, TableEncoding encoding) {
        if (outputs.numRows != table.rowCount() || outputs.numCols != encoding.targetCount()) {
            throw new IllegalArgumentException("outputs are " + Shapes.of(outputs)
                    + " but table \"" + table.name() + "\" has " + table.rowCount() + " rows and the encoding "
                    + encoding.targetCount() + " outputs per row " + targetNames(encoding));
        }
        Table result = table.copy();
        if (encoding.isClassification()) {
            OneHot classes = encoding.classes();
            StringColumn predicted = StringColumn.create("predicted " + classes.column());
            for (int c : Metrics.predictedClasses(outputs)) {
                predicted.append(classes.className(c));
            }
            result.addColumns(predicted);
            for (int c = 0; c < classes.classCount(); c++) {
                result.addColumns(DatasetTable.column("P(" + classes.className(c) + ")", outputs, c));
            }
        } else {
            List<String> targets = encoding.targetColumns();
            for (int j = 0; j < targets.size(); j++) {
                result.addColumns(DatasetTable.column("predicted " + targets.get(j), outputs, j));
            }
        }
        return result;
    }

    private static List<String> targetNames(TableEncoding encoding) {
        return encoding.isClassification() ? encoding.classNames() : encoding.targetColumns();
    }
}
