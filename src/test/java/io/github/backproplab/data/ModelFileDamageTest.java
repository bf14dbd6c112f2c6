package io.github.backproplab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.backproplab.nn.Activation;
import io.github.backproplab.nn.Loss;
import io.github.backproplab.nn.Network;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damage that still parses: a changed digit, an added layer. The checksum and the declared units find it. */
class ModelFileDamageTest {
    @TempDir
    Path folder;

    private Path saved() throws IOException {
        Network network = Network.builder(2).seed(4).dense(3, Activation.tanh()).dense(3, Activation.identity())
                .loss(Loss.squaredError()).build();
        network.layer(0).weights().set(0, 0, 0.125);
        Path file = folder.resolve("model.json");
        Model.of(network).save(file);
        return file;
    }

    @Test
    void aChangedDigitInAWeightIsFound() throws IOException {
        Path file = saved();
        String text = Files.readString(file);
        assertThat(text).contains("[0.125, ");
        Files.writeString(file, text.replace("[0.125, ", "[0.135, "));
        assertThatThrownBy(() -> Model.load(file)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("model.json").hasMessageContaining("at checksum")
                .hasMessageContaining("do not match the checksum written when the file was saved");
    }

    @Test
    void everySingleDigitChangeIsFound() throws IOException {
        Path file = saved();
        String text = Files.readString(file);
        int changed = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isDigit(c)) {
                continue;
            }
            char other = c == '9' ? '1' : (char) (c + 1);
            Files.writeString(file, text.substring(0, i) + other + text.substring(i + 1));
            String around = text.substring(Math.max(0, i - 30), Math.min(text.length(), i + 10));
            assertThatThrownBy(() -> Model.load(file), "digit changed in ...%s...", around)
                    .isInstanceOf(ModelFileException.class);
            changed++;
        }
        assertThat(changed).isGreaterThan(100);
    }

    @Test
    void anExtraLayerThatFitsIsRefused() throws IOException {
        Path file = saved();
        String text = Files.readString(file);
        String extra = ",\n      {\n        \"activation\": \"identity\",\n        \"inputs\": 3,\n        \"units\": 3,\n"
                + "        \"weights\": [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]],\n"
                + "        \"bias\": [0.0, 0.0, 0.0]\n      }\n    ]";
        int end = text.indexOf("\n    ]");
        String deeper = text.substring(0, end) + extra + text.substring(end + "\n    ]".length());
        Files.writeString(file, deeper);
        assertThatThrownBy(() -> Model.load(file)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("at network.layers: the file declares 2 layers (network.units [3, 3]) but holds 3");

        Files.writeString(file, deeper.replace("\"units\": [3, 3]", "\"units\": [3, 3, 3]"));
        assertThatThrownBy(() -> Model.load(file)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("at checksum");
    }

    @Test
    void aLayerOfOtherUnitsThanDeclaredIsNamed() throws IOException {
        Path file = saved();
        String text = Files.readString(file);
        Files.writeString(file, text.replace("\"units\": [3, 3]", "\"units\": [4, 3]"));
        assertThatThrownBy(() -> Model.load(file)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("at network.layers[0].units: the layer has 3 units, but the file declares 4");
    }

    @Test
    void aVersionOneFileWithoutChecksumStillLoads() throws IOException {
        Path file = saved();
        Model original = Model.load(file);
        String text = Files.readString(file);
        String v1 = text.replace("\"version\": 2", "\"version\": 1")
                .replaceFirst("\n    \"units\": \\[3, 3\\],", "")
                .replaceFirst(",\n  \"checksum\": \"sha256:[0-9a-f]{64}\"", "");
        assertThat(v1).doesNotContain("checksum").doesNotContain("\"units\": [");
        Files.writeString(file, v1);
        Model loaded = Model.load(file);
        assertThat(loaded.network().layer(0).weights().data).isEqualTo(original.network().layer(0).weights().data);
        assertThat(ModelFile.checksum(loaded)).isEqualTo(ModelFile.checksum(original));
    }

    @Test
    void theChecksumIsTheLastFieldAndLayoutChangesDoNotMatter() throws IOException {
        Path file = saved();
        String text = Files.readString(file);
        assertThat(text).containsPattern("\n  \"checksum\": \"sha256:[0-9a-f]{64}\"\n}\n$");
        Files.writeString(file, text.replace("\n", "\r\n").replace(": ", ":   "));
        assertThat(Model.load(file).network().depth()).isEqualTo(2);
    }
}
