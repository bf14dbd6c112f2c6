package io.github.backproplab.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.backproplab.plot.Pictures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The pictures notebook is stored with its outputs: every figure cell must hold a real PNG. */
class PicturesNotebookTest {
    private static final Path NOTEBOOK = Path.of("notebooks", "reference-pictures.ipynb");

    private static List<JsonObject> figureCells() throws Exception {
        JsonObject notebook = JsonParser.parseString(Files.readString(NOTEBOOK)).getAsJsonObject();
        List<JsonObject> cells = new ArrayList<>();
        for (JsonElement element : notebook.getAsJsonArray("cells")) {
            JsonObject cell = element.getAsJsonObject();
            JsonObject metadata = cell.getAsJsonObject("metadata");
            if (metadata != null && metadata.has("tags") && metadata.getAsJsonArray("tags").toString().contains("\"figure\"")) {
                cells.add(cell);
            }
        }
        return cells;
    }

    private static String joined(JsonElement value) {
        if (value.isJsonArray()) {
            StringBuilder s = new StringBuilder();
            value.getAsJsonArray().forEach(part -> s.append(part.getAsString()));
            return s.toString();
        }
        return value.getAsString();
    }

    @Test
    void everyFigureCellHoldsAPngPicture() throws Exception {
        List<JsonObject> cells = figureCells();
        assertThat(cells).hasSizeGreaterThanOrEqualTo(13);
        for (JsonObject cell : cells) {
            String source = joined(cell.get("source"));
            JsonArray outputs = cell.getAsJsonArray("outputs");
            String png = null;
            for (JsonElement output : outputs) {
                JsonObject data = output.getAsJsonObject().getAsJsonObject("data");
                if (data != null && data.has("image/png")) {
                    png = joined(data.get("image/png"));
                }
            }
            assertThat(png).as("image/png output of the cell\n%s", source).isNotNull();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getMimeDecoder().decode(png)));
            assertThat(image.getWidth()).as("width of the picture of\n%s", source).isGreaterThanOrEqualTo(300);
            Pictures.assertNotBlank(image);
        }
    }

    @Test
    void showsOneOfEachFigure() throws Exception {
        StringBuilder texts = new StringBuilder();
        for (JsonObject cell : figureCells()) {
            for (JsonElement output : cell.getAsJsonArray("outputs")) {
                JsonObject data = output.getAsJsonObject().getAsJsonObject("data");
                if (data != null && data.has("text/plain")) {
                    texts.append(joined(data.get("text/plain"))).append('\n');
                }
            }
        }
        for (String figure : List.of("LossCurve", "AccuracyCurve", "WeightHistograms", "WeightEvolution", "LayerCurves",
                "DecisionBoundary", "ActivationMaps", "NetworkDiagram", "LossLandscape", "ConfusionMatrix", "DigitGrid",
                "BackpropDiagram", "ActivationCurve", "LossBand", "ScalingCurve")) {
            assertThat(texts).as("figures in the notebook").contains("(" + figure + ",");
        }
        // the live training display keeps its last picture, titled with the finished progress line and no clock time,
        // so that the stored picture is the same on every run
        assertThat(texts).contains("epoch 80 of 80, step 800 of 800").doesNotContain("done in").doesNotContain(" left");
    }
}
