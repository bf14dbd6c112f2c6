package io.github.backproplab.train;

/**
 * Thrown when the loss or the weights stop being finite, or explode while staying finite. The
 * network's weights are back to the latest state whose loss on the training data is finite and
 * has not exploded, and the history ends at that state.
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
