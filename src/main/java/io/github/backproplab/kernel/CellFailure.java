package io.github.backproplab.kernel;

import java.util.List;

/**
 * A cell that did not run to the end, with the lines to show the student instead of a Java stack
 * trace. The kernel catches it and keeps running.
 */
abstract class CellFailure extends Exception {
    private final List<String> lines;

    CellFailure(String summary, List<String> lines) {
        super(summary, null, false, false); // the kernel's own stack trace would only be noise
        this.lines = List.copyOf(lines);
    }

    /** The lines of the error output, without line breaks inside them. */
    List<String> lines() {
        return lines;
    }
}
