package io.github.backproplab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.backproplab.nn.Activation;
import io.github.backproplab.nn.Loss;
import io.github.backproplab.nn.Network;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
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
        // measured on step 1 and every 10th step after it by default
        assertThat(history.layerStatisticsEvery()).isEqualTo(Trainer.DEFAULT_LAYER_STATISTICS_EVERY);
        double[] gradientNorms = history.steps().doubleColumn(History.gradientNorm(2)).asDoubleArray();
        double[] ratios = history.steps().doubleColumn(History.updateRatio(1)).asDoubleArray();
        for (int row = 0; row < 12; row++) {
            boolean measured = row % 10 == 0;
            assertThat(gradientNorms[row] > 0).as("gradient norm of step %d", row + 1).isEqualTo(measured);
            assertThat(ratios[row] > 0).as("update ratio of step %d", row + 1).isEqualTo(measured);
            assertThat(Double.isNaN(gradientNorms[row])).isEqualTo(!measured);
        }
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
    void layerStatisticsAreMeasuredAsOftenAsAskedAndAgreeWithTheWeightsAndGradients() {
        DMatrixRMaj[] data = Problems.linear(40, 1);
        Network net = Network.builder(2).seed(1).dense(4, Activation.tanh()).dense(1, Activation.identity()).build();
        Network start = net.copy();
        History every = new Trainer(net, new GradientDescent(0.1)).epochs(1).batchSize(40).layerStatisticsEvery(1)
                .fit(data[0], data[1]);
        // one full-batch step by hand: the gradient at the start, the weights after it
        var gradients = start.backward(start.forward(data[0]), data[1]);
        for (int layer = 1; layer <= 2; layer++) {
            DMatrixRMaj before = start.layer(layer - 1).weights();
            DMatrixRMaj after = net.layer(layer - 1).weights();
            DMatrixRMaj g = gradients.layer(layer - 1).weights();
            assertThat(every.steps().doubleColumn(History.gradientNorm(layer)).getDouble(0))
                    .isCloseTo(org.ejml.dense.row.NormOps_DDRM.normF(g), org.assertj.core.data.Offset.offset(1e-12));
            assertThat(every.steps().doubleColumn(History.weightNorm(layer)).getDouble(0))
                    .isCloseTo(org.ejml.dense.row.NormOps_DDRM.normF(after), org.assertj.core.data.Offset.offset(1e-12));
            DMatrixRMaj change = after.copy();
            org.ejml.dense.row.CommonOps_DDRM.subtractEquals(change, before);
            assertThat(every.steps().doubleColumn(History.updateRatio(layer)).getDouble(0)).isCloseTo(
                    org.ejml.dense.row.NormOps_DDRM.normF(change) / org.ejml.dense.row.NormOps_DDRM.normF(before),
                    org.assertj.core.data.Offset.offset(1e-12));
        }

        History never = new Trainer(Problems.linearModel(), new GradientDescent(0.1)).epochs(3).batchSize(10)
                .layerStatisticsEvery(0).fit(data[0], data[1]);
        assertThat(never.layerStatisticsEvery()).isZero();
        assertThat(Arrays.stream(never.steps().doubleColumn(History.gradientNorm(1)).asDoubleArray())
                .allMatch(Double::isNaN)).isTrue();
        assertThat(Arrays.stream(never.steps().doubleColumn(History.updateRatio(1)).asDoubleArray())
                .allMatch(Double::isNaN)).isTrue();
        assertThat(Arrays.stream(never.steps().doubleColumn(History.weightNorm(1)).asDoubleArray())
                .allMatch(v -> v > 0)).isTrue();

        History third = new Trainer(Problems.linearModel(), new GradientDescent(0.1)).epochs(3).batchSize(10)
                .layerStatisticsEvery(3).fit(data[0], data[1]);
        double[] norms = third.steps().doubleColumn(History.gradientNorm(1)).asDoubleArray();
        for (int row = 0; row < norms.length; row++) {
            assertThat(Double.isNaN(norms[row])).as("step %d", row + 1).isEqualTo(row % 3 != 0);
        }
        assertThatThrownBy(() -> new Trainer(net, new GradientDescent(0.1)).layerStatisticsEvery(-1))
                .hasMessageContaining("got -1");
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

    /**
     * What fit allocates does not grow with the rows beyond the row order (an int per row): the
     * batch buffers hold one batch. Per step it allocates nothing but the history's growth,
     * whatever the number of rows, with minibatches and with the full batch (a step per epoch).
     */
    @Test
    void fitAllocatesPerStepAFixedSmallBoundIndependentOfTheRows() {
        int inputs = 32;
        java.util.function.IntFunction<Network> network = seed -> Network.builder(inputs).seed(seed)
                .dense(16, Activation.tanh()).dense(1, Activation.identity()).build();
        DMatrixRMaj[] small = wide(1024, inputs);
        DMatrixRMaj[] large = wide(16384, inputs);
        Trainer trainer = new Trainer(network.apply(1), new Adam(0.001)).batchSize(64);
        trainer.epochs(3).fit(large[0], large[1]);   // warm up
        trainer.epochs(30).fit(small[0], small[1]);

        long setupSmall = allocatedDuring(() -> trainer.epochs(0).fit(small[0], small[1]));
        long setupLarge = allocatedDuring(() -> trainer.epochs(0).fit(large[0], large[1]));
        // old behaviour: batch buffers of all n rows, (inputs + 1) * 8 = 264 bytes a row
        assertThat((double) (setupLarge - setupSmall) / (16384 - 1024)).as("setup bytes per extra row")
                .isLessThan(8);

        for (DMatrixRMaj[] data : List.of(small, large)) {
            int n = data[0].numRows;
            int steps = n / 64;
            // ten epochs apart, so that one stray allocation (a class loaded, a buffer grown) does not
            // look like a cost of every step on the smaller data
            long oneEpoch = allocatedDuring(() -> trainer.epochs(1).fit(data[0], data[1]));
            long elevenEpochs = allocatedDuring(() -> trainer.epochs(11).fit(data[0], data[1]));
            double perStep = (double) (elevenEpochs - oneEpoch) / (10 * steps);
            double historyPerStep = (double) (historyGrowth(11 * steps, 11, 2) - historyGrowth(steps, 1, 2)) / (10 * steps);
            assertThat(perStep - historyPerStep).as("bytes per step besides the history, n = %d", n).isLessThan(16);
        }

        // the full batch: every step is an epoch, with its own row in the epochs table
        Trainer full = new Trainer(network.apply(2), new GradientDescent(0.01)).batchSize(1024);
        full.epochs(2000).fit(small[0], small[1]);
        long shortRun = allocatedDuring(() -> full.epochs(100).fit(small[0], small[1]));
        long longRun = allocatedDuring(() -> full.epochs(1100).fit(small[0], small[1]));
        double perStep = (double) (longRun - shortRun) / 1000;
        double historyPerStep = (double) (historyGrowth(1100, 1100, 2) - historyGrowth(100, 100, 2)) / 1000;
        assertThat(perStep - historyPerStep).as("bytes per full-batch step besides the history").isLessThan(16);
    }

    /** n rows of {@code inputs} columns and a target. */
    private static DMatrixRMaj[] wide(int n, int inputs) {
        java.util.Random random = new java.util.Random(n);
        DMatrixRMaj x = new DMatrixRMaj(n, inputs);
        DMatrixRMaj y = new DMatrixRMaj(n, 1);
        for (int i = 0; i < x.getNumElements(); i++) {
            x.data[i] = random.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            y.data[i] = x.data[i * inputs] - x.data[i * inputs + 1];
        }
        return new DMatrixRMaj[] {x, y};
    }

    /** What a history allocates to record {@code steps} steps over {@code epochs} epochs. */
    private static long historyGrowth(int steps, int epochs, int layers) {
        double[] norms = new double[layers];
        return allocatedDuring(() -> {
            History history = new History(layers, "run");
            for (int step = 1; step <= steps; step++) {
                history.addStep(1, step, 1.0, 0.001, norms, norms, norms);
            }
            for (int epoch = 1; epoch <= epochs; epoch++) {
                history.addEpoch(epoch, 1.0, Double.NaN, Double.NaN, Double.NaN, 0.001);
            }
        });
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
