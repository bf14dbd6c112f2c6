package io.github.backproplab.kernel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Runs JShell snippets inside the kernel's JVM, each on its own worker thread, and keeps the
 * live value a snippet produced, so the kernel can render the object itself rather than its
 * {@code toString()}.
 *
 * <p>An interrupt first sets the worker's interrupt flag (the polite way: a sleeping or waiting
 * cell wakes with an {@link InterruptedException}, a training loop stops at its next step), and
 * sets it again while the cell runs on, since code the cell calls may clear it. A cell that ignores
 * the flag for {@link #GRACE_MILLIS} is stopped by force where the JVM still allows it (for up to
 * another {@link #GRACE_MILLIS}), and otherwise left running in the background so that the kernel
 * answers again ({@link #leftRunning()}).
 */
final class LiveExecutionControl extends DirectExecutionControl {
    private static final Logger LOG = Logger.getLogger(LiveExecutionControl.class.getName());
    /** How long a cell gets to honour an interrupt before it is stopped by force. */
    static final long GRACE_MILLIS = 2_000;
    /** How often the interrupt is repeated while the cell has not stopped. */
    static final long REPEAT_MILLIS = 50;

    private final SnippetLoaderDelegate loaderDelegate;
    private final Object lock = new Object();
    private Thread worker;
    private CompletableFuture<Object> outcome;
    private boolean interruptRequested;
    private boolean leftRunning;
    private Object lastValue;
    private Class<?> lastWrapper;

    LiveExecutionControl(SnippetLoaderDelegate loaderDelegate) {
        super(loaderDelegate);
        this.loaderDelegate = loaderDelegate;
    }

    /** An engine provider for {@code JShell.Builder.executionEngine} that hands out this instance. */
    ExecutionControlProvider provider() {
        return new ExecutionControlProvider() {
            @Override
            public String name() {
                return "backprop-lab-live";
            }

            @Override
            public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
                return LiveExecutionControl.this;
            }
        };
    }

    /** The loader of the cells' classes; a worker uses it as its context class loader. */
    ClassLoader classLoader() {
        return loaderDelegate.classLoader();
    }

    /** Forgets the last value and any earlier interrupt; call before running a cell. */
    void resetForCell() {
        synchronized (lock) {
            interruptRequested = false;
            leftRunning = false;
            lastValue = null;
        }
    }

    /** The object the most recent snippet evaluated to, or {@code null}. */
    Object lastValue() {
        synchronized (lock) {
            return lastValue;
        }
    }

    /**
     * Whether the cell's thread ignored the interrupt and every forced stop, and still runs,
     * detached from the kernel, since {@link #resetForCell()}.
     */
    boolean leftRunning() {
        synchronized (lock) {
            return leftRunning;
        }
    }

    /** Whether an interrupt arrived since {@link #resetForCell()}. */
    boolean wasInterrupted() {
        synchronized (lock) {
            return interruptRequested;
        }
    }

    @Override
    protected String invoke(Method doit) throws Exception {
        CompletableFuture<Object> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(doit.invoke(null));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, "cell");
        thread.setDaemon(true); // a cell left running after an interrupt must not keep the JVM alive
        thread.setContextClassLoader(classLoader());
        synchronized (lock) {
            if (interruptRequested) {
                throw new StoppedException(); // the cell was interrupted between two snippets
            }
            worker = thread;
            outcome = result;
            lastWrapper = doit.getDeclaringClass();
        }
        thread.start();
        try {
            Object value = result.get();
            if (wasInterrupted()) {
                throw new StoppedException(); // the cell caught the interrupt and finished early
            }
            synchronized (lock) {
                lastValue = value;
            }
            // JShell only keeps this string; the live object is what the kernel renders.
            return value == null ? "null" : value.getClass().getName();
        } catch (CancellationException e) {
            throw new StoppedException(); // left running after an interrupt it ignored
        } catch (ExecutionException e) {
            if (wasInterrupted()) {
                throw new StoppedException();
            }
            // Let the superclass turn the user's exception into JShell's EvalException.
            Throwable cause = e.getCause();
            throw cause instanceof Exception checked ? checked : new InvocationTargetException(cause);
        } finally {
            synchronized (lock) {
                worker = null;
                outcome = null;
            }
        }
    }

    /**
     * Asks the running cell to stop: interrupts its thread now and again every
     * {@link #REPEAT_MILLIS} (drawing text in Java2D can clear a thread's interrupt status before the
     * cell's loop sees it), and stops it by force if it is still running after {@link #GRACE_MILLIS}.
     * Returns at once; safe to call from any thread.
     */
    void interruptRunningCell() {
        Thread thread;
        CompletableFuture<Object> running;
        synchronized (lock) {
            interruptRequested = true;
            thread = worker;
            running = outcome;
        }
        if (thread == null) {
            return;
        }
        Thread watcher = new Thread(() -> {
            // Interrupt again and again; then stop it by force, again and again: a cell that
            // catches Throwable catches the first ThreadDeath too, but rarely every one.
            if (stillRunningAfter(running, () -> {
                thread.interrupt();
                return true;
            }) && stillRunningAfter(running, () -> stopByForce(thread))) {
                // It survived even that: stop waiting for it so that the kernel answers again.
                synchronized (lock) {
                    leftRunning = true;
                }
                LOG.warning("a cell ignored the interrupt and every forced stop; it runs on, detached, at:"
                        + Arrays.stream(thread.getStackTrace()).map(f -> "\n\tat " + f).collect(Collectors.joining()));
                running.completeExceptionally(new CancellationException());
            }
        }, "interrupt");
        watcher.setDaemon(true);
        watcher.start();
    }

    /**
     * Sets the static field {@code name} of the most recently run snippet's class to {@code null}, so
     * the object it held can be collected; primitive fields and a missing field are left alone.
     */
    void clearStaticField(String name) {
        Class<?> wrapper;
        synchronized (lock) {
            wrapper = lastWrapper;
        }
        if (wrapper == null) {
            return;
        }
        try {
            Field field = wrapper.getDeclaredField(name);
            if (Modifier.isStatic(field.getModifiers()) && !field.getType().isPrimitive()) {
                field.setAccessible(true);
                field.set(null, null);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // not this snippet's class (it never ran) or a field JShell made final: nothing to clear
        }
    }

    /**
     * Calls {@code push} every {@link #REPEAT_MILLIS} for up to {@link #GRACE_MILLIS} while the
     * cell runs, until {@code push} says it can do nothing; whether the cell still runs then.
     */
    private static boolean stillRunningAfter(CompletableFuture<Object> running, BooleanSupplier push) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS);
        while (!running.isDone() && System.nanoTime() < deadline && push.getAsBoolean()) {
            try {
                running.get(REPEAT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // still running: push again
            } catch (InterruptedException | ExecutionException | CancellationException e) {
                return false; // the cell ended with an exception, or the watcher itself was stopped
            }
        }
        return !running.isDone();
    }

    /** Throws ThreadDeath in {@code thread}; false where the JVM no longer allows it (JDK 20 on). */
    @SuppressWarnings({"deprecation", "removal"})
    private static boolean stopByForce(Thread thread) {
        try {
            thread.stop();
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    @Override
    public void stop() {
        interruptRunningCell();
    }
}
