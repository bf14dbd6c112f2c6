package io.github.backproplab.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellHandler;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.publish.PublishStream;
import io.github.spencerpark.jupyter.messages.publish.PublishStream.StreamType;
import io.github.spencerpark.jupyter.messages.request.ExecuteRequest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Points {@code System.out} and {@code System.err} at the notebook for the kernel's whole life, not
 * only while a cell runs: text from any thread, during or after a cell, goes to the most recent
 * execute request (as in ipykernel), batched by {@link BatchedOutput}. Before the first cell it goes
 * to the server's console.
 */
final class NotebookStreams {
    private NotebookStreams() {
    }

    /**
     * Replaces the standard streams and wraps the kernel's execute handler on {@code connection}:
     * call after {@code kernel.becomeHandlerForConnection(connection)}.
     *
     * @return the batches, to flush before something else is shown
     */
    static BatchedOutput install(BaseKernel kernel, JupyterConnection connection) {
        PrintStream consoleOut = System.out;
        PrintStream consoleErr = System.err;
        BatchedOutput output = new BatchedOutput(
                (stream, text) -> (stream == StreamType.OUT ? consoleOut : consoleErr).print(text));
        kernel.setShouldReplaceStdStreams(false); // the base kernel would swap them per cell
        System.setOut(new PrintStream(output.stream(StreamType.OUT), false, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(output.stream(StreamType.ERR), false, StandardCharsets.UTF_8));
        System.setIn(promptShownFirst(kernel.getIO().in, output));

        ShellHandler<ExecuteRequest> execute = connection.getHandler(MessageType.EXECUTE_REQUEST);
        connection.setHandler(MessageType.EXECUTE_REQUEST, (env, request) -> {
            output.switchTo(sinkFor(env));
            try {
                execute.handle(env, request);
            } finally {
                output.flush(); // before the reply and the idle status, which the caller sends next
            }
        });
        return output;
    }

    /** Stream messages whose parent is {@code env}'s request, sent straight to IOPub at any time. */
    private static BatchedOutput.Sink sinkFor(ShellReplyEnvironment env) {
        // Not env.publish: that would take part in the handler's deferred replies from another thread.
        return (stream, text) -> env.getIopub().sendMessage(
                new Message<>(env.getContext(), PublishStream.MESSAGE_TYPE, new PublishStream(stream, text)));
    }

    /** Standard input that sends pending output first, so a prompt printed before a read shows. */
    private static InputStream promptShownFirst(InputStream in, BatchedOutput output) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                output.flush();
                return super.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                output.flush();
                return super.read(b, off, len);
            }
        };
    }
}
