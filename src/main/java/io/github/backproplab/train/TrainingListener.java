package io.github.backproplab.train;

/**
 * Called by the {@link Trainer} as training goes: progress bars, live plots and custom stopping
 * rules hang on these. The {@link Progress} object is reused between calls: read it during the
 * call, do not keep it.
 */
public interface TrainingListener {

    /** Before the first step. */
    default void onStart(Progress progress) {
    }

    /** After every optimizer step. */
    default void onStep(Progress progress) {
    }

    /** After every epoch, once its row is in the history. */
    default void onEpoch(Progress progress) {
    }

    /** Once training has ended, however it ended (see {@link History#status()}). */
    default void onEnd(History history) {
    }
}
