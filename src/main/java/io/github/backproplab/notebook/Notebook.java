package io.github.backproplab.notebook;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import java.lang.reflect.Method;
import java.util.Objects;

/**
 * Connects the toolkit to a running Jupyter kernel: installs the renderers and remembers the
 * kernel for live displays. The project kernel calls {@link #install(BaseKernel)} at start-up;
 * in upstream IJava one call to {@link #install()} does the same.
 */
public final class Notebook {
    private static volatile BaseKernel kernel;

    private Notebook() {
    }

    /**
     * Installs the toolkit's renderers into {@code kernel}'s renderer and remembers the kernel;
     * calling it again registers nothing twice.
     */
    public static synchronized void install(BaseKernel kernel) {
        Objects.requireNonNull(kernel, "kernel");
        Renderers.register(kernel.getRenderer());
        Notebook.kernel = kernel;
    }

    /**
     * Installs into upstream IJava's kernel, found through {@code IJava.getKernelInstance()}.
     *
     * @return whether a kernel was found; false in a plain Java program
     */
    public static synchronized boolean install() {
        BaseKernel found = findIJavaKernel();
        if (found == null) {
            return false;
        }
        install(found);
        return true;
    }

    /** The installed kernel, or {@code null} outside a notebook. */
    public static BaseKernel kernel() {
        return kernel;
    }

    /** Whether a kernel is installed, that is whether pictures can show inline. */
    public static boolean isActive() {
        return kernel != null;
    }

    /** Forgets the kernel, so that live displays fall back to the console (for tests). */
    static synchronized void uninstall() {
        kernel = null;
    }

    private static BaseKernel findIJavaKernel() {
        try {
            // IJava loads the toolkit's jars in a child class loader, so look it up from ours
            Class<?> ijava = Class.forName("io.github.spencerpark.ijava.IJava", true, Notebook.class.getClassLoader());
            Method getter = ijava.getMethod("getKernelInstance");
            Object instance = getter.invoke(null);
            return instance instanceof BaseKernel k ? k : null;
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }
}
