package io.github.backproplab.kernel;

import java.util.List;

/** The cell was stopped by an interrupt; what it had already assigned stays defined. */
final class CellInterrupted extends CellFailure {
    CellInterrupted() {
        super("the cell was interrupted",
                List.of("Interrupted: the cell was stopped. Variables defined so far are kept."));
    }

    private CellInterrupted(String message, List<String> lines) {
        super(message, lines);
    }

    /** The cell ignored the interrupt and every forced stop: it still runs, detached from the kernel. */
    static CellInterrupted leftRunning() {
        return new CellInterrupted("the cell did not stop", List.of(
                "Interrupted, but the cell did not stop: it ignores interrupts (a loop that catches"
                        + " InterruptedException or Throwable and goes on) and still runs in the background.",
                "The kernel answers again and variables defined so far are kept; restart the kernel to end it."));
    }
}
