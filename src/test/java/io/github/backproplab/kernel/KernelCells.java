package io.github.backproplab.kernel;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the tests that evaluate cells in the project's kernel itself, with no Jupyter connection
 * in between: one kernel per test class, started before its first test and shut down after its last.
 */
public abstract class KernelCells {
    protected static LabKernel kernel;

    @BeforeAll
    static void startKernel() throws Exception {
        kernel = new LabKernel();
        // Wait until JShell is up: an interrupt that arrives before a cell starts is not for that cell.
        kernel.eval("0");
    }

    @AfterAll
    static void stopKernel() {
        kernel.onShutdown(false);
    }

    /** The text/plain of a cell's result. */
    protected static String text(DisplayData data) {
        return String.valueOf(data.getData(MIMEType.TEXT_PLAIN));
    }
}
