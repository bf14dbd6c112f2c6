package io.github.backproplab.kernel;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Explains a declaration that compiled but needs something not declared yet, both when it is
 * declared (a note) and when a cell tries to use it (the cell's error).
 */
final class Unresolved {
    private Unresolved() {
    }

    /** Prints a note that {@code snippet} cannot be used yet, and why. */
    static void warn(JShell shell, Snippet snippet, PrintStream out) {
        if (snippet instanceof DeclarationSnippet declaration) {
            out.println("note: " + declaration.name() + " is declared, but it cannot be used until "
                    + missing(shell, declaration) + ".");
        }
    }

    /** The error of a cell that used a declaration that still needs something undeclared. */
    static CellException failure(JShell shell, UnresolvedReferenceException e) {
        DeclarationSnippet declaration = e.getSnippet();
        String message = declaration.name() + " cannot be used until " + missing(shell, declaration) + ".";
        return new CellException(message, List.of(message));
    }

    private static String missing(JShell shell, DeclarationSnippet declaration) {
        String names = shell.unresolvedDependencies(declaration).collect(Collectors.joining(", "));
        return names.isEmpty() ? "its errors are fixed" : names + " is declared";
    }
}
