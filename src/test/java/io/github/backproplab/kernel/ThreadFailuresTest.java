package io.github.backproplab.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadFailuresTest extends KernelCells {
    @Test
    void aBackgroundThreadsExceptionIsShownInTheCellsNamesAndFolded() throws Exception {
        kernel.eval("int down(int n) {\n  if (n > 6) throw new IllegalStateException(\"deep\");\n  return down(n + 1);\n}");
        kernel.eval("class Box { void open() { down(0); } }");
        // The cell hands its thread and the exception over through the system properties, a map both sides see.
        kernel.eval("Thread helper = new Thread(() -> new Box().open(), \"helper\");\n"
                + "helper.setUncaughtExceptionHandler((t, e) -> System.getProperties().put(\"test.thrown\", e));\n"
                + "System.getProperties().put(\"test.thread\", helper);\n"
                + "helper.start();\n"
                + "helper.join();");
        Thread helper = (Thread) System.getProperties().remove("test.thread");
        Throwable thrown = (Throwable) System.getProperties().remove("test.thrown");

        List<String> lines = ThreadFailures.report(helper, thrown);
        assertThat(lines).containsExactly(
                "Exception in thread \"helper\" java.lang.IllegalStateException: deep",
                "    at down",
                "    ... 7 more calls of down",
                "    at Box.open",
                "    at lambda");
    }

    @Test
    void systemExitInABackgroundThreadSaysWhatHappened() {
        List<String> lines = ThreadFailures.report(new Thread("quitter"), new CellExit.Requested("System.exit", 3));
        assertThat(lines.get(0)).startsWith(
                "Exception in thread \"quitter\" System.exit(3) does not end the notebook's kernel");
    }
}
