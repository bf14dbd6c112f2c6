package io.github.backproplab.kernel;

import java.util.List;

/** A snippet of the cell did not compile; {@link #lines()} name the problem and the cell line. */
final class CompileError extends CellFailure {
    CompileError(String summary, List<String> lines) {
        super(summary, lines);
    }
}
