package io.github.backproplab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.backproplab.nn.Activation;
import io.github.backproplab.nn.Network;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to the data tools and model files: a message naming the cause, and nothing changed. */
class BadInputTest {
    @TempDir
    Path folder;

    private final Model model = Model.of(Network.builder(2).seed(1).dense(1, Activation.identity()).build());

    @Test
    void aConstantColumnIsCentredWithScaleOneAndTheScalerSaysSo() {
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{1, 5}, {2, 5}, {3, 5}});
        DMatrixRMaj before = x.copy();
        for (Scaler scaler : List.of(Scaler.standardize(x), Scaler.minMax(x))) {
            assertThat(scaler.constantFeatures()).containsExactly(1);
            assertThat(scaler.scales()[1]).isEqualTo(1.0);
            assertThat(scaler.toString()).contains("features [1] constant in the training data: centred, scale 1");
            DMatrixRMaj scaled = scaler.apply(x);
            assertThat(new double[] {scaled.get(0, 1), scaled.get(1, 1), scaled.get(2, 1)}).containsOnly(0.0);
        }
        assertThat(x.data).isEqualTo(before.data);
        assertThat(Scaler.standardize(new DMatrixRMaj(new double[][] {{1, 5}, {2, 6}})).constantFeatures()).isEmpty();
    }

    @Test
    void loadingAFolderSaysItIsAFolder() {
        assertThatThrownBy(() -> Model.load(folder)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining(folder.toString()).hasMessageContaining("this is a folder, not a model file");
    }

    @Test
    void loadingAMissingFileSaysNoModelIsThere() {
        Path missing = folder.resolve("missing.json");
        assertThatThrownBy(() -> Model.load(missing)).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("no model file here");
    }

    @Test
    void savingUnderAFileNamesThatFile() throws IOException {
        Path notAFolder = folder.resolve("notes.txt");
        Files.writeString(notAFolder, "some notes");
        Path target = notAFolder.resolve("model.json");
        assertThatThrownBy(() -> model.save(target)).isInstanceOf(FileSystemException.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining(notAFolder + " is a file, not a folder");
        assertThat(Files.readString(notAFolder)).isEqualTo("some notes");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(notAFolder);
        }
    }

    @Test
    void savingOverAFolderIsRefused() throws IOException {
        Path sub = Files.createDirectory(folder.resolve("model.json"));
        assertThatThrownBy(() -> model.save(sub)).isInstanceOf(FileSystemException.class)
                .hasMessageContaining(sub.toString()).hasMessageContaining("this is a folder, not a file");
        assertThat(Files.isDirectory(sub)).isTrue();
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(sub);
        }
    }
}
