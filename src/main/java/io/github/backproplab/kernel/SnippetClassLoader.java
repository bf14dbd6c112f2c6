package io.github.backproplab.kernel;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds the classes JShell compiles from cells, and the jars added later with {@code %classpath},
 * {@code %jars} or {@code %maven}. Its parent is the loader of the kernel and the toolkit, so cells
 * share their classes (and live objects) with the kernel.
 */
final class SnippetClassLoader extends URLClassLoader {
    static {
        registerAsParallelCapable();
    }

    /** Bytecode handed over by JShell but not yet defined; defined on first use. */
    private final Map<String, byte[]> pending = new ConcurrentHashMap<>();

    SnippetClassLoader(ClassLoader parent) {
        super("cells", new URL[0], parent);
    }

    /** Makes {@code name} loadable from {@code bytecode}; the array is kept, not copied. */
    void declare(String name, byte[] bytecode) {
        pending.put(name, bytecode);
    }

    /** Adds a jar or class folder to the places this loader searches. */
    void addLocation(URL location) {
        addURL(location);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytecode = pending.remove(name);
        if (bytecode != null) {
            return defineClass(name, bytecode, 0, bytecode.length);
        }
        return super.findClass(name);
    }
}
