package io.github.backproplab.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process that saves a model over and over is killed (SIGKILL, no chance to clean up) at random
 * moments. After every kill the file loads as a whole model A or a whole model B; the next save
 * leaves no temporary file behind.
 */
class ModelFileKillTest {
    private static final int KILLS = 12;

    @TempDir
    Path folder;

    @Test
    void aKilledSaveLeavesAWholeModelAndTheNextSaveCleansUp() throws Exception {
        Path file = folder.resolve("model.json");
        String a = ModelFile.checksum(SaveForever.model(1));
        String b = ModelFile.checksum(SaveForever.model(2));
        Random random = new Random(42);
        int killsWithLeftovers = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process saver = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                    SaveForever.class.getName(), file.toString()).redirectErrorStream(true).start();
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(saver.getInputStream(), StandardCharsets.UTF_8));
                assertThat(out.readLine()).as("the saver's first line").isEqualTo("saved");
                Thread.sleep(random.nextInt(200));
            } finally {
                saver.destroyForcibly();   // SIGKILL on Linux and macOS
                assertThat(saver.waitFor(20, TimeUnit.SECONDS)).isTrue();
            }
            String loaded = ModelFile.checksum(Model.load(file));
            assertThat(loaded).as("after kill %d the file is model A or model B", kill).isIn(a, b);
            if (!temporaryFiles().isEmpty()) {
                killsWithLeftovers++;
            }
        }
        assertThat(killsWithLeftovers).as("kills that left a temporary file (the case to clean up)").isPositive();

        SaveForever.model(1).save(file);

        assertThat(temporaryFiles()).isEmpty();
        assertThat(ModelFile.checksum(Model.load(file))).isEqualTo(a);
    }

    private List<String> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(name -> !name.equals("model.json")).toList();
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
