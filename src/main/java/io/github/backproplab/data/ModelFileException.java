package io.github.backproplab.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A model file that cannot be read: not JSON, cut short, changed by hand, or written in another
 * format version. The message says what is wrong and where: the file, and the place inside it,
 * written as a path such as {@code network.layers[1].weights[3]}.
 */
public class ModelFileException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String location;

    /** A problem at {@code location} (a JSON path, or "" for the whole file) in {@code file}. */
    public ModelFileException(Path file, String location, String problem) {
        super("model file \"" + file + "\"" + (location.isEmpty() ? "" : ", at " + location) + ": " + problem);
        this.file = file;
        this.location = location;
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }

    /** Where in the file the problem is, for example {@code network.layers[0].bias}; "" for the whole file. */
    public String location() {
        return location;
    }
}
