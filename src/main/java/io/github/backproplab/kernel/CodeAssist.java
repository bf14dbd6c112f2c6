package io.github.backproplab.kernel;

import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jdk.jshell.Snippet;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * Completion, inspection and the "is this cell complete?" question, answered by JShell's source
 * analysis on the snippet of the cell that holds the cursor.
 */
final class CodeAssist {
    /** Answers of {@link #isComplete}, as the Jupyter protocol names them. */
    static final String COMPLETE = "complete";
    static final String INVALID = "invalid";
    /** The toolkit's javadoc, from the sources its jar carries. */
    private static final ToolkitJavadoc TOOLKIT =
            new ToolkitJavadoc(CodeAssist.class.getClassLoader(), ToolkitJavadoc.importedPackages());

    private CodeAssist() {
    }

    /** Replacement candidates for the word before {@code at}; an empty list when there are none. */
    static ReplacementOptions complete(SourceCodeAnalysis analysis, String cell, int at) {
        Chunk chunk = chunkAt(analysis, cell, at);
        if (chunk == null) {
            return new ReplacementOptions(List.of(), at, at);
        }
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> suggestions = List.of();
        String before = declaredBefore(analysis, cell, chunk);
        if (!before.isEmpty()) {
            // JShell has not run the cell's earlier snippets yet: let them declare locals of a method
            // whose body goes on with the code up to the cursor, so their variables are in scope.
            String head = SCRATCH_OPEN + before + "\n";
            String code = head + cell.substring(chunk.start(), at);
            suggestions = analysis.completionSuggestions(code, code.length(), anchor);
            anchor[0] -= head.length();
        }
        if (suggestions.isEmpty() || anchor[0] < 0) {
            suggestions = analysis.completionSuggestions(chunk.text(), at - chunk.start(), anchor);
        }
        Set<String> options = new LinkedHashSet<>();
        // Candidates that fit the expected type first, as an IDE would list them.
        suggestions.stream().filter(SourceCodeAnalysis.Suggestion::matchesType)
                .forEach(s -> options.add(s.continuation()));
        suggestions.forEach(s -> options.add(s.continuation()));
        return new ReplacementOptions(new ArrayList<>(options), chunk.start() + anchor[0], at);
    }

    /** Opens a method body in a class of its own, for {@link #declaredBefore} and the code after. */
    private static final String SCRATCH_OPEN = "class $CellSoFar { void $upToCursor() {\n";

    /**
     * The snippets of the cell before {@code chunk} that can stand in a method body (statements,
     * variables, classes; not methods or imports), in order; empty if there are none.
     */
    private static String declaredBefore(SourceCodeAnalysis analysis, String cell, Chunk chunk) {
        StringBuilder before = new StringBuilder();
        for (CellParts.Part part : CellParts.of(cell)) {
            if (!(part instanceof CellParts.Code code)) {
                continue;
            }
            for (Chunk earlier : Chunk.split(analysis, code.text(), code.start())) {
                if (earlier.end() > chunk.start()) {
                    return before.toString();
                }
                Snippet.Kind kind = analysis.sourceToSnippets(earlier.source()).stream().findFirst()
                        .map(Snippet::kind).orElse(Snippet.Kind.ERRONEOUS);
                if (kind != Snippet.Kind.METHOD && kind != Snippet.Kind.IMPORT) {
                    before.append(earlier.source()).append('\n');
                }
            }
        }
        return before.toString();
    }

    /**
     * The signature and javadoc of what is at {@code at} (the toolkit's javadoc too), or the type of
     * the expression there; {@code null} when there is nothing to say. {@code detail} is accepted for
     * the protocol's detail level; both levels show the same.
     */
    static DisplayData inspect(SourceCodeAnalysis analysis, String cell, int at, boolean detail) {
        Chunk chunk = chunkAt(analysis, cell, at);
        if (chunk == null) {
            return null;
        }
        String code = chunk.text();
        int cursor = endOfIdentifier(code, at - chunk.start());
        List<SourceCodeAnalysis.Documentation> docs = analysis.documentation(code, cursor, true);
        if (docs.isEmpty()) {
            // JShell documents a method inside its call parentheses: pretend the call starts here.
            docs = analysis.documentation(code.substring(0, cursor) + "(", cursor + 1, true);
        }
        StringBuilder text = new StringBuilder();
        for (SourceCodeAnalysis.Documentation doc : docs) {
            text.append(doc.signature()).append('\n');
            // Shift-Tab asks at detail level 0: the javadoc belongs there too, as IPython's docstring does.
            String javadoc = doc.javadoc() != null ? doc.javadoc() : TOOLKIT.of(doc.signature()).orElse(null);
            if (javadoc != null) {
                text.append('\n').append(javadoc.strip()).append("\n\n");
            }
        }
        if (text.length() == 0) {
            String type = analysis.analyzeType(code.substring(0, cursor), cursor);
            if (type == null || type.isEmpty()) {
                return null;
            }
            text.append(code.substring(startOfIdentifier(code, cursor), cursor)).append(" : ").append(type);
        }
        return new DisplayData(text.toString().strip());
    }

    /**
     * {@link #COMPLETE}, {@link #INVALID}, or the indent for the next line when the cell needs more
     * (an open brace, a statement without its body).
     */
    static String isComplete(SourceCodeAnalysis analysis, String cell) {
        for (CellParts.Part part : CellParts.of(cell)) {
            if (!(part instanceof CellParts.Code code)) {
                continue;
            }
            for (Chunk chunk : Chunk.split(analysis, code.text(), code.start())) {
                Completeness c = chunk.completeness();
                if (c == Completeness.DEFINITELY_INCOMPLETE || c == Completeness.CONSIDERED_INCOMPLETE) {
                    return nextIndent(cell);
                }
                if (c == Completeness.UNKNOWN) {
                    return INVALID;
                }
            }
        }
        return COMPLETE;
    }

    private static String nextIndent(String cell) {
        String last = cell.stripTrailing();
        last = last.substring(last.lastIndexOf('\n') + 1);
        String indent = last.substring(0, last.length() - last.stripLeading().length());
        return last.endsWith("{") || last.endsWith("(") ? indent + "    " : indent;
    }

    /** The snippet whose text holds {@code at} (its end counts), or {@code null} in a magic line. */
    private static Chunk chunkAt(SourceCodeAnalysis analysis, String cell, int at) {
        for (CellParts.Part part : CellParts.of(cell)) {
            if (part instanceof CellParts.Code code
                    && at >= code.start() && at <= code.start() + code.text().length()) {
                for (Chunk chunk : Chunk.split(analysis, code.text(), code.start())) {
                    if (at >= chunk.start() && at <= chunk.end()) {
                        return chunk;
                    }
                }
            }
        }
        return null;
    }

    private static int endOfIdentifier(String code, int at) {
        int end = Math.min(Math.max(at, 0), code.length());
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int startOfIdentifier(String code, int at) {
        int start = at;
        while (start > 0 && (Character.isJavaIdentifierPart(code.charAt(start - 1)) || code.charAt(start - 1) == '.')) {
            start--;
        }
        return start;
    }
}
