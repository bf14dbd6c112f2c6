package io.github.backproplab.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.backproplab.plot.ConfusionMatrix;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NotebookTest {
    /** The least a kernel needs; display calls are recorded by subclasses where a test needs them. */
    static class StubKernel extends BaseKernel {
        @Override
        public DisplayData eval(String code) {
            return null;
        }

        @Override
        public LanguageInfo getLanguageInfo() {
            return new LanguageInfo.Builder("java").build();
        }
    }

    @AfterEach
    void forget() {
        Notebook.uninstall();
    }

    @Test
    void installRegistersRenderersAndRemembersTheKernel() {
        StubKernel kernel = new StubKernel();
        assertThat(kernel.getRenderer().render(ConfusionMatrix.of(new int[] {0}, new int[] {0})).hasDataForType(MIMEType.IMAGE_PNG)).isFalse();
        Notebook.install(kernel);
        assertThat(Notebook.kernel()).isSameAs(kernel);
        assertThat(Notebook.isActive()).isTrue();
        assertThat(kernel.getRenderer().render(ConfusionMatrix.of(new int[] {0}, new int[] {0})).hasDataForType(MIMEType.IMAGE_PNG)).isTrue();
    }

    @Test
    void installingTwiceRegistersOnce() {
        StubKernel kernel = new StubKernel();
        Notebook.install(kernel);
        Notebook.install(kernel);
        RenderersTest.CountingFigure figure = new RenderersTest.CountingFigure();
        kernel.getRenderer().render(figure);
        assertThat(figure.draws).isEqualTo(1);
    }

    @Test
    void withoutIJavaTheNoArgumentInstallFindsNothing() {
        assertThat(Notebook.install()).isFalse();
        assertThat(Notebook.kernel()).isNull();
    }
}
