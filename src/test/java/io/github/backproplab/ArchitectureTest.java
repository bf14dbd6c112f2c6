package io.github.backproplab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way, kernel -> notebook -> plot -> train -> nn with data beside nn: no
 * package imports one to its left, and the core imports nothing of Jupyter or plotting.
 */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/io/github/backproplab");

    /** For each package, the imports it must not have. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "nn", List.of("io.github.backproplab.train", "io.github.backproplab.data", "io.github.backproplab.plot",
                    "io.github.backproplab.notebook", "io.github.backproplab.kernel", "io.github.spencerpark", "org.knowm"),
            "data", List.of("io.github.backproplab.train", "io.github.backproplab.plot", "io.github.backproplab.notebook",
                    "io.github.backproplab.kernel", "io.github.spencerpark", "org.knowm"),
            "train", List.of("io.github.backproplab.plot", "io.github.backproplab.notebook", "io.github.backproplab.kernel",
                    "io.github.spencerpark", "org.knowm"),
            "plot", List.of("io.github.backproplab.notebook", "io.github.backproplab.kernel", "io.github.spencerpark"),
            "notebook", List.of("io.github.backproplab.kernel"),
            "exercise", List.of("io.github.backproplab.train", "io.github.backproplab.data", "io.github.backproplab.plot",
                    "io.github.backproplab.notebook", "io.github.backproplab.kernel", "io.github.spencerpark", "org.knowm"));

    @Test
    void importsPointOneWay() throws IOException {
        List<String> violations = new ArrayList<>();
        for (var rule : FORBIDDEN.entrySet()) {
            try (Stream<Path> files = Files.list(SOURCES.resolve(rule.getKey()))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    for (String line : Files.readAllLines(file)) {
                        String trimmed = line.trim();
                        for (String forbidden : rule.getValue()) {
                            if (trimmed.startsWith("import " + forbidden + ".") || trimmed.startsWith("import static " + forbidden + ".")) {
                                violations.add(file.getFileName() + ": " + trimmed);
                            }
                        }
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
