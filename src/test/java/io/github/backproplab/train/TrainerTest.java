package io.github.backproplab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.backproplab.nn.Activation;
import io.github.backproplab.nn.Loss;
import io.github.backproplab.nn.Network;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import tech.tablesaw.api.Table;
import org.junit.jupiter.api.Test;

class TrainerTest {

    @Test
    void historyHasAColumnPerQuantityAndARowPerStepAndEpoch() {
        DMatrixRMaj[] data = Problems.linear(100, 1);
        Network net = Network.builder(2).seed(1).dense(8, Activation.tanh()).dense(1, Activation.identity()).build();
        History history = new Trainer(net, new GradientDescent(0.05)).epochs(4).batchSize(32).validationSplit(0.2)
                .snapshotEvery(2).name("tanh").fit(data[0], data[1]);

        assertThat(history.steps().columnNames()).containsExactly("epoch", "step", "loss", "learning rate",
                "layer 1 weight norm", "layer 1 gradient norm", "layer 1 update ratio",
                "layer 2 weight norm", "layer 2 gradient norm", "layer 2 update ratio");
        assertThat(history.epochs().columnNames()).containsExactly("epoch", "loss", "validation loss", "accuracy",
                "validation accuracy", "learning rate");
        assertThat(history.steps().rowCount()).isEqualTo(4 * 3);   // 80 training rows in batches of 32
        assertThat(history.epochCount()).isEqualTo(4);
        assertThat(Arrays.stream(history.epochs().doubleColumn(History.VALIDATION_LOSS).asDoubleArray()).allMatch(Double::isFinite)).isTrue();
        assertThat(Arrays.stream(history.epochs().doubleColumn(History.ACCURACY).asDoubleArray()).allMatch(Double::isNaN)).isTrue();
        assertThat(history.snapshots()).extracting(WeightSnapshot::epoch).containsExactly(0, 2, 4);
        assertThat(history.name()).isEqualTo("tanh");
        assertThat(Arrays.stream(history.steps().doubleColumn(History.weightNorm(1)).asDoubleArray()).allMatch(v -> v > 0)).isTrue();
        assertThat(history.toString()).contains("COMPLETED").contains("4 epochs");

        Table all = history.table();
        assertThat(all.rowCount()).isEqualTo(12);
        assertThat(all.columnNames()).endsWith("validation loss", "accuracy", "validation accuracy");
        double[] validation = all.doubleColumn(History.VALIDATION_LOSS).asDoubleArray();
        for (int row = 0; row < 12; row++) {
            // each epoch's value sits on its last step: steps 3, 6, 9 and 12
            assertThat(Double.isNaN(validation[row])).as("row %d", row).isEqualTo(row % 3 != 2);
        }
        assertThat(validation[11]).isEqualTo(history.finalValidationLoss());
    }

    @Test
    void accuracyIsRecordedForClassification() {
        Network net = Network.builder(2).seed(7).dense(4, Activation.tanh()).dense(1, Activation.sigmoid())
                .loss(Loss.binaryCrossEntropy()).build();
        History history = new Trainer(net, new Adam(0.05)).epochs(300).batchSize(4)
                .fit(Problems.XOR_X, Problems.XOR_Y);
        var accuracy = history.epochs().doubleColumn(History.ACCURACY);
        assertThat(accuracy.getDouble(accuracy.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void accuracyAppliesToClassTargetsWhateverTheLoss() {
        Network net = Problems.xorNetwork(7);   // squared error on 0/1 targets
        History history = new Trainer(net, new GradientDescent(2.0)).epochs(2).batchSize(4)
                .fit(Problems.XOR_X, Problems.XOR_Y);
        assertThat(Arrays.stream(history.epochs().doubleColumn(History.ACCURACY).asDoubleArray())
                .allMatch(a -> a >= 0 && a <= 1)).isTrue();
    }

    @Test
    void listenersHearEveryStepAndEpoch() {
        int[] counts = new int[4];
        TrainingListener listener = new TrainingListener() {
            @Override
            public void onStart(Progress p) {
                counts[0]++;
            }

            @Override
            public void onStep(Progress p) {
                counts[1]++;
                assertThat(p.step()).isEqualTo(counts[1]);
                assertThat(p.totalSteps()).isEqualTo(6);
            }

            @Override
            public void onEpoch(Progress p) {
                counts[2]++;
                assertThat(p.history().epochCount()).isEqualTo(p.epoch());
            }

            @Override
            public void onEnd(History h) {
                counts[3]++;
            }
        };
        DMatrixRMaj[] data = Problems.linear(20, 1);
        new Trainer(Problems.linearModel(), new GradientDescent(0.1)).epochs(3).batchSize(10).listener(listener)
                .fit(data[0], data[1]);
        assertThat(counts).containsExactly(1, 6, 3, 1);
    }

    @Test
    void badDataAndSettingsAreRefusedNamingWhatWasFound() {
        Network net = Problems.linearModel();
        Trainer trainer = new Trainer(net, new GradientDescent(0.1));
        assertThatThrownBy(() -> trainer.batchSize(0)).hasMessageContaining("batch size").hasMessageContaining("got 0");
        assertThatThrownBy(() -> trainer.epochs(-3)).hasMessageContaining("epochs").hasMessageContaining("got -3");
        assertThatThrownBy(() -> trainer.validationSplit(1.0)).hasMessageContaining("1.0");
        assertThatThrownBy(() -> trainer.earlyStopping(0)).hasMessageContaining("got 0");
        assertThatThrownBy(() -> trainer.fit(new DMatrixRMaj(0, 2), new DMatrixRMaj(0, 1)))
                .hasMessageContaining("empty data").hasMessageContaining("0 x 2");
        assertThatThrownBy(() -> trainer.fit(new DMatrixRMaj(5, 2), new DMatrixRMaj(4, 1)))
                .hasMessageContaining("5 rows").hasMessageContaining("4");
        assertThatThrownBy(() -> trainer.fit(new DMatrixRMaj(5, 3), new DMatrixRMaj(5, 1)))
                .hasMessageContaining("5 x 3").hasMessageContaining("1 x 2");
        DMatrixRMaj withNaN = new DMatrixRMaj(5, 2);
        withNaN.set(3, 1, Double.NaN);
        assertThatThrownBy(() -> trainer.fit(withNaN, new DMatrixRMaj(5, 1)))
                .hasMessageContaining("row 3, column 1 is NaN");

        Network classifier = Network.builder(2).dense(1, Activation.sigmoid()).loss(Loss.binaryCrossEntropy()).build();
        DMatrixRMaj labels = new DMatrixRMaj(3, 1, true, 0, 1, 2);
        assertThatThrownBy(() -> new Trainer(classifier, new GradientDescent(0.1)).fit(new DMatrixRMaj(3, 2), labels))
                .hasMessageContaining("targets in [0, 1]").hasMessageContaining("row 2").hasMessageContaining("2.0");
        Network softmax = Network.builder(2).dense(3, Activation.softmax()).loss(Loss.softmaxCrossEntropy()).build();
        DMatrixRMaj notOneHot = new DMatrixRMaj(2, 3, true, 1, 0, 0, 1, 1, 0);
        assertThatThrownBy(() -> new Trainer(softmax, new GradientDescent(0.1)).fit(new DMatrixRMaj(2, 2), notOneHot))
                .hasMessageContaining("row 1 sums to 2.0");
    }

    /** The steps allocate nothing but the history's growth (amortised copies of its columns). */
    @Test
    void stepsDoNotAllocate() {
        DMatrixRMaj[] data = Problems.linear(4096, 1);
        Network net = Network.builder(2).seed(1).dense(64, Activation.relu()).dense(64, Activation.relu())
                .dense(1, Activation.identity()).build();
        Trainer trainer = new Trainer(net, new Adam(0.001)).batchSize(64);
        trainer.epochs(40).fit(data[0], data[1]);   // warm up: let the JIT compile the loop

        long shortRun = allocatedDuring(() -> trainer.epochs(2).fit(data[0], data[1]));
        long longRun = allocatedDuring(() -> trainer.epochs(22).fit(data[0], data[1]));
        int steps = 20 * 4096 / 64;
        double perStep = (double) (longRun - shortRun) / steps;
        double historyPerStep = (double) (historyGrowth(22 * 64) - historyGrowth(2 * 64)) / steps;

        assertThat(perStep - historyPerStep).as("bytes allocated per step besides the history").isLessThan(16);
    }

    private static long historyGrowth(int steps) {
        double[] norms = new double[3];
        return allocatedDuring(() -> {
            History history = new History(3, "run");
            for (int step = 1; step <= steps; step++) {
                history.addStep(1, step, 1.0, 0.001, norms, norms, norms);
            }
        });
    }

    private static long allocatedDuring(Runnable run) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        run.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }
}
