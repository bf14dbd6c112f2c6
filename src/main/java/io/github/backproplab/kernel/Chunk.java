package io.github.backproplab.kernel;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * One JShell snippet cut from a cell: {@code text} exactly as written, starting at offset
 * {@code start} of the cell, and {@code source} as JShell wants it (a missing final semicolon
 * added).
 */
record Chunk(String text, int start, String source, Completeness completeness) {

    /** Offset just after the chunk, in cell coordinates. */
    int end() {
        return start + text.length();
    }

    /** Cuts {@code code} (found at offset {@code start} of its cell) into snippets. */
    static List<Chunk> split(SourceCodeAnalysis analysis, String code, int start) {
        List<Chunk> chunks = new ArrayList<>();
        String rest = code;
        int offset = start;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            if (!info.completeness().isComplete() && info.completeness() != Completeness.UNKNOWN) {
                if (info.completeness() != Completeness.EMPTY) {
                    // Unfinished code: JShell hands it all back as "remaining"; keep it as one chunk.
                    chunks.add(new Chunk(rest, offset, rest, info.completeness()));
                }
                break;
            }
            int used = rest.length() - info.remaining().length();
            if (used <= 0) {
                break;
            }
            String text = rest.substring(0, used);
            String source = info.source() != null ? info.source() : text;
            chunks.add(new Chunk(text, offset, source, info.completeness()));
            rest = info.remaining();
            offset += used;
        }
        return chunks;
    }

    /**
     * Offset in the cell of the chunk's first code character, after blanks and comments: JShell
     * numbers a snippet's lines from there.
     */
    int codeStart() {
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
            } else if (text.startsWith("//", i)) {
                int eol = text.indexOf('\n', i);
                i = eol < 0 ? text.length() : eol + 1;
            } else if (text.startsWith("/*", i)) {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? text.length() : close + 2;
            } else {
                break;
            }
        }
        return start + i;
    }

    /** 1-based line of {@code offset} in {@code text}. */
    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
