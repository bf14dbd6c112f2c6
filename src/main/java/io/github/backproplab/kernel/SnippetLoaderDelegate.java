package io.github.backproplab.kernel;

import java.io.File;
import java.net.MalformedURLException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import jdk.jshell.spi.ExecutionControl.ClassInstallException;
import jdk.jshell.spi.ExecutionControl.InternalException;

/** Loads JShell's compiled snippets into a {@link SnippetClassLoader} inside the kernel's JVM. */
final class SnippetLoaderDelegate implements LoaderDelegate {
    private final SnippetClassLoader loader;
    private final Set<String> alreadyVisible;
    private final Map<String, Class<?>> loaded = new ConcurrentHashMap<>();

    /**
     * @param parent         the loader that already holds the kernel and the toolkit
     * @param alreadyVisible class-path entries {@code parent} can see; adding them again is skipped
     */
    SnippetLoaderDelegate(ClassLoader parent, Collection<String> alreadyVisible) {
        this.loader = new SnippetClassLoader(parent);
        this.alreadyVisible = Set.copyOf(alreadyVisible);
    }

    ClassLoader classLoader() {
        return loader;
    }

    @Override
    public void load(ClassBytecodes[] classes) throws ClassInstallException {
        for (ClassBytecodes c : classes) {
            loader.declare(c.name(), ExitCalls.redirect(c.bytecodes())); // System.exit must not end the kernel
        }
        boolean[] installed = new boolean[classes.length];
        for (int i = 0; i < classes.length; i++) {
            try {
                // Define eagerly so that a broken class fails here, not in the middle of a cell.
                loaded.put(classes[i].name(), loader.loadClass(classes[i].name()));
                installed[i] = true;
            } catch (ClassNotFoundException | LinkageError e) {
                throw new ClassInstallException("cannot load " + classes[i].name() + ": " + e, installed);
            }
        }
    }

    @Override
    public void classesRedefined(ClassBytecodes[] classes) {
        // JShell only redefines when the engine supports it; a direct engine never does.
    }

    @Override
    public void addToClasspath(String path) throws InternalException {
        for (String entry : path.split(File.pathSeparator)) {
            if (entry.isBlank() || alreadyVisible.contains(entry)) {
                continue;
            }
            try {
                loader.addLocation(Path.of(entry).toUri().toURL());
            } catch (MalformedURLException e) {
                throw new InternalException("not a valid class-path entry: " + entry);
            }
        }
    }

    @Override
    public Class<?> findClass(String name) throws ClassNotFoundException {
        Class<?> c = loaded.get(name);
        return c != null ? c : loader.loadClass(name);
    }
}
