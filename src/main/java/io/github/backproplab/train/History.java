package io.github.backproplab.train;

import io.github.backproplab.nn.Dense;
import io.github.backproplab.nn.Network;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * What happened during training, as Tablesaw tables: {@link #steps()} has one row per optimizer
 * step, {@link #epochs()} one row per epoch. Values that do not apply (validation loss without
 * validation data, accuracy when the targets are not classes) are NaN. Weight snapshots are kept for
 * histograms. The tables grow while training runs.
 */
public final class History {
    public static final String EPOCH = "epoch";
    public static final String STEP = "step";
    public static final String LOSS = "loss";
    public static final String VALIDATION_LOSS = "validation loss";
    public static final String ACCURACY = "accuracy";
    public static final String VALIDATION_ACCURACY = "validation accuracy";
    public static final String LEARNING_RATE = "learning rate";

    private final int layerCount;
    private final int layerStatisticsEvery;
    private final Table steps;
    private final Table epochs;
    private final List<WeightSnapshot> snapshots = new ArrayList<>();
    /** The steps table's columns in order, held directly so that recording a step looks nothing up. */
    private final IntColumn stepEpochs;
    private final IntColumn stepNumbers;
    private final DoubleColumn[] stepValues;
    private String name;
    private TrainingStatus status = TrainingStatus.RUNNING;
    private String message = "";

    History(int layerCount, String name) {
        this(layerCount, name, 1);
    }

    History(int layerCount, String name, int layerStatisticsEvery) {
        this.layerCount = layerCount;
        this.layerStatisticsEvery = layerStatisticsEvery;
        this.name = name;
        steps = Table.create(name + " steps", IntColumn.create(EPOCH), IntColumn.create(STEP),
                DoubleColumn.create(LOSS), DoubleColumn.create(LEARNING_RATE));
        for (int layer = 1; layer <= layerCount; layer++) {
            steps.addColumns(DoubleColumn.create(weightNorm(layer)), DoubleColumn.create(gradientNorm(layer)),
                    DoubleColumn.create(updateRatio(layer)));
        }
        stepEpochs = steps.intColumn(EPOCH);
        stepNumbers = steps.intColumn(STEP);
        stepValues = new DoubleColumn[steps.columnCount() - 2];
        for (int c = 0; c < stepValues.length; c++) {
            stepValues[c] = steps.doubleColumn(c + 2);
        }
        epochs = Table.create(name + " epochs", IntColumn.create(EPOCH), DoubleColumn.create(LOSS),
                DoubleColumn.create(VALIDATION_LOSS), DoubleColumn.create(ACCURACY),
                DoubleColumn.create(VALIDATION_ACCURACY), DoubleColumn.create(LEARNING_RATE));
    }

    /** Column of the Frobenius norm of layer {@code layer}'s weights (1 = first layer) after each step. */
    public static String weightNorm(int layer) {
        return "layer " + layer + " weight norm";
    }

    /**
     * Column of the Frobenius norm of layer {@code layer}'s weight gradient, measured on the steps
     * that {@link #layerStatisticsEvery()} says; NaN on the others.
     */
    public static String gradientNorm(int layer) {
        return "layer " + layer + " gradient norm";
    }

    /**
     * Column of ||W after - W before|| / ||W before|| for layer {@code layer}, measured on the
     * steps that {@link #layerStatisticsEvery()} says; NaN on the others.
     */
    public static String updateRatio(int layer) {
        return "layer " + layer + " update ratio";
    }

    /**
     * One row per step: epoch, step, loss (of the batch), learning rate, and per layer the weight
     * norm, the gradient norm and the update ratio (these two NaN on the steps not measured: see
     * {@link #layerStatisticsEvery()}).
     */
    public Table steps() {
        return steps;
    }

    /** One row per epoch: epoch, loss, validation loss, accuracy, validation accuracy, learning rate. */
    public Table epochs() {
        return epochs;
    }

    /**
     * Everything in one new table, a row per step: the {@link #steps()} columns, then the
     * validation loss, accuracy and validation accuracy of each epoch on that epoch's last step
     * (NaN on the other steps).
     */
    public Table table() {
        Table all = steps.copy().setName(name);
        int rows = steps.rowCount();
        for (String column : List.of(VALIDATION_LOSS, ACCURACY, VALIDATION_ACCURACY)) {
            double[] values = new double[rows];
            Arrays.fill(values, Double.NaN);
            int row = 0;
            for (int e = 0; e < epochs.rowCount(); e++) {
                int epoch = epochs.intColumn(EPOCH).getInt(e);
                while (row + 1 < rows && stepEpochs.getInt(row + 1) <= epoch) {
                    row++;
                }
                if (row < rows && stepEpochs.getInt(row) == epoch) {
                    values[row] = epochs.doubleColumn(column).getDouble(e);
                }
            }
            all.addColumns(DoubleColumn.create(column, values));
        }
        return all;
    }

    /** Weight copies taken before training, every few epochs as asked, and at the end. */
    public List<WeightSnapshot> snapshots() {
        return Collections.unmodifiableList(snapshots);
    }

    /**
     * Which steps have a {@link #gradientNorm gradient norm} and an {@link #updateRatio update ratio}:
     * step 1 and every this many steps after it (1 = every step, 0 = none). The weight norms are
     * recorded on every step. Set with {@link Trainer#layerStatisticsEvery(int)}.
     */
    public int layerStatisticsEvery() {
        return layerStatisticsEvery;
    }

    public int layerCount() {
        return layerCount;
    }

    /** The run's label, used in legends when several runs are compared. */
    public String name() {
        return name;
    }

    /** Renames the run (for legends); returns this history. */
    public History name(String name) {
        this.name = name;
        steps.setName(name + " steps");
        epochs.setName(name + " epochs");
        return this;
    }

    public TrainingStatus status() {
        return status;
    }

    /** How training ended, in a sentence; empty while running. */
    public String message() {
        return message;
    }

    /** The number of epochs completed. */
    public int epochCount() {
        return epochs.rowCount();
    }

    /** The training loss of the last epoch, NaN before any. */
    public double finalLoss() {
        return last(LOSS);
    }

    /** The validation loss of the last epoch, NaN without validation data. */
    public double finalValidationLoss() {
        return last(VALIDATION_LOSS);
    }

    private double last(String column) {
        return epochs.rowCount() == 0 ? Double.NaN : epochs.doubleColumn(column).getDouble(epochs.rowCount() - 1);
    }

    void addStep(int epoch, long step, double loss, double learningRate, double[] weightNorms,
                 double[] gradientNorms, double[] updateRatios) {
        stepEpochs.append(epoch);
        stepNumbers.append(Math.toIntExact(step));
        stepValues[0].append(loss);
        stepValues[1].append(learningRate);
        for (int l = 0; l < layerCount; l++) {
            stepValues[2 + 3 * l].append(weightNorms[l]);
            stepValues[3 + 3 * l].append(gradientNorms[l]);
            stepValues[4 + 3 * l].append(updateRatios[l]);
        }
    }

    void addEpoch(int epoch, double loss, double validationLoss, double accuracy, double validationAccuracy,
                  double learningRate) {
        epochs.intColumn(EPOCH).append(epoch);
        epochs.doubleColumn(LOSS).append(loss);
        epochs.doubleColumn(VALIDATION_LOSS).append(validationLoss);
        epochs.doubleColumn(ACCURACY).append(accuracy);
        epochs.doubleColumn(VALIDATION_ACCURACY).append(validationAccuracy);
        epochs.doubleColumn(LEARNING_RATE).append(learningRate);
    }

    void addSnapshot(int epoch, Network network) {
        if (!snapshots.isEmpty() && snapshots.get(snapshots.size() - 1).epoch() == epoch) {
            return;
        }
        List<DMatrixRMaj> weights = new ArrayList<>();
        for (Dense layer : network.layers()) {
            weights.add(layer.weights().copy());
        }
        snapshots.add(new WeightSnapshot(epoch, weights));
    }

    /**
     * Forgets the steps after {@code steps} and the epochs that had not ended by then: training
     * went back to the weights of that step.
     */
    void keepSteps(long steps) {
        // An epoch is kept when its last step is.
        IntColumn epochNumbers = epochs.intColumn(EPOCH);
        int epochsToKeep = 0;
        while (epochsToKeep < epochs.rowCount() && lastStepOf(epochNumbers.getInt(epochsToKeep)) <= steps) {
            epochsToKeep++;
        }
        int keep = 0;
        while (keep < stepNumbers.size() && stepNumbers.getInt(keep) <= steps) {
            keep++;
        }
        truncate(stepEpochs, keep);
        truncate(stepNumbers, keep);
        for (DoubleColumn column : stepValues) {
            truncate(column, keep);
        }
        for (int c = 0; c < epochs.columnCount(); c++) {
            if (epochs.column(c) instanceof IntColumn ints) {
                truncate(ints, epochsToKeep);
            } else {
                truncate((DoubleColumn) epochs.column(c), epochsToKeep);
            }
        }
    }

    /** The number of the last step of epoch {@code epoch}, 0 when it has none. */
    private long lastStepOf(int epoch) {
        long last = 0;
        for (int row = 0; row < stepNumbers.size(); row++) {
            if (stepEpochs.getInt(row) == epoch) {
                last = Math.max(last, stepNumbers.getInt(row));
            }
        }
        return last;
    }

    private static void truncate(DoubleColumn column, int rows) {
        double[] kept = Arrays.copyOf(column.asDoubleArray(), rows);
        column.clear();
        for (double value : kept) {
            column.append(value);
        }
    }

    private static void truncate(IntColumn column, int rows) {
        int[] kept = Arrays.copyOf(column.asIntArray(), rows);
        column.clear();
        for (int value : kept) {
            column.append(value);
        }
    }

    void finish(TrainingStatus status, String message) {
        this.status = status;
        this.message = message;
    }

    @Override
    public String toString() {
        String head = "History '" + name + "': " + status + ", " + epochCount() + " epochs, "
                + steps.rowCount() + " steps, final loss " + finalLoss()
                + (message.isEmpty() ? "" : "\n" + message);
        return epochs.rowCount() == 0 ? head : head + "\n" + epochs.last(Math.min(5, epochs.rowCount())).print();
    }
}
