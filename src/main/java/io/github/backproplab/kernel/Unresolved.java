package io.github.backproplab.kernel;

import java.io.PrintStream;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;

/** Explains a declaration that compiled but needs something not declared yet. */
final class Unresolved {
    private Unresolved() {
    }

    static void warn(JShell shell, Snippet snippet, PrintStream out) {
        if (!(snippet instanceof DeclarationSnippet declaration)) {
            return;
        }
        String missing = shell.unresolvedDependencies(declaration).collect(Collectors.joining(", "));
        out.println("note: " + declaration.name() + " is declared, but it cannot be used until "
                + (missing.isEmpty() ? "its errors are fixed" : missing + " is declared") + ".");
    }
}
