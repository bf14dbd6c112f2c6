package io.github.backproplab.notebook;

import io.github.backproplab.plot.Figure;

/** Where a live view goes: one notebook output updated in place, or lines on a console. */
interface LiveDisplay {
    /** Shows the figure (none: the line alone) with a one-line summary, replacing what this display showed before. */
    void show(Figure<?> figure, String line);
}
