package io.github.backproplab.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the kernel: {@code java -cp ... io.github.backproplab.kernel.KernelMain CONNECTION_FILE},
 * as written into {@code kernel.json} by {@link InstallKernel}.
 */
public final class KernelMain {
    private KernelMain() {
    }

    /**
     * Connects a new {@link LabKernel} to the Jupyter connection file given as the only argument
     * and serves it until the client shuts it down.
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: KernelMain CONNECTION_FILE (Jupyter passes its connection file)");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true"); // charts render on servers without a display
        // The protocol library logs every message and loop at INFO; keep the server's console readable.
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        root.getHandlers(); // makes the console handler now, on the console, before cells' streams replace it
        PrintStream console = System.err;
        CompletableFuture.runAsync(() -> StartupArchive.checkAtStartUp( // off the start-up path
                ManagementFactory.getRuntimeMXBean().getInputArguments(), console));
        KernelConnectionProperties properties = KernelConnectionProperties.parse(Files.readString(Path.of(args[0])));
        LabKernel kernel = new LabKernel();
        JupyterConnection connection = new GuardedConnection(properties);
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
        System.exit(0); // a cell may have left non-daemon threads behind
    }
}
