package io.github.backproplab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.backproplab.nn.Activation;
import io.github.backproplab.nn.Network;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving keeps the permissions of the file it replaces, and leaves no temporary files. */
class ModelFilePermissionsTest {
    @TempDir
    Path folder;

    private final Model model = Model.of(Network.builder(2).seed(1).dense(2, Activation.identity()).build());

    @Test
    void replacingAFileKeepsItsPermissions() throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path file = folder.resolve("model.json");
        model.save(file);
        for (String permissions : new String[] {"rw-r--r--", "rw-rw----", "rw-------", "r--r--r--"}) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
            model.save(file);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo(permissions);
        }
    }

    @Test
    void aNewFileGetsTheSamePermissionsAsAnyNewFile() throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path plain = Files.createFile(folder.resolve("plain.txt"));
        Path file = folder.resolve("model.json");
        model.save(file);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void theNextSaveRemovesTheTemporaryFilesOfKilledSaves() throws IOException {
        Path file = folder.resolve("model.json");
        model.save(file);
        Path leftover = Files.writeString(folder.resolve(AtomicFile.temporaryPrefix("model.json") + "123.tmp"), "{ half");
        Path otherFiles = Files.writeString(folder.resolve(AtomicFile.temporaryPrefix("other.json") + "7.tmp"), "x");
        Path notOurs = Files.writeString(folder.resolve(".model.json.swp"), "an editor's file");

        model.save(file);

        assertThat(leftover).doesNotExist();
        assertThat(otherFiles).as("another model's leftover waits for that model's next save").exists();
        assertThat(notOurs).exists();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("model.json", otherFiles.getFileName().toString(), ".model.json.swp");
        }
    }
}
