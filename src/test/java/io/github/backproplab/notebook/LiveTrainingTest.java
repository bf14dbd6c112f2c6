package io.github.backproplab.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.backproplab.plot.Figure;
import io.github.backproplab.plot.Runs;
import io.github.backproplab.train.GradientDescent;
import io.github.backproplab.train.History;
import io.github.backproplab.train.Trainer;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class LiveTrainingTest {
    private static History train(LiveTraining listener, int epochs) {
        DMatrixRMaj x = Runs.points(100, 1);
        return new Trainer(Runs.circleNetwork(1), new GradientDescent(0.5)).epochs(epochs).batchSize(20).seed(1)
                .listener(listener).fit(x, Runs.insideCircle(x));
    }

    /** Records what would go to the notebook. */
    static final class Recorder {
        final List<DisplayData> displayed = new ArrayList<>();
        final List<String> updatedIds = new ArrayList<>();
        final List<DisplayData> updated = new ArrayList<>();
        final Renderer renderer = new Renderer();

        Recorder() {
            Renderers.register(renderer);
        }

        KernelDisplay display() {
            return new KernelDisplay(renderer, displayed::add, (id, data) -> {
                updatedIds.add(id);
                updated.add(data);
            });
        }
    }

    @Test
    void notebookGetsOneDisplayThenUpdatesOfTheSameId() {
        Recorder recorder = new Recorder();
        KernelDisplay display = recorder.display();
        History history = train(new LiveTraining(display).every(Duration.ZERO), 4);

        assertThat(recorder.displayed).hasSize(1);
        assertThat(recorder.displayed.get(0).getDisplayId()).isEqualTo(display.id());
        assertThat((String) recorder.displayed.get(0).getData(MIMEType.TEXT_PLAIN)).startsWith("epoch 1 of 4, step 0 of 20");
        // every step and every epoch end, then the end of training
        assertThat(recorder.updated).hasSize(20 + 4 + 1);
        assertThat(recorder.updatedIds).containsOnly(display.id());
        DisplayData last = recorder.updated.get(recorder.updated.size() - 1);
        assertThat(last.hasDataForType(MIMEType.IMAGE_PNG)).isTrue();
        String lastLine = (String) last.getData(MIMEType.TEXT_PLAIN);
        assertThat(lastLine).matches("epoch 4 of 4, step 20 of 20, loss [0-9.e+-]+").doesNotContain("done in", "left");
        assertThat(history.steps().rowCount()).isEqualTo(20);
    }

    @Test
    void updatesAreThrottledByTime() {
        Recorder recorder = new Recorder();
        train(new LiveTraining(recorder.display()).every(Duration.ofHours(1)), 3);
        // the first epoch's end and the end of training; nothing in between within an hour
        assertThat(recorder.updated).hasSize(2);
    }

    @Test
    void updatesCanComeEveryFewSteps() {
        Recorder recorder = new Recorder();
        train(new LiveTraining(recorder.display()).every(Duration.ofHours(1)).everySteps(5), 3);
        assertThat(recorder.updated).hasSize(15 / 5 + 1 + 1);
    }

    @Test
    void consolePrintsProgressLines() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        train(LiveTraining.toConsole(new PrintStream(bytes, true, StandardCharsets.UTF_8)).every(Duration.ZERO), 3);
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines[0]).startsWith("epoch 1 of 3, step 1 of 15, loss ").endsWith(" left");
        assertThat(lines[lines.length - 1]).startsWith("epoch 3 of 3, step 15 of 15").contains("done in");
    }

    @Test
    void outsideANotebookShowGoesToTheConsole() {
        Notebook.uninstall();
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            train(LiveTraining.show(), 2);
        } finally {
            System.setOut(original);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("epoch 2 of 2, step 10 of 10").contains("done in");
    }

    @Test
    void divergenceIsReportedInTheLastLine() {
        Recorder recorder = new Recorder();
        DMatrixRMaj x = Runs.points(50, 1);
        DMatrixRMaj y = new DMatrixRMaj(50, 1);
        for (int i = 0; i < 50; i++) {
            y.set(i, 0, 100 * x.get(i, 0));
        }
        io.github.backproplab.nn.Network linear = io.github.backproplab.nn.Network.builder(2).seed(1)
                .dense(1, io.github.backproplab.nn.Activation.identity())
                .loss(io.github.backproplab.nn.Loss.meanSquaredError()).build();
        try {
            new Trainer(linear, new GradientDescent(50)).epochs(50).batchSize(10)
                    .listener(new LiveTraining(recorder.display())).fit(x, y);
        } catch (RuntimeException expected) {
            // the trainer reports divergence by throwing; the display still got its last word
        }
        List<DisplayData> all = new ArrayList<>(recorder.displayed);
        all.addAll(recorder.updated);
        String lastLine = (String) all.get(all.size() - 1).getData(MIMEType.TEXT_PLAIN);
        assertThat(lastLine).containsIgnoringCase("diverged");
    }

    @Test
    void durationsReadNaturally() {
        assertThat(LiveTraining.duration(850_000_000L)).isEqualTo("850 ms");
        assertThat(LiveTraining.duration(12_400_000_000L)).isEqualTo("12 s");
        assertThat(LiveTraining.duration(185_000_000_000L)).isEqualTo("3 min 5 s");
        assertThat(LiveTraining.duration(3_720_000_000_000L)).isEqualTo("1 h 2 min");
    }

    @Test
    void theStoredPictureIsTheSameOnEveryRun() {
        List<byte[]> pictures = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            Recorder recorder = new Recorder();
            train(new LiveTraining(recorder.display()).every(Duration.ofHours(1)), 2);
            DisplayData last = recorder.updated.get(recorder.updated.size() - 1);
            pictures.add(java.util.Base64.getDecoder().decode((String) last.getData(MIMEType.IMAGE_PNG)));
        }
        assertThat(pictures.get(1)).isEqualTo(pictures.get(0));
    }

    @Test
    void figureTitleCarriesTheProgressLine() {
        List<Figure<?>> figures = new ArrayList<>();
        LiveDisplay spy = (figure, line) -> {
            if (figure != null) {
                figures.add(figure);
                assertThat(figure.title()).isEqualTo(line);
            }
        };
        train(new LiveTraining(spy).every(Duration.ZERO), 2);
        assertThat(figures).isNotEmpty();
    }

    @Test
    void drawingTakesAtMostAboutAQuarterOfTheTrainingTime() {
        long[] drawing = new long[1];
        LiveDisplay slow = (figure, line) -> {
            long start = System.nanoTime();
            while (System.nanoTime() - start < 20_000_000L) {
                Thread.onSpinWait(); // a drawing that takes 20 ms, longer than the interval
            }
            drawing[0] += System.nanoTime() - start;
        };
        long start = System.nanoTime();
        train(new LiveTraining(slow).every(Duration.ofMillis(5)), 2000);
        long total = System.nanoTime() - start;
        // The drawings at the start, after the first epoch and at the end come on top of the quarter,
        // and one more may start just before the end.
        assertThat(drawing[0]).isLessThan(total / 4 + 80_000_000L);
    }

    @Test
    void anInterruptBeforeADrawingIsStillThereAfterIt() {
        LiveDisplay clearsTheFlag = (figure, line) -> Thread.interrupted(); // as Java2D's font code may do
        LiveTraining live = new LiveTraining(clearsTheFlag).every(Duration.ZERO);
        History history = new Trainer(Runs.circleNetwork(1), new GradientDescent(0.5)).epochs(50).batchSize(20)
                .listener(new io.github.backproplab.train.TrainingListener() {
                    @Override
                    public void onStep(io.github.backproplab.train.Progress progress) {
                        if (progress.step() == 3) {
                            Thread.currentThread().interrupt(); // before the live view draws this step
                        }
                    }
                })
                .listener(live)
                .fit(Runs.points(100, 1), Runs.insideCircle(Runs.points(100, 1)));
        assertThat(history.status()).isEqualTo(io.github.backproplab.train.TrainingStatus.INTERRUPTED);
        assertThat(history.steps().rowCount()).isEqualTo(3);
    }
}
