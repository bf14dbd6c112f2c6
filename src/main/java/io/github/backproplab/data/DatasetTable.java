package io.github.backproplab.data;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Builds the table view of a dataset for {@link Dataset#toTable()}. */
final class DatasetTable {
    private DatasetTable() {
    }

    static Table of(Dataset data, DMatrixRMaj x, DMatrixRMaj y) {
        Table table = Table.create(data.source().name());
        List<String> features = data.featureNames();
        for (int j = 0; j < features.size(); j++) {
            table.addColumns(column(features.get(j), x, j));
        }
        TableEncoding encoding = data.encoding();
        if (encoding.isClassification()) {
            StringColumn labels = StringColumn.create(encoding.classes().column());
            for (int c : Metrics.predictedClasses(y)) {
                labels.append(encoding.classes().className(c));
            }
            table.addColumns(labels);
        } else {
            List<String> targets = encoding.targetColumns();
            for (int j = 0; j < targets.size(); j++) {
                table.addColumns(column(targets.get(j), y, j));
            }
        }
        return table;
    }

    static DoubleColumn column(String name, DMatrixRMaj matrix, int col) {
        double[] values = new double[matrix.numRows];
        for (int i = 0; i < values.length; i++) {
            values[i] = matrix.get(i, col);
        }
        return DoubleColumn.create(name, values);
    }
}
