package io.github.backproplab.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShellException;

/**
 * Turns JShell's compile diagnostics and exceptions into short reports about the student's cell:
 * the message and the cell line, never the frames of JShell's own machinery.
 */
final class ErrorReport {
    private ErrorReport() {
    }

    /** A report of the errors among {@code diags}, positioned in {@code cell} via {@code chunk}. */
    static CompileError compileError(List<Diag> diags, Chunk chunk, String cell) {
        List<String> lines = new ArrayList<>();
        String summary = null;
        for (Diag diag : diags) {
            if (!diag.isError()) {
                continue;
            }
            List<String> message = cleanMessage(diag.getMessage(Locale.ROOT));
            summary = summary != null ? summary : message.get(0);
            lines.add("error: " + message.get(0));
            for (String more : message.subList(1, message.size())) {
                lines.add("  " + more);
            }
            long position = diag.getStartPosition();
            if (position >= 0) {
                lines.addAll(pointAt(cell, chunk.start() + (int) Math.min(position, chunk.text().length())));
            }
        }
        if (summary == null) {
            summary = "the code is not valid Java";
            lines.add("error: " + summary);
            lines.addAll(pointAt(cell, chunk.start() + chunk.text().length() - chunk.text().stripLeading().length()));
        }
        return new CompileError(summary, lines);
    }

    /** A report of an exception thrown by a snippet, with frames mapped to cell lines. */
    static CellException exception(JShellException thrown, SnippetOrigins origins, int currentCell) {
        List<String> lines = new ArrayList<>();
        String summary = null;
        String prefix = "";
        for (JShellException e = thrown; e != null; e = e.getCause() instanceof JShellException c ? c : null) {
            String headline = headline(e);
            summary = summary != null ? summary : headline;
            lines.add(prefix + headline);
            List<String> calls = new ArrayList<>();
            for (StackTraceElement frame : e.getStackTrace()) {
                String where = describe(frame, origins, currentCell);
                if (where != null) {
                    calls.add(where);
                }
            }
            Frames.addFolded(lines, calls);
            prefix = "Caused by: ";
        }
        return new CellException(summary, lines);
    }

    private static String headline(JShellException e) {
        if (e instanceof EvalException eval) {
            String message = eval.getMessage();
            return Frames.withoutWrappers(eval.getExceptionClassName() + (message == null ? "" : ": " + message));
        }
        return Frames.withoutWrappers(String.valueOf(e.getMessage()));
    }

    /** "line 3", "area (line 2)" or "area (cell [4], line 2)"; {@code null} for frames outside cells. */
    private static String describe(StackTraceElement frame, SnippetOrigins origins, int currentCell) {
        String file = frame.getFileName();
        if (file == null || !file.startsWith("#")) {
            return null;
        }
        SnippetOrigins.Origin origin = origins.of(file.substring(1));
        if (origin == null) {
            return null;
        }
        int line = origin.firstLine() + Math.max(frame.getLineNumber(), 1) - 1;
        String place = origin.cell() == currentCell ? "line " + line : "cell [" + origin.cell() + "], line " + line;
        String name = methodName(frame);
        return name == null ? place : name + " (" + place + ")";
    }

    /** The method as the student wrote it; {@code null} for the cell's top-level code. */
    private static String methodName(StackTraceElement frame) {
        // JShell already strips its wrapper: top-level code has no method, a method no class.
        String method = frame.getMethodName();
        if (method.startsWith("lambda$")) {
            String[] parts = method.split("\\$");
            boolean inMethod = parts.length > 1 && !parts[1].isEmpty() && !parts[1].equals("do_it");
            method = inMethod ? parts[1] + " (lambda)" : "lambda";
        }
        if (method.isEmpty() || method.equals("do_it$")) {
            return null;
        }
        String cls = frame.getClassName();
        return cls == null || cls.isEmpty() ? method : cls + "." + method;
    }

    /** javac's message without the lines that only name JShell's wrapper class. */
    private static List<String> cleanMessage(String message) {
        List<String> lines = message.lines()
                .filter(l -> !l.contains("$JShell$") && !l.strip().equals("location: class"))
                .collect(Collectors.toList());
        return lines.isEmpty() ? List.of(message.strip()) : lines;
    }

    /** The cell line holding {@code offset}, and a caret under the column. */
    private static List<String> pointAt(String cell, int offset) {
        // From offset - 1, so that an offset on a line break stays on its line; -1 finds nothing.
        int lineStart = cell.lastIndexOf('\n', offset - 1) + 1;
        int lineEnd = cell.indexOf('\n', lineStart);
        String line = cell.substring(lineStart, lineEnd < 0 ? cell.length() : lineEnd);
        String label = "line " + Chunk.lineOf(cell, lineStart) + ": ";
        String caretPad = " ".repeat(label.length()) + line.substring(0, Math.min(offset - lineStart, line.length()))
                .replaceAll("[^\t]", " ");
        return List.of(label + line, caretPad + "^");
    }
}
