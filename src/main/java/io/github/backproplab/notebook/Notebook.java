package io.github.backproplab.notebook;

import io.github.spencerpark.jupyter.kernel.BaseKernel;

/**
 * Connects the toolkit to a running Jupyter kernel: installs the renderers and remembers the
 * kernel for live displays. The project kernel calls {@link #install(BaseKernel)} at start-up;
 * in upstream IJava one call does the same.
 */
public final class Notebook {
    private static volatile BaseKernel kernel;

    private Notebook() {
    }

    /** Installs the toolkit's renderers into {@code kernel}; calling it again does nothing. */
    public static synchronized void install(BaseKernel kernel) {
        if (Notebook.kernel == kernel) {
            return;
        }
        Notebook.kernel = kernel;
    }

    /** The kernel given to {@link #install(BaseKernel)}, or {@code null} outside a notebook. */
    public static BaseKernel kernel() {
        return kernel;
    }
}
