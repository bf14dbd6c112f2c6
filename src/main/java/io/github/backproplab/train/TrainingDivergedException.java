package io.github.backproplab.train;

/**
 * Thrown when the loss or the weights stop being finite. The network's weights are back to the
 * last state with a finite loss, and the history up to that point is kept.
 */
public final class TrainingDivergedException extends RuntimeException {
    private final transient History history;

    TrainingDivergedException(String message, History history) {
        super(message);
        this.history = history;
    }

    /** The history up to the divergence. */
    public History history() {
        return history;
    }
}
