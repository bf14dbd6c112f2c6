package io.github.backproplab.kernel;

import io.github.spencerpark.jupyter.messages.publish.PublishStream.StreamType;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What cells print, sent on in batches the way ipykernel sends it: text waits up to
 * {@link #FLUSH_MILLIS} (or until {@link #MAX_PENDING_BYTES} have collected, or until someone
 * flushes) and then goes out as one stream message, so that a loop of {@code print} calls arrives
 * as a few messages rather than one per fragment.
 *
 * <p>Standard output and standard error share one buffer: text of the other stream is sent before
 * a write switches streams, so the notebook shows both in the order they were written. Text from
 * every thread goes to the current {@link Sink}, the most recent cell's, also after that cell ended.
 */
final class BatchedOutput {
    /** The longest text waits before it is sent; ipykernel waits 200 ms. */
    static final long FLUSH_MILLIS = 100;
    /** Pending text is sent at once when it grows beyond this many bytes. */
    static final int MAX_PENDING_BYTES = 32 * 1024;

    /** Where batches go: a cell's stream messages, or a console before any cell ran. */
    interface Sink {
        void send(StreamType stream, String text);
    }

    private final Object lock = new Object();
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "output-flush");
        t.setDaemon(true);
        return t;
    });
    private StreamType pendingStream;
    private boolean flushScheduled;
    private Sink sink;

    BatchedOutput(Sink first) {
        this.sink = first;
    }

    /** An output stream whose bytes join the batch as {@code stream}; its flush sends the batch. */
    OutputStream stream(StreamType stream) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                add(stream, bytes, offset, length);
            }

            @Override
            public void flush() {
                BatchedOutput.this.flush();
            }
        };
    }

    /** Sends what is pending to the current sink, then sends everything after it to {@code next}. */
    void switchTo(Sink next) {
        synchronized (lock) {
            flush();
            sink = next;
        }
    }

    /** Sends the pending text now, as one message. */
    void flush() {
        synchronized (lock) {
            if (pending.size() == 0) {
                return;
            }
            byte[] bytes = pending.toByteArray();
            int whole = completeUtf8Length(bytes);
            pending.reset();
            // A character split across two writes waits for its second half.
            pending.write(bytes, whole, bytes.length - whole);
            if (whole > 0) {
                try {
                    sink.send(pendingStream, new String(bytes, 0, whole, StandardCharsets.UTF_8));
                } catch (RuntimeException e) {
                    // A closed connection (at shutdown) loses the text; the printing cell carries on.
                }
            }
        }
    }

    private void add(StreamType stream, byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        synchronized (lock) {
            if (pendingStream != stream) {
                flush();
                pending.reset(); // half a character of the other stream can never be completed
                pendingStream = stream;
            }
            pending.write(bytes, offset, length);
            if (pending.size() >= MAX_PENDING_BYTES) {
                flush();
            } else if (!flushScheduled) {
                flushScheduled = true;
                timer.schedule(this::timedFlush, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
            }
        }
    }

    private void timedFlush() {
        synchronized (lock) {
            flushScheduled = false;
            flush();
        }
    }

    /** The length of the longest prefix of {@code bytes} that ends on a whole UTF-8 character. */
    static int completeUtf8Length(byte[] bytes) {
        int n = bytes.length;
        // Walk back over at most three continuation bytes (10xxxxxx) to the lead byte.
        int lead = n - 1;
        while (lead >= 0 && lead > n - 4 && (bytes[lead] & 0xC0) == 0x80) {
            lead--;
        }
        if (lead < 0) {
            return n;
        }
        int b = bytes[lead] & 0xFF;
        int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        return n - lead >= needed ? n : lead;
    }
}
