package io.github.backproplab.kernel;

import java.util.List;

/** A line magic such as {@code %classpath} could not do its job; the message says why. */
final class MagicException extends CellFailure {
    MagicException(String message) {
        super(message, List.of(message));
    }
}
