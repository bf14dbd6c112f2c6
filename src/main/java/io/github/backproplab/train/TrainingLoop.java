package io.github.backproplab.train;

import io.github.backproplab.nn.Accuracy;
import io.github.backproplab.nn.ForwardPass;
import io.github.backproplab.nn.Gradients;
import io.github.backproplab.nn.Network;
import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/**
 * One run of {@link Trainer#fit}. Every buffer is allocated before the first step, the batch
 * buffers with the rows of one batch, so the steps themselves allocate nothing (the history's
 * columns grow by amortised doubling). Per step the loop adds to the bare forward, backward and
 * update the batch's rows, the count of right answers, the weights' norms (divergence checks them)
 * and the history's row; a copy of the weights to go back to is kept every
 * {@link Divergence#CHECKPOINT_EVERY} steps, and the gradient norms and update ratios are measured
 * every few steps, as the history says.
 */
final class TrainingLoop {
    private final Network network;
    private final Optimizer optimizer;
    private final TrainingData data;
    private final History history;
    private final List<TrainingListener> listeners;
    private final boolean classification;

    private final ForwardPass pass = new ForwardPass();
    private final ForwardPass validationPass = new ForwardPass();
    private final Gradients gradients = new Gradients();
    private DMatrixRMaj batchX;
    private DMatrixRMaj batchY;
    private final int[] order;
    private final Divergence divergence;
    private final double[] weightNorms;
    private final double[] gradientNorms;
    private final double[] updateRatios;

    private long step;

    TrainingLoop(Network network, Optimizer optimizer, TrainingData data, History history,
                 List<TrainingListener> listeners) {
        this.network = network;
        this.optimizer = optimizer;
        this.data = data;
        this.history = history;
        this.listeners = listeners;
        this.classification = network.loss().isClassification() || Accuracy.appliesTo(data.y());
        int n = data.x().numRows;
        order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        divergence = new Divergence(network, data);
        weightNorms = new double[network.depth()];
        gradientNorms = new double[network.depth()];
        updateRatios = new double[network.depth()];
    }

    void run(int epochs, int batchSize, boolean shuffle, long seed, Schedule schedule, int patience,
             int snapshotEvery) {
        try {
            runEpochs(epochs, batchSize, shuffle, seed, schedule, patience, snapshotEvery);
        } finally {
            if (history.status() == TrainingStatus.RUNNING) {
                // Ended by something the loop does not see coming: a stop by force, an error in a listener.
                history.finish(TrainingStatus.INTERRUPTED, "Training was stopped after step " + step
                        + " without finishing it; the weights may be halfway through step " + (step + 1) + ".");
            }
        }
    }

    private void runEpochs(int epochs, int batchSize, boolean shuffle, long seed, Schedule schedule, int patience,
                           int snapshotEvery) {
        int n = order.length;
        int batch = Math.min(batchSize, n);
        int stepsPerEpoch = (n + batch - 1) / batch;
        // A batch of every row holds the same rows in any order: it is the data itself, neither
        // shuffled nor copied (a shuffle and a row-by-row copy of all n rows every step).
        boolean wholeData = batch == n;
        batchX = wholeData ? data.x() : new DMatrixRMaj(batch, data.x().numCols);
        batchY = wholeData ? data.y() : new DMatrixRMaj(batch, data.y().numCols);
        Random random = new Random(seed);
        Progress progress = new Progress(network, history, epochs, stepsPerEpoch);
        EarlyStopping early = patience > 0 ? new EarlyStopping(network, patience) : null;
        history.addSnapshot(0, network);
        listeners.forEach(l -> l.onStart(progress));

        for (int epoch = 1; epoch <= epochs; epoch++) {
            optimizer.scheduleFactor(schedule.factor(epoch));
            divergence.startEpoch(step);
            if (shuffle && !wholeData) {
                Batches.shuffle(order, random);
            }
            double lossSum = 0;
            int correct = 0;
            for (int start = 0; start < n; start += batch) {
                if (Thread.interrupted()) {
                    end(TrainingStatus.INTERRUPTED, "Training was interrupted in epoch " + epoch + " of " + epochs
                            + ", after step " + step + "; the weights are those after step " + step + ".");
                    // Set again after the listeners (drawing can clear it), so that what runs after
                    // fit in the same notebook cell, a second fit for instance, stops too.
                    Thread.currentThread().interrupt();
                    return;
                }
                int rows = Math.min(batch, n - start);
                double loss = trainStep(epoch, start, rows);
                lossSum += loss * rows;
                correct += classification ? Accuracy.correct(pass.output(), batchY) : 0;
                progress.update(epoch, step, loss);
                for (int i = 0; i < listeners.size(); i++) {   // indexed: no iterator per step
                    listeners.get(i).onStep(progress);
                }
            }
            double epochLoss = lossSum / n;
            double validationLoss = Double.NaN;
            double validationAccuracy = Double.NaN;
            if (data.hasValidation()) {
                network.forward(data.validationX(), validationPass);
                validationLoss = network.loss(validationPass, data.validationY());
                String bad = divergence.badLoss(validationLoss, "the validation loss");
                if (bad != null) {
                    diverge(epoch, step, bad);
                }
                if (classification) {
                    validationAccuracy = Accuracy.of(validationPass.output(), data.validationY());
                }
            }
            history.addEpoch(epoch, epochLoss, validationLoss, classification ? (double) correct / n : Double.NaN,
                    validationAccuracy, optimizer.stepSize(0));
            if (snapshotEvery > 0 && epoch % snapshotEvery == 0) {
                history.addSnapshot(epoch, network);
            }
            progress.update(epoch, step, epochLoss);
            for (int i = 0; i < listeners.size(); i++) {   // indexed: a full batch makes every step an epoch
                listeners.get(i).onEpoch(progress);
            }
            if (early != null && early.shouldStop(data.hasValidation() ? validationLoss : epochLoss)) {
                early.restoreBest();
                end(TrainingStatus.EARLY_STOPPED, "Stopped early after epoch " + epoch + ": no improvement for "
                        + patience + " epochs; the weights are those of epoch " + early.bestEpoch() + ".");
                return;
            }
        }
        end(TrainingStatus.COMPLETED, "Completed " + epochs + " epochs, " + step + " steps."
                + (batchSize > n ? " The batch size " + batchSize + " is larger than the " + n
                        + " training rows, so every step used all " + n + "." : ""));
    }

    /** Forward, backward, update on rows [start, start + rows) of this epoch's order; returns the batch loss. */
    private double trainStep(int epoch, int start, int rows) {
        if (batchX != data.x()) {
            batchX.reshape(rows, batchX.numCols);
            batchY.reshape(rows, batchY.numCols);
            Batches.gather(data.x(), order, start, batchX);
            Batches.gather(data.y(), order, start, batchY);
        }
        network.forward(batchX, pass);
        network.backward(pass, batchY, gradients);
        double loss = gradients.loss();
        divergence.firstLoss(loss);
        String bad = divergence.badLoss(loss, "the loss");
        if (bad != null) {
            diverge(epoch, step, bad);   // the weights after `step` steps gave this loss
        }
        int every = history.layerStatisticsEvery();
        boolean measure = every > 0 && step % every == 0;
        if (measure || Divergence.isCheckpoint(step)) {
            divergence.beforeUpdate(step);   // the update ratio needs the weights from just before
        }
        optimizer.step(network, gradients);
        step++;
        for (int l = 0; l < network.depth(); l++) {
            weightNorms[l] = Norms.frobenius(network.layer(l).weights());
            gradientNorms[l] = measure ? Norms.frobenius(gradients.layer(l).weights()) : Double.NaN;
            updateRatios[l] = measure ? divergence.updateRatio(l) : Double.NaN;
        }
        bad = divergence.badWeights(weightNorms);
        if (bad != null) {
            diverge(epoch, step, bad);
        }
        history.addStep(epoch, step, loss, optimizer.stepSize(0), weightNorms, gradientNorms, updateRatios);
        return loss;
    }

    /**
     * Stops because the weights after {@code badStep} steps went wrong: puts back the latest
     * earlier weights whose training loss is finite and has not exploded, and forgets the history
     * rows after them.
     */
    private void diverge(int epoch, long badStep, String what) {
        long kept = divergence.restore(badStep);
        history.keepSteps(kept);
        String message = "Training diverged in epoch " + epoch + " after step " + badStep + ": " + what
                + ". The weights are back to " + (kept == 0 ? "those training started from" : "those after step " + kept)
                + ", whose loss on the training data is " + divergence.trainingLoss()
                + "; the history ends there. Try a smaller step size (the step size is " + optimizer.stepSize(0) + ").";
        end(TrainingStatus.DIVERGED, message);
        throw new TrainingDivergedException(message, history);
    }

    private void end(TrainingStatus status, String message) {
        history.addSnapshot(history.epochCount(), network);
        history.finish(status, message);
        if (status == TrainingStatus.INTERRUPTED) {
            System.err.println(message);
        }
        for (TrainingListener listener : listeners) {
            listener.onEnd(history);
        }
    }
}
