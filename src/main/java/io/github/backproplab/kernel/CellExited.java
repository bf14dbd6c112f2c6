package io.github.backproplab.kernel;

import java.util.List;

/** The cell called {@code System.exit} or the like: the cell ended, the kernel and its variables did not. */
final class CellExited extends CellFailure {
    CellExited(String message) {
        super(message, List.of(message));
    }
}
