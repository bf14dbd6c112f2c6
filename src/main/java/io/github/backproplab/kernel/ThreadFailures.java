package io.github.backproplab.kernel;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows an exception that ends a thread a cell started, in the short form of a cell's traceback:
 * the exception with JShell's wrapper names removed, then the calls in the cells' own code, repeated
 * calls folded. (The lines of such frames count in JShell's wrapper, not in the cell, so they are left out.)
 */
final class ThreadFailures {
    /** A frame in a cell's class: the wrapper, then a class the cell declared, if any. */
    private static final Pattern CELL_CLASS = Pattern.compile(Frames.WRAPPER_CLASS + "(?:\\$(.+))?");

    private ThreadFailures() {
    }

    /** Makes {@link #report} what the JVM does with an exception no code in its thread caught. */
    static void install(PrintStream err) {
        Thread.setDefaultUncaughtExceptionHandler((thread, thrown) -> {
            if (isForcedStop(thrown)) {
                return; // a cell stopped by force after an interrupt: already reported as interrupted
            }
            synchronized (err) {
                report(thread, thrown).forEach(err::println);
                err.flush();
            }
        });
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static boolean isForcedStop(Throwable thrown) {
        return thrown instanceof ThreadDeath;
    }

    /** "Exception in thread "helper" java.lang.IllegalStateException: boom", then the cells' calls. */
    static List<String> report(Thread thread, Throwable thrown) {
        List<String> lines = new ArrayList<>();
        String prefix = "Exception in thread \"" + thread.getName() + "\" ";
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            lines.add(prefix + Frames.withoutWrappers(headline(t)));
            List<String> calls = new ArrayList<>();
            for (StackTraceElement frame : t.getStackTrace()) {
                String call = cellCall(frame);
                if (call != null) {
                    calls.add(call);
                }
            }
            Frames.addFolded(lines, calls);
            prefix = "Caused by: ";
        }
        return lines;
    }

    private static String headline(Throwable t) {
        return t instanceof CellExit.Requested ? t.getMessage() : t.toString();
    }

    /** "down", "Box.open", "lambda": a call in a cell's code; {@code null} for other frames. */
    static String cellCall(StackTraceElement frame) {
        Matcher m = CELL_CLASS.matcher(frame.getClassName());
        if (!m.matches()) {
            return null;
        }
        String method = frame.getMethodName();
        if (method.startsWith("lambda$")) {
            method = "lambda";
        }
        return m.group(1) == null ? method : m.group(1).replace('$', '.') + "." + method;
    }
}
