package io.github.backproplab.kernel;

import java.util.List;

/** The cell was stopped by an interrupt; what it had already assigned stays defined. */
final class CellInterrupted extends CellFailure {
    CellInterrupted() {
        super("the cell was interrupted",
                List.of("Interrupted: the cell was stopped. Variables defined so far are kept."));
    }
}
