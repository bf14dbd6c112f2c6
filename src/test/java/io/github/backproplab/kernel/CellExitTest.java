package io.github.backproplab.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** If the kernel did not catch these calls, this test's own JVM would end and the run would fail. */
class CellExitTest extends KernelCells {
    @BeforeAll
    static void defineKept() throws Exception {
        kernel.eval("int kept = 41;");
    }

    private static void assertEndsOnlyTheCell(String cell, String call) throws Exception {
        assertThatThrownBy(() -> kernel.eval(cell))
                .isInstanceOfSatisfying(CellExited.class, e -> assertThat(e.lines()).singleElement().asString()
                        .startsWith(call + " does not end the notebook's kernel")
                        .contains("everything defined so far is kept"));
        assertThat(text(kernel.eval("kept + 1"))).isEqualTo("42");
    }

    @Test
    void systemExitEndsTheCellAndKeepsTheVariables() throws Exception {
        assertEndsOnlyTheCell("System.out.println(\"bye\");\nSystem.exit(0);\nkept = 0;", "System.exit(0)");
    }

    @Test
    void runtimeExitAndHaltEndTheCell() throws Exception {
        assertEndsOnlyTheCell("Runtime.getRuntime().exit(2);", "Runtime.exit(2)");
        assertEndsOnlyTheCell("Runtime runtime = Runtime.getRuntime();\nruntime.halt(3);", "Runtime.halt(3)");
    }

    @Test
    void exitInsideAMethodAClassOrAMethodReferenceEndsTheCell() throws Exception {
        kernel.eval("void finish(int code) { if (code >= 0) System.exit(code); }");
        assertEndsOnlyTheCell("finish(4);", "System.exit(4)");
        kernel.eval("class Game { static void quit() { try { System.exit(5); } catch (Exception e) { } } }");
        assertEndsOnlyTheCell("Game.quit();", "System.exit(5)");
        assertEndsOnlyTheCell("java.util.function.IntConsumer quit = System::exit;\nquit.accept(6);",
                "System.exit(6)");
    }

    @Test
    void exitAfterSwitchesAndWideJumpsIsFoundInTheBytecode() throws Exception {
        // tableswitch and lookupswitch are padded to 4 bytes: the walk over the code must step over them.
        kernel.eval("int pick(int k) {\n"
                + "    int r = switch (k) { case 0 -> 10; case 1 -> 11; case 2 -> 12; default -> 13; };\n"
                + "    int s = switch (k) { case 100 -> 1; case 5000 -> 2; default -> 3; };\n"
                + "    long big = 1L << 40; double d = 2.5;\n"
                + "    if (r + s > 0) Runtime.getRuntime().halt(r + s);\n"
                + "    return r;\n"
                + "}");
        assertEndsOnlyTheCell("pick(2);", "Runtime.halt(15)");
    }

    @Test
    void cellsWithoutExitRunAsBefore() throws Exception {
        assertThat(text(kernel.eval("String exit = \"exit\"; exit.length()"))).isEqualTo("4");
        assertThat(text(kernel.eval("Runtime.getRuntime().availableProcessors() > 0"))).isEqualTo("true");
    }
}
