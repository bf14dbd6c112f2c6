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
        String shown = text(kernel.eval("""
                int[] big = new int[1_000_000];
                big[0] = 7;
                seen[0] = new java.lang.ref.WeakReference<>(big);
                big = null;
                ((int[]) seen[0].get()).length
                """));
        assertEquals("1000000", shown);
        // An expression statement in the middle of a cell makes a temporary too.
        kernel.eval("""
                seen[0] = new java.lang.ref.WeakReference<>(new StringBuilder("x".repeat(1_000_000)));
                seen[0].get();
                1
                """);
        String collected = text(kernel.eval("""
                for (int i = 0; i < 5 && seen[0].get() != null; i++) { System.gc(); Thread.sleep(50); }
                seen[0].get() == null
                """));
        assertEquals("true", collected);
    }

    @Test
    void noTemporaryVariableOutlivesItsSnippet() throws Exception {
        kernel.eval("1 + 1");
        kernel.eval("\"two\".length()");
        String temporaries = text(kernel.eval("""
                1 + 2
                """));
        assertEquals("3", temporaries);
        long live = kernel.javaShell().shell().variables()
                .filter(v -> v.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND)
                .count();
        assertEquals(0, live, "temporary variables still active");
    }
}
