package io.github.backproplab.widgets;

import static io.github.backproplab.nn.SameWeights.assertSameWeights;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.backproplab.nn.Network;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PlaygroundTest {
    private static PlaygroundSettings small() {
        return new PlaygroundSettings("spirals", 0.05, 2, 5, "leakyRelu(0.1)", "binaryCrossEntropy", 0.5, 0.001, 60, 8, 3);
    }

    @Test
    void changingASettingRebuildsTheNetworkAsAsked() {
        Playground playground = new Playground().steps(5);
        assertThat(playground.training().steps()).isEqualTo(5);
        playground.hiddenLayers(3).units(6).activation("relu").loss("softmaxCrossEntropy");
        Network net = playground.network();
        assertThat(net.depth()).isEqualTo(4);
        for (int l = 0; l < 3; l++) {
            assertThat(net.layer(l).units()).isEqualTo(6);
            assertThat(net.layer(l).activation().name()).isEqualTo("relu");
        }
        assertThat(net.layer(3).units()).isEqualTo(2);
        assertThat(net.layer(3).activation().name()).isEqualTo("softmax");
        assertThat(net.loss().name()).isEqualTo("softmaxCrossEntropy");
        assertThat(playground.training().steps()).isZero();
        assertSameWeights(net, playground.settings().network()); // the starting weights of the seed

        double[] circles = playground.dataset().x().data;
        playground.data("moons").noise(0.2);
        assertThat(playground.settings().data()).isEqualTo("moons");
        assertThat(playground.dataset().x().data).isNotEqualTo(circles);
        assertThat(playground.dataset().size()).isEqualTo(200);

        playground.hiddenLayers(0);
        assertThat(playground.network().depth()).isEqualTo(1);
        assertThat(playground.network().layer(0).inputs()).isEqualTo(2);
    }

    @Test
    void badSettingsAreRefusedAndChangeNothing() {
        Playground playground = new Playground();
        PlaygroundSettings before = playground.settings();
        Network net = playground.network();
        assertThatThrownBy(() -> playground.data("iris")).hasMessageContaining("\"iris\" is not one of");
        assertThatThrownBy(() -> playground.units(17)).hasMessageContaining("value 17 is outside 1..16");
        assertThatThrownBy(() -> playground.l2(5)).hasMessageContaining("L2").hasMessageContaining("outside");
        assertThat(playground.settings()).isEqualTo(before);
        assertThat(playground.network()).isSameAs(net);
        assertThatThrownBy(() -> new PlaygroundSettings("circles", 0.1, 2, 4, "tanh", "huber", 0.3, 0, 200, 10, 1))
                .hasMessageContaining("loss huber must be one of");
    }

    @Test
    void steppingMovesTheWeightsTheSameWayForTheSameSeed() {
        Playground first = new Playground(small());
        Playground second = new Playground(small());
        Network start = first.network().copy();
        first.steps(17);
        for (int i = 0; i < 17; i++) {
            second.stepButton().click();
        }
        assertSameWeights(first.network(), second.network());
        assertThat(first.network().layer(0).weights().data).isNotEqualTo(start.layer(0).weights().data);
        assertThat(first.training().losses()).isEqualTo(second.training().losses());

        first.resetButton().click();
        assertSameWeights(first.network(), start);
        assertThat(first.training().steps()).isZero();

        Playground otherSeed = new Playground(small().withSeed(4)).steps(17);
        assertThat(otherSeed.network().layer(0).weights().data).isNotEqualTo(second.network().layer(0).weights().data);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void playingThenPausingGivesTheWeightsOfAsManySteps() throws Exception {
        Playground played = new Playground(small());
        played.stepButton().click();
        played.playButton().value(true);
        while (played.training().steps() < 30) {
            Thread.sleep(5);
        }
        played.playButton().value(false);
        played.awaitPaused();
        int taken = played.training().steps();
        assertThat(taken).isGreaterThanOrEqualTo(30);
        played.stepButton().click();
        Playground straight = new Playground(small()).steps(taken + 1);
        assertSameWeights(played.network(), straight.network());
        assertThat(played.picture().png()).isNotEqualTo(new Playground(small()).picture().png()); // redrawn
    }

    @Test
    void theStepSizeTakesEffectAtTheNextStepWithoutStartingAgain() {
        Playground playground = new Playground(small()).steps(3);
        playground.stepSize(0.05);
        assertThat(playground.training().steps()).isEqualTo(3);
        assertThat(playground.training().stepSize()).isEqualTo(0.05);
        playground.reset();
        assertThat(playground.training().stepSize()).isEqualTo(0.05);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theCopiedJavaCodeCompilesAndTrainsTheSameNetwork() {
        Playground playground = new Playground(small());
        int stepsPerEpoch = (60 + 7) / 8;
        playground.steps(3 * stepsPerEpoch);
        playground.copyButton().click();
        String code = playground.codeArea().outputs().get(0).get("text").toString();
        assertThat(code).isEqualTo(playground.javaCode()).contains(".epochs(3)").contains("Activation.leakyRelu(0.1)")
                .contains(".weightDecay(0.001)");

        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                shell.addToClasspath(entry);
            }
            for (String imports : List.of("io.github.backproplab.nn", "io.github.backproplab.train",
                    "io.github.backproplab.data", "io.github.backproplab.plot")) {
                run(shell, "import " + imports + ".*;");
            }
            String rest = code;
            while (!rest.isBlank()) {
                var info = shell.sourceCodeAnalysis().analyzeCompletion(rest);
                run(shell, info.source());
                rest = info.remaining();
            }
            Network net = playground.network();
            assertThat(value(shell, "net.depth()")).isEqualTo(String.valueOf(net.depth()));
            for (int l = 0; l < net.depth(); l++) {
                assertThat(value(shell, "java.util.Arrays.toString(net.layer(" + l + ").weights().data)"))
                        .isEqualTo('"' + Arrays.toString(net.layer(l).weights().data) + '"');
                assertThat(value(shell, "java.util.Arrays.toString(net.layer(" + l + ").bias().data)"))
                        .isEqualTo('"' + Arrays.toString(net.layer(l).bias().data) + '"');
                assertThat(value(shell, "net.layer(" + l + ").activation().name()"))
                        .isEqualTo('"' + net.layer(l).activation().name() + '"');
            }
            assertThat(value(shell, "net.loss().name()")).isEqualTo("\"binaryCrossEntropy\"");
        }
    }

    private static void run(JShell shell, String source) {
        for (SnippetEvent event : shell.eval(source)) {
            assertThat(event.exception()).as(source).isNull();
            if (event.status() == Snippet.Status.REJECTED) {
                throw new AssertionError("does not compile: " + source + "\n"
                        + shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).toList());
            }
        }
    }

    private static String value(JShell shell, String expression) {
        List<SnippetEvent> events = shell.eval(expression);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).exception()).isNull();
        return events.get(0).value();
    }

    @Test
    void theDeltasAreThoseOfTheLatestStepBeforeItsUpdate() {
        PlaygroundSettings settings = small();
        Network net = settings.network();
        Network before = net.copy();
        var data = settings.dataset();
        SteppedTraining whole = new SteppedTraining(net, settings::optimizer, data.x(), data.y(), 60, 3);
        assertThat(whole.lastDeltas()).isEmpty();
        whole.step(); // one minibatch of every row: the same Deltas as a full backward pass, rows reordered
        var expected = before.backward(before.forward(data.x()), data.y());
        List<org.ejml.data.DMatrixRMaj> deltas = whole.lastDeltas();
        assertThat(deltas).hasSize(3);
        for (int l = 0; l < 3; l++) {
            assertThat(org.ejml.dense.row.NormOps_DDRM.normF(deltas.get(l)))
                    .isCloseTo(org.ejml.dense.row.NormOps_DDRM.normF(expected.layer(l).delta()), org.assertj.core.data.Offset.offset(1e-12));
        }
        whole.reset();
        assertThat(whole.lastDeltas()).isEmpty();
    }

    @Test
    void theInspectButtonShowsTheDeltasOutputFirstAndTheGradientCheck() {
        Playground playground = new Playground(small().withActivation("tanh"));
        playground.inspectButton().click();
        assertThat(playground.codeArea().outputs().get(0).get("text").toString()).startsWith("No step yet")
                .contains("Gradient check");
        playground.steps(3).inspectButton().click();
        String text = playground.codeArea().outputs().get(0).get("text").toString();
        assertThat(text).contains("Deltas of step 3 (its minibatch of 8 rows), output layer first:");
        assertThat(text.indexOf("layer 3 (sigmoid, 2 units): Delta 8 x 2")).isPositive()
                .isLessThan(text.indexOf("layer 2 (tanh, 5 units): Delta 8 x 5"));
        assertThat(text.indexOf("layer 2 (tanh")).isLessThan(text.indexOf("layer 1 (tanh, 5 units): Delta 8 x 5"));
        assertThat(text).contains("all 60 rows").contains("largest relative error");
        assertThat(io.github.backproplab.nn.GradientCheck.run(playground.network(), playground.dataset().x(),
                playground.dataset().y()).maxRelativeError()).isLessThan(1e-4);
    }

    @Test
    void withoutAWidgetFrontEndItShowsThePictureAndTheNote() {
        Playground playground = new Playground().data("XOR").steps(10);
        DisplayData data = new Renderer().render(playground.widget());
        assertThat(data.getData(MIMEType.parse(StaticView.VIEW_MIME))).isNull();
        assertThat(java.util.Base64.getDecoder().decode((String) data.getData(MIMEType.IMAGE_PNG)))
                .isEqualTo(playground.picture().png());
        assertThat((String) data.getData(MIMEType.TEXT_PLAIN)).contains("data: XOR").contains("epoch 1, step 10")
                .endsWith(StaticView.NOTE);
        assertThat((String) data.getData(MIMEType.TEXT_HTML)).contains("<img src=\"data:image/png;base64,");
    }
}
