package io.github.backproplab.kernel;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds how to run {@code jupyter kernelspec}. Where the {@code jupyter-kernelspec} tool is not
 * installed (Debian ships it in a separate package), the same application is run as a Python
 * module with the interpreter of the {@code jupyter} launcher, which is the Python that owns Jupyter.
 */
final class KernelspecCommand {
    private KernelspecCommand() {
    }

    /** The command words that stand for {@code jupyter kernelspec}. */
    static List<String> find(String path) throws IOException {
        if (onPath(path, "jupyter-kernelspec").isPresent()) {
            return List.of("jupyter", "kernelspec");
        }
        Path jupyter = onPath(path, "jupyter").orElseThrow(() -> new IOException(
                "jupyter is not on the PATH; install Jupyter first (Debian: apt-get install jupyter-notebook)"));
        List<String> interpreter = shebang(jupyter).orElseThrow(() -> new IOException(
                "cannot find jupyter-kernelspec, nor the Python behind " + jupyter));
        List<String> command = new ArrayList<>(interpreter);
        command.addAll(List.of("-m", "jupyter_client.kernelspecapp"));
        return command;
    }

    static Optional<Path> onPath(String path, String program) {
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The interpreter named on the script's first line ({@code #!/usr/bin/python3}), if any. */
    static Optional<List<String>> shebang(Path script) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(script, StandardCharsets.ISO_8859_1)) {
            String first = reader.readLine();
            if (first == null || !first.startsWith("#!")) {
                return Optional.empty();
            }
            List<String> words = Arrays.stream(first.substring(2).strip().split("\\s+")).toList();
            return words.isEmpty() || words.get(0).isEmpty() ? Optional.empty() : Optional.of(words);
        }
    }
}
