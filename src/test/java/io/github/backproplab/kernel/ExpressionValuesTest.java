package io.github.backproplab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jdk.jshell.Snippet;
import org.junit.jupiter.api.Test;

/**
 * A cell's expression value is shown, then let go: JShell's {@code $1}, {@code $2} variables would
 * otherwise keep every value reachable and be imported into every later snippet, making each
 * later cell slower.
 */
class ExpressionValuesTest extends KernelCells {
    @Test
    void anExpressionsValueIsShownAndThenCanBeCollected() throws Exception {
        kernel.eval("java.lang.ref.WeakReference<?>[] seen = new java.lang.ref.WeakReference<?>[1];");
        // The cell's value is the object itself: without the fix, $n would keep it.
        String shown = text(kernel.eval("""
                seen[0] = new java.lang.ref.WeakReference<>(new StringBuilder("shown"));
                (StringBuilder) seen[0].get()
                """));
        assertEquals("shown", shown);
        assertEquals("true", collected());
        // An expression statement in the middle of a cell makes a temporary too.
        kernel.eval("""
                seen[0] = new java.lang.ref.WeakReference<>(new StringBuilder("x".repeat(1_000_000)));
                seen[0].get();
                1
                """);
        assertEquals("true", collected());
    }

    /** "true" once what seen[0] refers to has been collected (after a few collections). */
    private static String collected() throws Exception {
        return text(kernel.eval("""
                for (int i = 0; i < 5 && seen[0].get() != null; i++) { System.gc(); Thread.sleep(50); }
                seen[0].get() == null
                """));
    }

    @Test
    void noTemporaryVariableOutlivesItsSnippet() throws Exception {
        kernel.eval("1 + 1");
        kernel.eval("\"two\".length()");
        assertEquals("3", text(kernel.eval("1 + 2")));
        long live = kernel.javaShell().shell().variables()
                .filter(v -> v.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND)
                .count();
        assertEquals(0, live, "temporary variables still active");
    }
}
