package io.github.backproplab.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Makes a traceback short and readable: folds repeated calls, and drops JShell's wrapper names. */
final class Frames {
    /** The longest cycle of calls that is folded (a calls b calls c calls a ...). */
    static final int LONGEST_CYCLE = 8;
    /** A cycle is folded once it repeats this many times. */
    static final int FOLD_FROM = 3;

    /** {@code REPL.$JShell$23}: the class JShell wraps each snippet in, as a regular expression. */
    static final String WRAPPER_CLASS = "REPL\\.\\$JShell\\$\\d+[A-Z]?";
    /** {@code REPL.$JShell$23.}, {@code REPL.$JShell$23$}: the wrapper as the start of a longer name. */
    private static final Pattern WRAPPER = Pattern.compile(WRAPPER_CLASS + "[.$]");

    private Frames() {
    }

    /**
     * {@code text} without JShell's wrapper classes: {@code "REPL.$JShell$23.nothing"} becomes
     * {@code "nothing"}, {@code REPL.$JShell$24$Box} becomes {@code Box}.
     */
    static String withoutWrappers(String text) {
        return text == null ? null : WRAPPER.matcher(text).replaceAll("");
    }

    /**
     * The calls of a traceback, innermost first ({@code "down (line 1)"}), with each run of a
     * repeating cycle shown once and then counted: "... 1,020 more calls of down".
     */
    static List<String> fold(List<String> calls) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < calls.size()) {
            int cycle = 0;
            int repeats = 0;
            for (int length = 1; length <= LONGEST_CYCLE && cycle == 0; length++) {
                int r = repeatsAt(calls, i, length);
                if (r >= FOLD_FROM) {
                    cycle = length;
                    repeats = r;
                }
            }
            if (cycle == 0) {
                out.add(calls.get(i++));
                continue;
            }
            List<String> once = calls.subList(i, i + cycle);
            out.addAll(once);
            out.add(String.format(Locale.ENGLISH, "... %,d more calls of %s", (repeats - 1) * cycle, names(once)));
            i += repeats * cycle;
        }
        return out;
    }

    /** Adds {@code calls} to a traceback's {@code lines}, folded, as "    at down (line 1)" lines. */
    static void addFolded(List<String> lines, List<String> calls) {
        for (String call : fold(calls)) {
            lines.add(call.startsWith("...") ? "    " + call : "    at " + call);
        }
    }

    /** How many times {@code calls[at, at + length)} occurs back to back from {@code at}. */
    private static int repeatsAt(List<String> calls, int at, int length) {
        if (at + length > calls.size()) {
            return 0;
        }
        List<String> first = calls.subList(at, at + length);
        int repeats = 1;
        while (at + (repeats + 1) * length <= calls.size()
                && calls.subList(at + repeats * length, at + (repeats + 1) * length).equals(first)) {
            repeats++;
        }
        return repeats;
    }

    /** "down", or "ping and pong", or "a, b and c": the methods of a cycle, by name. */
    private static String names(List<String> cycle) {
        List<String> names = cycle.stream().map(c -> c.replaceFirst(" \\(.*\\)$", "")).distinct().toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
