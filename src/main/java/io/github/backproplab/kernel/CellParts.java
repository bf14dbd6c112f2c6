package io.github.backproplab.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * A cell cut at its line magics ({@code %name args} alone on a line): the Java code between them
 * and the magics themselves, in the order they appear, so a {@code %classpath} line takes effect
 * before the code below it.
 */
final class CellParts {
    private CellParts() {
    }

    /** One piece of a cell. */
    sealed interface Part permits Code, Magic {
    }

    /** Java code; {@code start} is the offset of {@code text} in the cell. */
    record Code(String text, int start) implements Part {
    }

    /** A line magic {@code %name args...} found on cell line {@code line} (1-based). */
    record Magic(String name, List<String> args, int line) implements Part {
    }

    /** Splits {@code cell} into code and magics; blank code between magics is dropped. */
    static List<Part> of(String cell) {
        List<Part> parts = new ArrayList<>();
        int codeStart = 0;
        int lineStart = 0;
        int lineNumber = 1;
        while (lineStart <= cell.length()) {
            int newline = cell.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? cell.length() : newline;
            String line = cell.substring(lineStart, lineEnd).strip();
            if (isMagic(line)) {
                addCode(parts, cell.substring(codeStart, lineStart), codeStart);
                List<String> words = Words.split(line.substring(1));
                parts.add(new Magic(words.get(0), words.subList(1, words.size()), lineNumber));
                codeStart = Math.min(lineEnd + 1, cell.length());
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
            lineNumber++;
        }
        addCode(parts, cell.substring(codeStart), codeStart);
        return parts;
    }

    /** {@code %} then a letter: Java has no statement that starts that way. */
    static boolean isMagic(String strippedLine) {
        return strippedLine.length() > 1 && strippedLine.charAt(0) == '%'
                && Character.isLetter(strippedLine.charAt(1));
    }

    private static void addCode(List<Part> parts, String text, int start) {
        if (!text.isBlank()) {
            parts.add(new Code(text, start));
        }
    }
}
