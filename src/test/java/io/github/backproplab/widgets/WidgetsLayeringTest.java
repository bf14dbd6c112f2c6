package io.github.backproplab.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Widgets sit above the notebook package: the core, the plots and the notebook code never import them, and they never import the kernel. */
class WidgetsLayeringTest {
    private static final Path SOURCES = Path.of("src/main/java/io/github/backproplab");

    @Test
    void onlyTheKernelMayUseWidgetsAndWidgetsDoNotUseTheKernel() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String pkg : List.of("nn", "train", "data", "plot", "notebook")) {
            violations.addAll(importsOf(pkg, "io.github.backproplab.widgets"));
        }
        violations.addAll(importsOf("widgets", "io.github.backproplab.kernel"));
        assertThat(violations).isEmpty();
    }

    private static List<String> importsOf(String pkg, String forbidden) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES.resolve(pkg))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    String trimmed = line.trim();
                    if (trimmed.startsWith("import " + forbidden + ".") || trimmed.startsWith("import static " + forbidden + ".")) {
                        found.add(pkg + "/" + file.getFileName() + ": " + trimmed);
                    }
                }
            }
        }
        return found;
    }
}
