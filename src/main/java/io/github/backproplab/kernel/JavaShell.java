package io.github.backproplab.kernel;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.VarSnippet;

/**
 * The JShell the kernel evaluates cells in: it runs in this JVM (see {@link LiveExecutionControl}),
 * compiles against the kernel's class path, and starts with the toolkit's packages imported.
 */
final class JavaShell {
    /**
     * Packages every notebook uses; a package not on the class path is skipped quietly. The java.*
     * ones are those upstream IJava imports at start-up (the JShell API itself imports nothing),
     * so a notebook that runs here runs there too.
     */
    static final List<String> STARTUP_IMPORTS = List.of(
            "import java.util.*;",
            "import java.io.*;",
            "import java.math.*;",
            "import java.net.*;",
            "import java.util.concurrent.*;",
            "import java.util.prefs.*;",
            "import java.util.regex.*;",
            "import io.github.backproplab.nn.*;",
            "import io.github.backproplab.train.*;",
            "import io.github.backproplab.data.*;",
            "import io.github.backproplab.plot.*;",
            "import io.github.backproplab.notebook.*;",
            "import io.github.backproplab.widgets.*;",
            "import org.ejml.data.*;",
            "import org.ejml.simple.*;",
            "import tech.tablesaw.api.*;",
            "import static io.github.backproplab.notebook.Show.show;",
            "import static io.github.backproplab.kernel.Display.*;");

    private final JShell shell;
    private final LiveExecutionControl control;
    private final List<String> classpath;

    private JavaShell(JShell shell, LiveExecutionControl control, List<String> classpath) {
        this.shell = shell;
        this.control = control;
        this.classpath = classpath;
    }

    /** Builds the shell and runs the start-up imports; takes a second or so (javac warms up). */
    static JavaShell start() {
        return start(newControl());
    }

    /** The engine {@link #start(LiveExecutionControl)} needs, made before the shell itself. */
    static LiveExecutionControl newControl() {
        return new LiveExecutionControl(new SnippetLoaderDelegate(JavaShell.class.getClassLoader(), kernelClasspath()));
    }

    /**
     * Builds the shell on {@code control} and runs the start-up imports; takes a second or so
     * (javac warms up). The control can take interrupts before the shell is ready.
     */
    static JavaShell start(LiveExecutionControl control) {
        List<String> classpath = kernelClasspath();
        JShell shell = JShell.builder()
                .executionEngine(control.provider(), null)
                .compilerOptions("-Xlint:none", "-g") // -g: messages name local variables ("because \"o\" is null")
                .build();
        shell.addToClasspath(String.join(File.pathSeparator, classpath));
        for (String line : STARTUP_IMPORTS) {
            for (SnippetEvent event : shell.eval(line)) {
                if (event.status() == Snippet.Status.REJECTED) {
                    shell.drop(event.snippet()); // e.g. a toolkit package that has no classes yet
                }
            }
        }
        // Run one expression now, in the background, so the first cell does not pay for the first run.
        shell.eval("0").forEach(event -> shell.drop(event.snippet()));
        return new JavaShell(shell, control, classpath);
    }

    /**
     * Forgets the variable ({@code $1}, {@code $2}, ...) JShell made for an expression's value, once
     * the kernel has taken the value. JShell compiles every later snippet with an import of every
     * live declaration, so each kept temporary would make every later cell slower, and its value
     * would stay reachable for the rest of the session.
     */
    void forget(VarSnippet temporary) {
        shell.drop(temporary);
        control.clearStaticField(temporary.name());
    }

    JShell shell() {
        return shell;
    }

    /** The kernel's own class-path entries, in order. */
    List<String> classpath() {
        return classpath;
    }

    private static List<String> kernelClasspath() {
        return Arrays.stream(System.getProperty("java.class.path", "").split(File.pathSeparator))
                .filter(e -> !e.isBlank())
                .toList();
    }

    void close() {
        shell.close();
    }
}
