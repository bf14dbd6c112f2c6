package io.github.backproplab.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Tracebacks of real cells: short, and in the names the student wrote. */
class TracebackTest extends KernelCells {
    @Test
    void aStackOverflowShowsTheRecursionOnceWithACount() {
        assertThatThrownBy(() -> kernel.eval("int down(int n) { return down(n + 1) + 1; }\ndown(0)"))
                .isInstanceOfSatisfying(CellException.class, e -> {
                    assertThat(e.lines()).hasSize(3);
                    assertThat(e.lines().get(0)).isEqualTo("java.lang.StackOverflowError");
                    assertThat(e.lines().get(1)).isEqualTo("    at down (line 1)");
                    assertThat(e.lines().get(2)).matches("    \\.\\.\\. [0-9,]+ more calls of down");
                });
    }

    @Test
    void messagesNameTheCellsVariablesAndClassesNotJShellsWrappers() {
        assertThatThrownBy(() -> kernel.eval("String nothing = null;\nnothing.length()"))
                .isInstanceOfSatisfying(CellException.class, e -> assertThat(e.lines().get(0)).isEqualTo(
                        "java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"nothing\" is null"));
        assertThatThrownBy(() -> kernel.eval("Object o = null;\nRunnable r = () -> o.hashCode();\nr.run();"))
                .isInstanceOfSatisfying(CellException.class, e -> assertThat(e.lines().get(0))
                        .endsWith("because \"o\" is null").doesNotContain("$JShell$"));
        assertThatThrownBy(() -> kernel.eval(
                "class MyError extends RuntimeException { MyError(String m) { super(m); } }\n"
                        + "throw new MyError(\"custom\");"))
                .isInstanceOfSatisfying(CellException.class,
                        e -> assertThat(e.lines().get(0)).isEqualTo("MyError: custom"));
    }
}
