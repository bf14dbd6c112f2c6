/**
 * Interactive controls in the notebook: sliders, dropdowns, toggles, buttons, labels, an output
 * area and an image, laid out in boxes, drawn by JupyterLab or Notebook 7 through the Jupyter
 * widget protocol (version 2, as ipywidgets 8 speaks it) over the kernel's comms.
 *
 * <p>A widget opens its comm when it is first shown ({@code display(slider)} or a cell ending in
 * {@code slider}). Value changes made in the page reach the Java callbacks given to
 * {@code onChange}; clicks reach {@link io.github.backproplab.widgets.Button#onClick(Runnable)}.
 * Setting a value from Java updates every view of the widget. Where no widget front end is
 * present (an exported page, GitHub, a console) the same output shows a static fallback: a
 * text summary, the picture if the widget holds one, and a note that the controls need
 * JupyterLab or Notebook 7.
 *
 * <p>The package sits above {@code notebook}: nothing in the core or the plots imports it.
 */
package io.github.backproplab.widgets;
