package io.github.backproplab.notebook;

import io.github.backproplab.plot.LossCurve;
import io.github.backproplab.train.History;
import io.github.backproplab.train.Progress;
import io.github.backproplab.train.TrainingListener;
import io.github.backproplab.train.TrainingStatus;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Watches training as it happens. In a notebook it keeps one output up to date with the loss
 * curve so far and a progress line (epoch i of n, loss, time left); the last picture stays in the
 * saved notebook, without times in it, so that it is the same on every run. In a plain Java
 * program it prints the progress line to the console instead.
 *
 * <pre>{@code
 * new Trainer(network, new GradientDescent(0.1)).epochs(50).listener(LiveTraining.show()).fit(x, y);
 * }</pre>
 */
public final class LiveTraining implements TrainingListener {
    private final LiveDisplay display;
    private final boolean console;
    private long intervalNanos;
    private int everySteps;
    private boolean logScale;
    private int width = 720;
    private int height = 400;
    private Progress last;
    private long lastShownNanos;
    private long lastDrawingNanos;
    private long lastShownStep;

    LiveTraining(LiveDisplay display) {
        this.display = display;
        this.console = display instanceof ConsoleDisplay;
        // a console line per second is plenty; a picture every half second keeps a notebook lively
        this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(console ? 1000 : 500);
    }

    /**
     * A live view in the current notebook, or progress lines on standard output outside one. In
     * upstream IJava it installs the toolkit first if that was not done yet.
     */
    public static LiveTraining show() {
        if (!Notebook.isActive()) {
            Notebook.install();
        }
        return Notebook.isActive() ? new LiveTraining(new KernelDisplay(Notebook.kernel())) : toConsole(System.out);
    }

    /** Progress lines on {@code out}, even inside a notebook. */
    public static LiveTraining toConsole(PrintStream out) {
        return new LiveTraining(new ConsoleDisplay(out));
    }

    /**
     * Redraw at most this often (default half a second in a notebook, a second on a console). So that
     * drawing takes at most a quarter of the training time, a redraw also waits three times as long as
     * the last drawing took; {@link Duration#ZERO} redraws at every step regardless.
     */
    public LiveTraining every(Duration interval) {
        this.intervalNanos = Math.max(0, interval.toNanos());
        return this;
    }

    /** Also redraw every {@code steps} steps, however little time passed (0, the default, for never). */
    public LiveTraining everySteps(int steps) {
        this.everySteps = Math.max(0, steps);
        return this;
    }

    /** Draw the loss on a logarithmic axis. */
    public LiveTraining logScale() {
        this.logScale = true;
        return this;
    }

    /** Size of the picture in pixels. */
    public LiveTraining size(int width, int height) {
        this.width = width;
        this.height = height;
        return this;
    }

    @Override
    public void onStart(Progress progress) {
        last = progress;
        lastShownNanos = System.nanoTime();
        if (!console) {
            update(progress, lastShownNanos);
        }
    }

    @Override
    public void onStep(Progress progress) {
        last = progress;
        long now = System.nanoTime();
        boolean stepsDue = everySteps > 0 && progress.step() - lastShownStep >= everySteps;
        boolean timeDue = timeDue(now);
        // on a console, print at epoch ends only, unless an epoch is slow
        if (stepsDue || (timeDue && (!console || progress.step() % progress.stepsPerEpoch() != 0))) {
            update(progress, now);
        }
    }

    @Override
    public void onEpoch(Progress progress) {
        last = progress;
        long now = System.nanoTime();
        if (timeDue(now) || progress.epoch() == 1) {
            update(progress, now);
        }
    }

    @Override
    public void onEnd(History history) {
        // a notebook keeps the last picture: no clock time in it, so that it is the same on every run
        String line = last == null ? history.toString() : console ? line(last, true) : finalLine(last);
        if (history.status() != TrainingStatus.COMPLETED && !history.message().isEmpty()) {
            line = line + " - " + history.message();
        }
        show(history, line);
    }

    private boolean timeDue(long now) {
        long wait = intervalNanos == 0 ? 0 : Math.max(intervalNanos, 3 * lastDrawingNanos);
        return now - lastShownNanos >= wait;
    }

    private void update(Progress progress, long now) {
        lastShownStep = progress.step();
        show(progress.history(), line(progress, false));
        // Counted from the end of drawing: a drawing slower than the interval must not start the next at once.
        lastShownNanos = System.nanoTime();
        lastDrawingNanos = lastShownNanos - now;
    }

    private void show(History history, String line) {
        // Java2D's font handling can clear the thread's interrupt status while drawing text: keep an
        // interrupt that came before the drawing for the training loop, which checks it at its next step.
        boolean interrupted = Thread.interrupted();
        try {
            if (history.steps().rowCount() == 0) {
                display.show(null, line); // nothing to draw before the first step
                return;
            }
            LossCurve curve = LossCurve.of(history).perStep().title(line).size(width, height);
            display.show(logScale ? curve.logScale() : curve, line);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** "epoch 3 of 20, step 45 of 300, loss 0.1234, 12 s left" or, at the end, "... done in 14 s". */
    static String line(Progress p, boolean done) {
        String time = done ? "done in " + duration(p.elapsedNanos())
                : p.step() == 0 ? "starting" : duration(p.remainingNanos()) + " left";
        return String.format(Locale.ROOT, "epoch %d of %d, step %d of %d, loss %.4g, %s",
                Math.max(1, p.epoch()), p.epochs(), p.step(), p.totalSteps(), p.loss(), time);
    }

    /** "epoch 20 of 20, step 300 of 300, loss 0.1234": the last line without the time it took. */
    static String finalLine(Progress p) {
        return String.format(Locale.ROOT, "epoch %d of %d, step %d of %d, loss %.4g",
                Math.max(1, p.epoch()), p.epochs(), p.step(), p.totalSteps(), p.loss());
    }

    /** "850 ms", "12 s", "3 min 5 s", "1 h 2 min". */
    static String duration(long nanos) {
        long ms = TimeUnit.NANOSECONDS.toMillis(nanos);
        if (ms < 1000) {
            return ms + " ms";
        }
        long s = Math.round(ms / 1000.0);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min " + (s % 60) + " s";
        }
        return (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
