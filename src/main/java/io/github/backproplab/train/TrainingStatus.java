package io.github.backproplab.train;

/** How a training run ended (or that it is still running). */
public enum TrainingStatus {
    RUNNING,
    /** Every epoch ran. */
    COMPLETED,
    /** The monitored loss stopped improving; the best weights were restored. */
    EARLY_STOPPED,
    /**
     * The training thread was interrupted; the weights are those after the last complete step, and
     * the thread's interrupt status is still set.
     */
    INTERRUPTED,
    /**
     * The loss or the weights stopped being finite or exploded; the weights went back to the latest
     * ones whose training loss is finite and has not exploded, and the history ends with them.
     */
    DIVERGED
}
