package io.github.backproplab.data;

import io.github.backproplab.nn.Accuracy;
import io.github.backproplab.nn.Shapes;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** How good are the predictions? Accuracy, confusion matrix and mean squared error. */
public final class Metrics {
    private Metrics() {
    }

    /**
     * The predicted class of each row: the position of its largest value. A single-column matrix
     * holds one probability per row (a sigmoid output), so class 1 when it is at least 0.5.
     *
     * @param outputs {@code n x k} network outputs or one-hot targets; not modified
     * @return {@code n} class indices
     */
    public static int[] predictedClasses(DMatrixRMaj outputs) {
        int[] classes = new int[outputs.numRows];
        for (int i = 0; i < outputs.numRows; i++) {
            classes[i] = Accuracy.classOf(outputs, i);
        }
        return classes;
    }

    /**
     * The share of rows whose predicted class equals the target class, from 0 to 1.
     *
     * @param outputs {@code n x k} network outputs; not modified
     * @param targets {@code n x k} one-hot targets (or {@code n x 1} 0/1 targets); not modified
     */
    public static double accuracy(DMatrixRMaj outputs, DMatrixRMaj targets) {
        requireSameShape(outputs, targets);
        if (outputs.numRows == 0) {
            throw new IllegalArgumentException("accuracy of 0 examples is undefined");
        }
        return Accuracy.of(outputs, targets);
    }

    /**
     * Counts, for every pair of classes, how many examples of the actual class were predicted as
     * the other: {@code counts[actual][predicted]}. The diagonal holds the correct predictions.
     *
     * @param outputs {@code n x k} network outputs; not modified
     * @param targets {@code n x k} one-hot targets; not modified
     * @return a new {@code k x k} array ({@code 2 x 2} for single-column 0/1 targets)
     */
    public static int[][] confusionMatrix(DMatrixRMaj outputs, DMatrixRMaj targets) {
        requireSameShape(outputs, targets);
        int classes = Math.max(2, targets.numCols);
        int[][] counts = new int[classes][classes];
        int[] predicted = predictedClasses(outputs);
        int[] actual = predictedClasses(targets);
        for (int i = 0; i < predicted.length; i++) {
            counts[actual[i]][predicted[i]]++;
        }
        return counts;
    }

    /**
     * The confusion matrix as a table: a column "actual" with the class names, then one column
     * per predicted class, named after it.
     *
     * @param outputs {@code n x k} network outputs; not modified
     * @param targets {@code n x k} one-hot targets; not modified
     * @param classNames {@code k} names, in the order of the columns of Y
     */
    public static Table confusionTable(DMatrixRMaj outputs, DMatrixRMaj targets, List<String> classNames) {
        int[][] counts = confusionMatrix(outputs, targets);
        if (classNames.size() != counts.length) {
            throw new IllegalArgumentException(classNames.size() + " class names " + classNames
                    + " for " + counts.length + " classes");
        }
        Table table = Table.create("confusion matrix", StringColumn.create("actual", classNames));
        for (int predicted = 0; predicted < counts.length; predicted++) {
            IntColumn column = IntColumn.create("predicted " + classNames.get(predicted));
            for (int[] row : counts) {
                column.append(row[predicted]);
            }
            table.addColumns(column);
        }
        return table;
    }

    /**
     * The mean over all entries of (output - target)^2.
     *
     * @param outputs {@code n x k}; not modified
     * @param targets {@code n x k}; not modified
     */
    public static double meanSquaredError(DMatrixRMaj outputs, DMatrixRMaj targets) {
        requireSameShape(outputs, targets);
        double sum = 0;
        for (int i = 0; i < outputs.getNumElements(); i++) {
            double error = outputs.get(i) - targets.get(i);
            sum += error * error;
        }
        return sum / outputs.getNumElements();
    }

    static void requireSameShape(DMatrixRMaj outputs, DMatrixRMaj targets) {
        if (outputs.numRows != targets.numRows || outputs.numCols != targets.numCols) {
            throw new IllegalArgumentException("outputs are " + Shapes.of(outputs) + " but targets are "
                    + Shapes.of(targets) + ": they need the same shape");
        }
    }
}
