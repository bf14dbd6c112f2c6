package io.github.backproplab.kernel;

import java.util.List;

/** The cell threw; {@link #lines()} give the exception's type, message and the cell's frames. */
final class CellException extends CellFailure {
    CellException(String summary, List<String> lines) {
        super(summary, lines);
    }
}
