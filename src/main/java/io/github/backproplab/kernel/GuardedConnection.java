package io.github.backproplab.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.Loop;
import io.github.spencerpark.jupyter.channels.ShellChannel;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import org.zeromq.ZMQ;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.channels.Selector;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A Jupyter connection that nothing a client sends can silence. The base kernel reads a message
 * on the thread that serves its channel and throws there when the message is unsigned, wrongly
 * signed (a {@code SecurityException}) or malformed (bad JSON, a header without its fields); the
 * thread would end and the channel stop answering. Here such a message is logged and dropped, and
 * the channel reads the next one. Repeated signatures are refused ({@link ReplayRefusingSignatures}).
 */
final class GuardedConnection extends JupyterConnection {
    private static final Logger LOG = Logger.getLogger(GuardedConnection.class.getName());
    /** How long a channel's thread waits on its socket before it looks again. */
    static final long WAIT_MILLIS = 200;

    GuardedConnection(KernelConnectionProperties properties) throws NoSuchAlgorithmException, InvalidKeyException {
        super(refusingReplays(properties));
    }

    /** Binds the channels and starts serving them; bad messages are dropped from the first one on. */
    @Override
    public void connect() {
        super.connect();
        keepServing(shell, "shell");
        keepServing(control, "control");
        answerAtOnce(shell, "shell");
        answerAtOnce(control, "control");
    }

    private static void keepServing(ShellChannel channel, String name) {
        Loop loop = loopOf(channel);
        loop.onError(thrown -> {
            LOG.log(Level.WARNING, "dropped a message on the " + name + " channel: " + (thrown instanceof SecurityException
                    ? "its signature is missing, wrong or repeated" : "it is malformed (" + thrown + ")"));
            // Frames of the dropped message that were not read yet would start the next message.
            while (channel.hasReceiveMore()) {
                channel.recv();
            }
            return 0; // read the next message at once
        });
    }

    /**
     * The base kernel's channel threads look for a message, then sleep 50 ms when none came, so a
     * request (an execute, an interrupt) waited 25 ms on average before it was read, and the threads
     * woke 20 times a second each when idle. Here each thread instead waits on its socket, for at
     * most {@link #WAIT_MILLIS}, and reads a message the moment it arrives. If this base kernel has no
     * such loop, the channel keeps its own timing.
     */
    private static void answerAtOnce(ShellChannel channel, String name) {
        Loop loop = loopOf(channel);
        try {
            Field body = Loop.class.getDeclaredField("loopBody");
            body.setAccessible(true);
            LongSupplier readOne = (LongSupplier) body.get(loop);
            Selector selector = Selector.open();
            ZMQ.PollItem[] items = {new ZMQ.PollItem(channel, ZMQ.Poller.POLLIN)};
            LongSupplier waitThenRead = () -> {
                long start = System.nanoTime();
                int ready;
                try {
                    ready = ZMQ.poll(selector, items, WAIT_MILLIS);
                } catch (RuntimeException closing) {
                    ready = 1; // the socket is closing: the base kernel's own body sees to it
                }
                readOne.getAsLong(); // reads a waiting message, if any
                // No sleep: the next wait is on the socket. A wait that returned at once with
                // nothing to read gets a pause, so that the thread can never spin.
                return ready <= 0 && System.nanoTime() - start < 1_000_000 ? 1 : 0;
            };
            body.set(loop, waitThenRead);
        } catch (ReflectiveOperationException | IOException | RuntimeException e) {
            LOG.log(Level.INFO, "the " + name + " channel keeps the base kernel's 50 ms polling: " + e);
        }
    }

    /** The thread that serves {@code channel}; the base kernel keeps it in a private field. */
    private static Loop loopOf(ShellChannel channel) {
        try {
            Field field = ShellChannel.class.getDeclaredField("ioloop");
            field.setAccessible(true);
            Loop loop = (Loop) field.get(channel);
            if (loop == null) {
                throw new IllegalStateException("the channel is not bound");
            }
            return loop;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot guard the " + channel + " channel of this base kernel version: "
                    + e, e);
        }
    }

    private static KernelConnectionProperties refusingReplays(KernelConnectionProperties p) {
        return new KernelConnectionProperties(p.getIp(), p.getControlPort(), p.getShellPort(), p.getStdinPort(),
                p.getHbPort(), p.getIopubPort(), p.getTransport(), p.getSignatureScheme(), p.getKey()) {
            @Override
            public HMACGenerator createHMACGenerator() throws InvalidKeyException, NoSuchAlgorithmException {
                if (getKey() == null || getKey().isEmpty()) {
                    return super.createHMACGenerator(); // no key: nothing is signed, nothing to compare
                }
                return new ReplayRefusingSignatures(getSignatureScheme(), getKey());
            }
        };
    }
}
