package io.github.backproplab.notebook;

import io.github.backproplab.plot.Figure;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One notebook output kept up to date: the first call displays it under a new display id, later
 * calls send {@code update_display_data} for that id, so the cell shows only the latest picture
 * and the saved notebook keeps the last one.
 */
final class KernelDisplay implements LiveDisplay {
    private final Renderer renderer;
    private final Consumer<DisplayData> display;
    private final BiConsumer<String, DisplayData> update;
    private final String id = UUID.randomUUID().toString();
    private boolean shown;

    KernelDisplay(BaseKernel kernel) {
        this(kernel.getRenderer(), kernel::display, kernel.getIO().display::updateDisplay);
    }

    /** For tests: where the display and its updates go. */
    KernelDisplay(Renderer renderer, Consumer<DisplayData> display, BiConsumer<String, DisplayData> update) {
        this.renderer = renderer;
        this.display = display;
        this.update = update;
    }

    String id() {
        return id;
    }

    @Override
    public void show(Figure<?> figure, String line) {
        DisplayData data = figure == null ? new DisplayData(line) : renderer.render(figure);
        data.putText(line);
        data.setDisplayId(id);
        if (shown) {
            update.accept(id, data);
        } else {
            display.accept(data);
            shown = true;
        }
    }
}
