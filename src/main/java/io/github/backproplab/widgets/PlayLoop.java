package io.github.backproplab.widgets;

import java.util.function.DoubleSupplier;

/**
 * What Play does in the training views: on a thread of its own, one training step after another
 * while the Play toggle is on, redrawing at most every {@code redrawMillis}; turning Play off waits
 * for the step under way and redraws. A loss that stops being finite, or a step that fails, turns
 * Play off and says why in the status line.
 */
final class PlayLoop {
    private final String name;
    private final ToggleButton play;
    private final Label status;
    private final DoubleSupplier step;
    private final Runnable redraw;
    private final long redrawMillis;
    private Thread runner;
    private volatile long lastDrawn;

    /**
     * @param step   one training step, returning its loss
     * @param redraw draws the picture and the status line; it calls {@link #drawn()} when done
     */
    PlayLoop(String name, ToggleButton play, Label status, DoubleSupplier step, Runnable redraw, long redrawMillis) {
        this.name = name;
        this.play = play;
        this.status = status;
        this.step = step;
        this.redraw = redraw;
        this.redrawMillis = redrawMillis;
        play.onChange(playing -> {
            if (playing) {
                start();
            } else {
                awaitStopped();
                redraw.run();
            }
        });
    }

    /** Starts the steps unless they already run. */
    private synchronized void start() {
        if (runner != null && runner.isAlive()) {
            return;
        }
        runner = new Thread(this::run, name);
        runner.setDaemon(true);
        runner.start();
    }

    /** Records that the picture was just drawn, by the loop or by anything else. */
    void drawn() {
        lastDrawn = System.currentTimeMillis();
    }

    /**
     * Waits until the steps have stopped (after Pause); returns at once when none run. An
     * interrupt ends the wait and stays set on the waiting thread.
     */
    void awaitStopped() {
        Thread running;
        synchronized (this) {
            running = runner;
        }
        if (running != null && running != Thread.currentThread()) { // the loop itself may turn Play off
            try {
                running.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        try {
            while (play.value() && !Thread.currentThread().isInterrupted()) {
                double loss = step.getAsDouble();
                if (!Double.isFinite(loss)) {
                    play.value(false);
                    redraw.run();
                    status.text(status.text() + " - the loss became " + loss + ": Reset and try a smaller step size");
                    return;
                }
                if (System.currentTimeMillis() - lastDrawn >= redrawMillis) {
                    redraw.run();
                }
            }
        } catch (RuntimeException e) {
            play.value(false);
            status.text("training stopped: " + e.getMessage());
        }
    }
}
