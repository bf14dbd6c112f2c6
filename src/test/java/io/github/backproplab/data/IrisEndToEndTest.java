package io.github.backproplab.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.backproplab.nn.Activation;
import io.github.backproplab.nn.Loss;
import io.github.backproplab.nn.Network;
import io.github.backproplab.train.Adam;
import io.github.backproplab.train.History;
import io.github.backproplab.train.Trainer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** The whole path a notebook takes: CSV file, table, split, scaling, training, predictions, model file. */
class IrisEndToEndTest {
    @TempDir
    Path folder;

    @Test
    void irisIsLearnedFromCsvToPredictionsTable() throws IOException {
        Path csv = folder.resolve("iris.csv");
        try (InputStream bundled = RealData.class.getResourceAsStream("iris.csv")) {
            Files.copy(bundled, csv);
        }
        Table table = Table.read().csv(csv.toFile());

        Split split = Dataset.classification(table, "species").split(0.6, 0.2, 2024);
        Scaler scaler = Scaler.standardize(split.train());
        Dataset train = scaler.apply(split.train());
        Dataset validation = scaler.apply(split.validation());
        Dataset test = scaler.apply(split.test());

        Network network = Network.builder(4).seed(7)
                .dense(8, Activation.tanh())
                .dense(3, Activation.softmax())
                .loss(Loss.softmaxCrossEntropy())
                .build();
        History history = new Trainer(network, new Adam(0.02))
                .epochs(150).batchSize(16).seed(7)
                .validation(validation.x(), validation.y())
                .fit(train.x(), train.y());
        assertThat(history.finalLoss()).isLessThan(0.2);

        Table predictions = Predictions.table(network, test);
        assertThat(predictions.rowCount()).isEqualTo(30);
        double testAccuracy = predictions.booleanColumn("correct").countTrue() / 30.0;
        assertThat(testAccuracy).isGreaterThanOrEqualTo(0.9);
        assertThat(Metrics.accuracy(network.predict(test.x()), test.y())).isEqualTo(testAccuracy);

        // The saved model predicts the raw test rows exactly as the trained network did.
        Path modelFile = folder.resolve("iris-model.json");
        new Model(network, train.encoding(), scaler).save(modelFile);
        Table again = Model.load(modelFile).predict(split.test().sourceTable());
        assertThat(again.stringColumn("predicted species").asList())
                .isEqualTo(predictions.stringColumn("predicted species").asList());
        assertThat(again.doubleColumn("P(setosa)").asDoubleArray())
                .containsExactly(predictions.doubleColumn("P(setosa)").asDoubleArray());
    }
}
