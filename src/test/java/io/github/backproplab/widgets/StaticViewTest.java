package io.github.backproplab.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.awt.image.BufferedImage;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Without a kernel (no comm can open) a widget renders as its static fallback alone. */
class StaticViewTest {
    private final Renderer renderer = new Renderer();

    @Test
    void aControlShowsItsValueAndTheNote() {
        DisplayData data = renderer.render(new IntSlider("hidden units", 1, 8, 3));
        assertThat(data.getData(MIMEType.parse(StaticView.VIEW_MIME))).isNull();
        assertThat((String) data.getData(MIMEType.TEXT_PLAIN))
                .isEqualTo("IntSlider hidden units: 3 (1..8)\n" + StaticView.NOTE);
        assertThat((String) data.getData(MIMEType.TEXT_HTML)).contains("hidden units: 3").contains(StaticView.NOTE);
        assertThat(data.getData(MIMEType.IMAGE_PNG)).isNull();
    }

    @Test
    void aBoxWithAPictureShowsThePicture() {
        Image image = new Image(new BufferedImage(5, 4, BufferedImage.TYPE_INT_RGB));
        VBox view = new VBox(new Button("Step"), new Label("epoch 3, loss 0.25"), image);
        DisplayData data = renderer.render(view);
        String png = (String) data.getData(MIMEType.IMAGE_PNG);
        assertThat(Base64.getDecoder().decode(png)).isEqualTo(image.png());
        assertThat((String) data.getData(MIMEType.TEXT_PLAIN)).startsWith("Button [Step]\nepoch 3, loss 0.25\nImage (");
        assertThat((String) data.getData(MIMEType.TEXT_HTML)).contains("<img src=\"data:image/png;base64," + png + "\"/>")
                .contains("epoch 3, loss 0.25");
    }

    @Test
    void textIsEscapedInTheHtml() {
        DisplayData data = renderer.render(new Label("a < b & c"));
        assertThat((String) data.getData(MIMEType.TEXT_HTML)).contains("a &lt; b &amp; c");
    }

    @Test
    void anOutputAreaShowsItsTextAndPictures() {
        Output log = new Output().appendText("loss 0.5\n");
        Image image = new Image(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB));
        DisplayData bundle = new DisplayData();
        bundle.putData(MIMEType.IMAGE_PNG, Base64.getEncoder().encodeToString(image.png()));
        log.append(bundle);
        DisplayData data = renderer.render(log);
        assertThat((String) data.getData(MIMEType.TEXT_PLAIN)).startsWith("loss 0.5\n");
        assertThat(Base64.getDecoder().decode((String) data.getData(MIMEType.IMAGE_PNG))).isEqualTo(image.png());
    }
}
