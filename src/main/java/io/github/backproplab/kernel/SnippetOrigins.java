package io.github.backproplab.kernel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each snippet came from (cell execution number, first line in that cell), so a stack
 * frame such as {@code #12:3} can be shown as a line of the student's cell.
 */
final class SnippetOrigins {
    /** Cell {@code cell} (its execution count), snippet beginning on line {@code firstLine}. */
    record Origin(int cell, int firstLine) {
    }

    private final Map<String, Origin> byId = new ConcurrentHashMap<>();

    void record(String snippetId, int cell, int firstLine) {
        byId.put(snippetId, new Origin(cell, firstLine));
    }

    /** The origin of snippet {@code snippetId}, or {@code null} if no cell wrote it. */
    Origin of(String snippetId) {
        return byId.get(snippetId);
    }
}
