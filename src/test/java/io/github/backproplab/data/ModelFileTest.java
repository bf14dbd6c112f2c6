package io.github.backproplab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import io.github.backproplab.nn.Activation;
import io.github.backproplab.nn.Dense;
import io.github.backproplab.nn.Loss;
import io.github.backproplab.nn.Network;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class ModelFileTest {
    @TempDir
    Path folder;

    private final Dataset iris = Dataset.classification(RealData.iris(), "species");
    private final Scaler scaler = Scaler.standardize(iris);

    /** An untrained iris network with some awkward doubles planted in its weights. */
    private static Network network() {
        Network network = Network.builder(4).seed(11)
                .dense(5, Activation.leakyRelu(0.03))
                .dense(3, Activation.softmax())
                .loss(Loss.softmaxCrossEntropy())
                .build();
        DMatrixRMaj w = network.layer(0).weights();
        w.set(0, 0, -0.0);
        w.set(0, 1, Double.MIN_VALUE);
        w.set(0, 2, Double.MAX_VALUE / 1e300);
        w.set(0, 3, 1.0 / 3);
        w.set(1, 0, 2.2250738585072014E-308);
        w.set(1, 1, 0.1 + 0.2);
        network.layer(1).bias().set(0, 2, -1e-17);
        return network;
    }

    private Path saved() throws IOException {
        Path file = folder.resolve("iris-model.json");
        new Model(network(), iris.encoding(), scaler).save(file);
        return file;
    }

    @Test
    void roundTripIsBitExact() throws IOException {
        Network original = network();
        Path file = folder.resolve("model.json");
        new Model(original, iris.encoding(), scaler).save(file);
        Model loaded = Model.load(file);

        assertThat(loaded.network().depth()).isEqualTo(2);
        assertThat(loaded.network().loss().name()).isEqualTo("softmaxCrossEntropy");
        assertThat(loaded.network().layer(0).activation().name()).isEqualTo("leakyRelu(0.03)");
        for (int l = 0; l < 2; l++) {
            assertSameBits(loaded.network().layer(l).weights(), original.layer(l).weights());
            assertSameBits(loaded.network().layer(l).bias(), original.layer(l).bias());
        }
        assertThat(bits(loaded.scaler().offsets())).containsExactly(bits(scaler.offsets()));
        assertThat(bits(loaded.scaler().scales())).containsExactly(bits(scaler.scales()));
        assertThat(loaded.scaler().method()).isEqualTo(Scaler.Method.STANDARDIZE);
        assertThat(loaded.encoding().featureColumns()).isEqualTo(iris.featureNames());
        assertThat(loaded.encoding().classNames()).containsExactly("setosa", "versicolor", "virginica");
    }

    @Test
    void saveLoadPredictGivesIdenticalOutputs() throws IOException {
        Model model = new Model(network(), iris.encoding(), scaler);
        Path file = folder.resolve("model.json");
        model.save(file);
        Model loaded = Model.load(file);
        assertSameBits(loaded.predict(iris.x()), model.predict(iris.x()));

        Table newFlowers = RealData.iris().removeColumns("species");
        Table before = model.predict(newFlowers);
        Table after = loaded.predict(newFlowers);
        assertThat(after.stringColumn("predicted species").asList())
                .isEqualTo(before.stringColumn("predicted species").asList());
        assertThat(bits(after.doubleColumn("P(virginica)").asDoubleArray()))
                .containsExactly(bits(before.doubleColumn("P(virginica)").asDoubleArray()));
    }

    @Test
    void aNetworkWithoutBiasRoundTripsWithoutBias() throws IOException {
        Network network = Network.builder(2).seed(4).dense(3, Activation.tanh()).withoutBias()
                .dense(1, Activation.identity()).build();
        Path file = folder.resolve("no-bias.json");
        Model.of(network).save(file);
        assertThat(Files.readString(file)).contains("\"bias\": false");
        Network loaded = Model.load(file).network();
        assertThat(loaded.layer(0).hasBias()).isFalse();
        assertThat(loaded.layer(1).hasBias()).isTrue();
        assertThat(loaded.layer(0).weights().data).containsExactly(network.layer(0).weights().data);
    }

    @Test
    void aBiasOfTrueIsRefusedWithItsPlace() throws IOException {
        Network network = Network.builder(2).seed(4).dense(1, Activation.identity()).withoutBias().build();
        Path file = folder.resolve("bias-true.json");
        Model.of(network).save(file);
        Files.writeString(file, Files.readString(file).replace("\"bias\": false", "\"bias\": true"));
        assertThatThrownBy(() -> Model.load(file)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("network.layers[0].bias");
    }

    @Test
    void aBareNetworkRoundTripsToo() throws IOException {
        Network network = Network.builder(2).seed(1).dense(3, Activation.tanh())
                .dense(1, Activation.identity()).loss(Loss.huber(0.7)).build();
        Path file = folder.resolve("bare.json");
        Model.of(network).save(file);
        Model loaded = Model.load(file);
        assertThat(loaded.encoding()).isNull();
        assertThat(loaded.scaler()).isNull();
        assertThat(loaded.network().loss().name()).isEqualTo("huber(0.7)");
        assertSameBits(loaded.network().layer(0).weights(), network.layer(0).weights());
    }

    @Test
    void theFileIsReadableJsonWithOneLinePerWeightRow() throws IOException {
        String text = Files.readString(saved());
        assertThat(new Gson().fromJson(text, JsonElement.class).isJsonObject()).isTrue();
        assertThat(text).startsWith("{\n  \"format\": \"backprop-lab model\",\n  \"version\": 2,\n");
        assertThat(text).contains("\"activation\": \"leakyRelu(0.03)\"");
        assertThat(text).contains("\"classes\": [\"setosa\", \"versicolor\", \"virginica\"]");
        assertThat(text).containsPattern("\\[-0\\.0, 4\\.9E-324, [^\\n\\]]+, 0\\.3333333333333333\\]");
    }

    @Test
    void aFailedSaveLeavesThePreviousFileAsItWas() throws IOException {
        Path file = saved();
        String before = Files.readString(file);
        Network other = Network.builder(4).seed(99).dense(3, Activation.softmax()).loss(Loss.softmaxCrossEntropy()).build();
        String otherText = JsonLayout.write(ModelFile.toJson(Model.of(other)));
        assertThatThrownBy(() -> AtomicFile.write(file, otherText, () -> {
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(filesIn(folder)).containsExactly("iris-model.json");
    }

    @Test
    void aDivergedNetworkIsNotSavedAndTheOldFileStays() throws IOException {
        Path file = saved();
        String before = Files.readString(file);
        Network diverged = network();
        diverged.layer(1).weights().set(2, 4, Double.NaN);
        assertThatThrownBy(() -> Model.of(diverged).save(file))
                .hasMessageContaining("network.layers[1].weights[2][4] = NaN");
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(filesIn(folder)).containsExactly("iris-model.json");
    }

    @Test
    void savingAgainReplacesTheFile() throws IOException {
        Path file = saved();
        Network other = Network.builder(4).seed(5).dense(3, Activation.softmax()).loss(Loss.softmaxCrossEntropy()).build();
        new Model(other, iris.encoding(), null).save(file);
        assertThat(Model.load(file).network().depth()).isEqualTo(1);
        assertThat(filesIn(folder)).containsExactly("iris-model.json");
    }

    @Test
    void everyTruncationFailsWithAMessage() throws IOException {
        Path file = saved();
        String text = Files.readString(file);
        Path cut = folder.resolve("cut.json");
        // The last character is the closing brace's newline; every shorter prefix is incomplete.
        for (int length = 0; length < text.length() - 1; length++) {
            Files.writeString(cut, text.substring(0, length));
            int at = length;
            assertThatThrownBy(() -> Model.load(cut))
                    .as("file cut after %d characters", at)
                    .isInstanceOf(ModelFileException.class)
                    .hasMessageContaining("cut.json");
        }
        Files.writeString(cut, text.substring(0, text.length() / 2));
        assertThatThrownBy(() -> Model.load(cut))
                .hasMessageContaining("not valid JSON (cut short or damaged?)")
                .hasMessageContaining("line ");
    }

    @Test
    void anEmptyFileSaysSo() throws IOException {
        Path file = folder.resolve("empty.json");
        Files.writeString(file, "");
        assertThatThrownBy(() -> Model.load(file)).isInstanceOf(ModelFileException.class)
                .hasMessageEndingWith("the file is empty");
    }

    @Test
    void binaryGarbageIsNotAModel() throws IOException {
        Path png = folder.resolve("picture.json");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        assertThatThrownBy(() -> Model.load(png)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("not a text file");
        Path text = folder.resolve("notes.json");
        Files.writeString(text, "weights: 1, 2, 3");
        assertThatThrownBy(() -> Model.load(text)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void aNewerVersionIsRefused() throws IOException {
        Path file = edited("\"version\": 2", "\"version\": 3");
        assertThatThrownBy(() -> Model.load(file)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("at version: the file has format version 3, from a newer Backprop Lab;"
                        + " this Backprop Lab reads versions 1 to 2");
        assertThat(catchThrowableOfType(() -> Model.load(file), ModelFileException.class).location())
                .isEqualTo("version");
    }

    @Test
    void aMissingVersionIsNamed() throws IOException {
        Path file = edited("\"version\": 2,", "");
        assertThatThrownBy(() -> Model.load(file)).hasMessageContaining("at version: the field is missing");
    }

    @Test
    void anotherKindOfJsonFileIsRefused() throws IOException {
        Path file = folder.resolve("package.json");
        Files.writeString(file, "{\"name\": \"left-pad\", \"version\": \"1.3.0\"}");
        assertThatThrownBy(() -> Model.load(file))
                .hasMessageContaining("at format: not a Backprop Lab model file");
    }

    @Test
    void aShortWeightRowIsNamed() throws IOException {
        Path file = edited("[-0.0, 4.9E-324, ", "[");
        assertThatThrownBy(() -> Model.load(file)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("at network.layers[0].weights[0]: has 2 numbers, expected 4 (the inputs)");
    }

    @Test
    void aWeightThatIsNotANumberIsNamed() throws IOException {
        Path file = edited("[-0.0, 4.9E-324, ", "[-0.0, \"4.9E-324\", ");
        assertThatThrownBy(() -> Model.load(file))
                .hasMessageContaining("at network.layers[0].weights[0][1]: expected a number, found \"4.9E-324\"");
    }

    @Test
    void aNumberTooLargeForADoubleIsNamed() throws IOException {
        Path file = edited("[-0.0, 4.9E-324, ", "[-0.0, 1e999, ");
        assertThatThrownBy(() -> Model.load(file))
                .hasMessageContaining("at network.layers[0].weights[0][1]: the number 1e999 is too large");
    }

    @Test
    void aNumberWhereTextBelongsIsNamed() throws IOException {
        Path file = edited("\"loss\": \"softmaxCrossEntropy\"", "\"loss\": 7");
        assertThatThrownBy(() -> Model.load(file))
                .hasMessageContaining("at network.loss: expected text in quotes, found 7");
        Path classes = edited("\"virginica\"]", "3]");
        assertThatThrownBy(() -> Model.load(classes))
                .hasMessageContaining("at preprocessing.classes[2]: expected text in quotes, found 3");
    }

    @Test
    void anUnknownActivationIsNamed() throws IOException {
        Path file = edited("\"activation\": \"softmax\"", "\"activation\": \"softplus\"");
        assertThatThrownBy(() -> Model.load(file))
                .hasMessageContaining("at network.layers[1].activation: unknown activation 'softplus'");
    }

    @Test
    void layersThatDoNotFitAreNamed() throws IOException {
        Path file = edited("\"inputs\": 5", "\"inputs\": 6");
        assertThatThrownBy(() -> Model.load(file)).hasMessageContaining(
                "at network.layers[1].inputs: the layer has 6 inputs, but the layer (or input) before it gives 5");
    }

    @Test
    void classesThatDoNotFitTheOutputsAreNamed() throws IOException {
        Path file = edited("\"virginica\"]", "\"virginica\", \"pumila\"]");
        assertThatThrownBy(() -> Model.load(file)).hasMessageContaining("at preprocessing:")
                .hasMessageContaining("4 targets, but the network has 4 inputs and 3 outputs");
    }

    @Test
    void lostPreprocessingIsNotQuietlyIgnored() throws IOException {
        Path withoutClasses = edited("\"classes\": [\"setosa\", \"versicolor\", \"virginica\"],", "");
        assertThatThrownBy(() -> Model.load(withoutClasses))
                .hasMessageContaining("at preprocessing.classes: the field is missing");

        Path bare = folder.resolve("bare.json");
        Model.of(network()).save(bare);
        String text = Files.readString(bare);
        assertThat(text).contains("\"scaling\": null");
        Files.writeString(bare, text.replace("\"scaling\": null", "\"scale\": null"));
        assertThatThrownBy(() -> Model.load(bare))
                .hasMessageContaining("at preprocessing.scaling: the field is missing");
    }

    @Test
    void textAfterTheModelIsRefused() throws IOException {
        Path file = saved();
        String text = Files.readString(file);
        Files.writeString(file, text + "{}");
        assertThatThrownBy(() -> Model.load(file)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("not valid JSON");
        Files.writeString(file, text + "\n  \n");
        assertThat(Model.load(file).network().depth()).isEqualTo(2);
    }

    private Path edited(String from, String to) throws IOException {
        Path file = saved();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).as("the text to edit").contains(from);
        Files.writeString(file, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
        return file;
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static long[] bits(double[] values) {
        long[] bits = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Double.doubleToRawLongBits(values[i]);
        }
        return bits;
    }

    private static void assertSameBits(DMatrixRMaj actual, DMatrixRMaj expected) {
        assertThat(actual.numRows).isEqualTo(expected.numRows);
        assertThat(actual.numCols).isEqualTo(expected.numCols);
        for (int i = 0; i < expected.getNumElements(); i++) {
            assertThat(Double.doubleToRawLongBits(actual.get(i)))
                    .as("element %d: %s vs %s", i, actual.get(i), expected.get(i))
                    .isEqualTo(Double.doubleToRawLongBits(expected.get(i)));
        }
    }
}
