package io.github.backproplab.notebook;

import io.github.backproplab.plot.Figure;
import java.io.PrintStream;

/** Outside a notebook: the summary line on a console, the picture left out. */
final class ConsoleDisplay implements LiveDisplay {
    private final PrintStream out;

    ConsoleDisplay(PrintStream out) {
        this.out = out;
    }

    @Override
    public void show(Figure<?> figure, String line) {
        out.println(line);
        out.flush();
    }
}
