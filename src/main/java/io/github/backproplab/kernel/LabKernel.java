package io.github.backproplab.kernel;

import io.github.backproplab.notebook.Notebook;
import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageContext;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.reply.HistoryReply;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * The Backprop Lab Jupyter kernel: Java cells run in JShell inside this JVM, the value of a cell's
 * last expression is rendered as a live object, and the toolkit's renderers and imports are
 * ready before the first cell.
 */
public final class LabKernel extends BaseKernel {
    /** Marks "this snippet has nothing to show", as distinct from a {@code null} result. */
    private static final Object NO_VALUE = new Object();

    /** Runs the cells; made at once, so an interrupt that comes while JShell starts is kept. */
    private final LiveExecutionControl control = JavaShell.newControl();
    private final CompletableFuture<JavaShell> java;
    private final SnippetOrigins origins = new SnippetOrigins();
    private final CellHistory history = new CellHistory();
    private volatile Magics magics;

    /** Creates the kernel and starts JShell in the background, so start-up overlaps connecting. */
    public LabKernel() {
        Display.attach(this);
        try {
            Notebook.install(this);
        } catch (RuntimeException | LinkageError e) {
            // A kernel without the toolkit's pictures is still a working Java kernel.
            System.err.println("Backprop Lab renderers could not be installed: " + e);
        }
        this.java = CompletableFuture.supplyAsync(() -> JavaShell.start(control));
    }

    /**
     * Serves {@code connection}, and from now on sends everything printed to {@code System.out} and
     * {@code System.err}, from any thread, to the notebook (see {@link NotebookStreams}), with the
     * exceptions that end threads cells started, in short (see {@link ThreadFailures}).
     */
    @Override
    public void becomeHandlerForConnection(JupyterConnection connection) {
        super.becomeHandlerForConnection(connection);
        connection.setHandler(MessageType.HISTORY_REQUEST, (env, request) -> {
            env.setBusyDeferIdle();
            env.reply(historyReply(env.getContext(), history.answer(request.getContent())));
        });
        NotebookStreams.install(this, connection);
        ThreadFailures.install(System.err);
    }

    /** A {@code history_reply} as the protocol has it (the base kernel's own lacks the status, and its entries are objects). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Message<?> historyReply(MessageContext context, List<List<Object>> entries) {
        return new Message(context, HistoryReply.MESSAGE_TYPE, Map.of("status", "ok", "history", entries));
    }

    /** Shows {@code data} below the text printed before it. */
    @Override
    public void display(DisplayData data) {
        System.out.flush();
        System.err.flush();
        super.display(data);
    }

    @Override
    public LanguageInfo getLanguageInfo() {
        return new LanguageInfo.Builder("java")
                .version(javaVersion())
                .mimetype("text/x-java-source")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("java")
                .build();
    }

    @Override
    public String getBanner() {
        return "Java " + javaVersion() + " (Backprop Lab kernel)";
    }

    /** "17.0.15": the release numbers only, without the vendor's build tag. */
    private static String javaVersion() {
        return Runtime.version().version().stream().map(String::valueOf).collect(Collectors.joining("."));
    }

    @Override
    public DisplayData eval(String cell) throws Exception {
        // From here on an interrupt is for this cell, also while JShell is still starting.
        control.resetForCell();
        JavaShell js = java.join();
        Display.forgetLastId();
        int cellNumber = executionCount.get() - 1; // the base kernel counted this cell already
        history.add(cellNumber, cell);
        Object value = NO_VALUE;
        try {
            for (CellParts.Part part : CellParts.of(cell)) {
                stopIfInterrupted();
                if (part instanceof CellParts.Magic magic) {
                    magics(js).run(magic, System.out);
                    value = NO_VALUE;
                } else if (part instanceof CellParts.Code code) {
                    for (Chunk chunk : Chunk.split(js.shell().sourceCodeAnalysis(), code.text(), code.start())) {
                        value = run(js, chunk, cell, cellNumber);
                    }
                }
            }
        } finally {
            System.out.flush();
            System.err.flush();
        }
        if (value == NO_VALUE || Display.isLastDisplayId(value)) {
            return null;
        }
        if (value == null) {
            return new DisplayData("null"); // the renderer needs an object to look up
        }
        return value instanceof DisplayData data ? data : getRenderer().render(value);
    }

    /** Evaluates one snippet; returns its value, or {@link #NO_VALUE} for declarations and statements. */
    private Object run(JavaShell js, Chunk chunk, String cell, int cellNumber) throws CellFailure {
        JShell shell = js.shell();
        List<SnippetEvent> events = shell.eval(chunk.source());
        SnippetEvent main = events.stream().filter(e -> e.causeSnippet() == null).findFirst().orElse(null);
        try {
            return outcome(js, main, chunk, cell, cellNumber);
        } finally {
            if (main != null && main.snippet() instanceof VarSnippet temporary
                    && temporary.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
                js.forget(temporary);
            }
        }
    }

    /** What one evaluated snippet gives the cell: its value, {@link #NO_VALUE}, or a failure. */
    private Object outcome(JavaShell js, SnippetEvent main, Chunk chunk, String cell, int cellNumber)
            throws CellFailure {
        JShell shell = js.shell();
        stopIfInterrupted();
        if (main == null) {
            return NO_VALUE;
        }
        Snippet snippet = main.snippet();
        origins.record(snippet.id(), cellNumber, Chunk.lineOf(cell, chunk.codeStart()));
        if (main.status() == Snippet.Status.REJECTED) {
            throw ErrorReport.compileError(shell.diagnostics(snippet).toList(), chunk, cell);
        }
        if (main.exception() instanceof UnresolvedReferenceException unresolved) {
            throw Unresolved.failure(shell, unresolved);
        }
        if (main.exception() instanceof EvalException e
                && CellExit.Requested.class.getName().equals(e.getExceptionClassName())) {
            throw new CellExited(e.getMessage());
        }
        if (main.exception() != null) {
            throw ErrorReport.exception(main.exception(), origins, cellNumber);
        }
        if (main.status() == Snippet.Status.RECOVERABLE_DEFINED
                || main.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
            Unresolved.warn(shell, snippet, System.err);
        }
        return showsValue(snippet) ? control.lastValue() : NO_VALUE;
    }

    /** Ends the cell if an interrupt came for it, saying whether the cell's thread still runs. */
    private void stopIfInterrupted() throws CellInterrupted {
        if (control.wasInterrupted()) {
            throw control.leftRunning() ? CellInterrupted.leftRunning() : new CellInterrupted();
        }
    }

    /** An expression ({@code 1 + 1}, {@code net}), not a declaration, assignment or statement. */
    private static boolean showsValue(Snippet snippet) {
        return snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                || snippet.subKind() == Snippet.SubKind.VAR_VALUE_SUBKIND;
    }

    /** The shell cells run in, once it has started. */
    JavaShell javaShell() {
        return java.join();
    }

    private Magics magics(JavaShell js) {
        if (magics == null) {
            magics = new Magics(js.shell()::addToClasspath, js.classpath(),
                    new MavenResolver(MavenResolver.defaultLocalRepository(), false));
        }
        return magics;
    }

    @Override
    public List<String> formatError(Exception e) {
        if (e instanceof CellFailure failure) {
            return failure.lines();
        }
        return super.formatError(e);
    }

    @Override
    public ReplacementOptions complete(String cell, int at) {
        return CodeAssist.complete(java.join().shell().sourceCodeAnalysis(), cell, at);
    }

    @Override
    public DisplayData inspect(String cell, int at, boolean extraDetail) {
        return CodeAssist.inspect(java.join().shell().sourceCodeAnalysis(), cell, at, extraDetail);
    }

    @Override
    public String isComplete(String cell) {
        return CodeAssist.isComplete(java.join().shell().sourceCodeAnalysis(), cell);
    }

    @Override
    public void interrupt() {
        control.interruptRunningCell();
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        if (java.isDone()) {
            java.join().close();
        }
    }
}
