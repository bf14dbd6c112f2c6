package io.github.backproplab.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A picture made of one XChart chart, or of several laid out as small multiples.
 *
 * <p>A figure keeps only its inputs and options; {@link #charts()} builds fresh charts on every
 * call, so changing an option and showing the figure again draws it anew. In a notebook, a cell
 * that ends with a figure shows it as a PNG.
 *
 * @param <F> the concrete figure type, so that option setters can be chained
 */
public abstract class Figure<F extends Figure<F>> {
    private Integer width;
    private Integer height;
    private String title;
    private java.awt.Rectangle pageBarArea;

    /** The figure's default title; {@link #title(String)} overrides it. */
    protected abstract String defaultTitle();

    /** Builds the charts, panels in reading order (left to right, then down). */
    public abstract List<? extends Chart<?, ?>> charts();

    /** How many panels sit side by side; one for a single chart. */
    public int columns() {
        return 1;
    }

    /** Default width in pixels: about the width of a notebook's output area. */
    protected int defaultWidth() {
        return Style.WIDTH;
    }

    /** Default height in pixels of the whole figure. */
    protected int defaultHeight() {
        return Style.HEIGHT;
    }

    /** Sets the size in pixels of the whole figure (all panels together). */
    public F size(int width, int height) {
        if (width < 50 || height < 50) {
            throw new IllegalArgumentException("figure size must be at least 50 x 50 pixels, got " + width + " x " + height);
        }
        this.width = width;
        this.height = height;
        return self();
    }

    /** Sets the title shown above the figure (above the first panel for small multiples). */
    public F title(String title) {
        this.title = title;
        return self();
    }

    /** Width in pixels of the whole figure. */
    public int width() {
        return width != null ? width : defaultWidth();
    }

    /** Height in pixels of the whole figure. */
    public int height() {
        return height != null ? height : defaultHeight();
    }

    /** The title: the one set with {@link #title(String)}, or the figure's own. */
    public String title() {
        return title != null ? title : defaultTitle();
    }

    /** Number of panel rows for {@code panels} panels in {@link #columns()} columns. */
    protected int rows(int panels) {
        return Math.max(1, (panels + columns() - 1) / columns());
    }

    /** Width of one panel. */
    protected int panelWidth() {
        ColourScale bar = pageColourBar();
        return (width() - (bar == null ? 0 : ColourBar.width(width()))) / columns();
    }

    /**
     * A colour scale that all panels share, drawn once as a colour bar at the right of the page;
     * null (the default) for none.
     */
    ColourScale pageColourBar() {
        return null;
    }

    /** Height of one panel when the figure holds {@code panels} panels. */
    protected int panelHeight(int panels) {
        return (height() - pageTitleHeight()) / rows(panels);
    }

    /** Height in pixels of the strip that holds the {@link #pageTitle()}. */
    static final int PAGE_TITLE_HEIGHT = 34;

    /**
     * A title over the whole page of small multiples, above the panels' own titles; null (the
     * default) for none.
     */
    String pageTitle() {
        return null;
    }

    /** Whether a title was set with {@link #title(String)}. */
    final boolean hasTitleSet() {
        return title != null;
    }

    /** Height of the page title strip: {@link #PAGE_TITLE_HEIGHT}, or 0 without a page title. */
    final int pageTitleHeight() {
        return pageTitle() == null ? 0 : PAGE_TITLE_HEIGHT;
    }

    /**
     * Draws the figure into a new image of {@link #width()} x {@link #height()} pixels. Small
     * multiples are drawn by XChart one panel at a time and placed in rows on a white page (the
     * size rounds down to whole panels; a short last row leaves blank space).
     */
    public BufferedImage toImage() {
        List<? extends Chart<?, ?>> charts = charts();
        if (charts.size() == 1) {
            return BitmapEncoder.getBufferedImage(charts.get(0));
        }
        int rows = rows(charts.size());
        // a cell holds a panel; a panel smaller than its cell (to keep an aspect ratio) sits in its middle
        int cellWidth = Math.max(panelWidth(), charts.stream().mapToInt(Chart::getWidth).max().orElse(1));
        int cellHeight = Math.max(panelHeight(charts.size()), charts.stream().mapToInt(Chart::getHeight).max().orElse(1));
        ColourScale bar = pageColourBar();
        int barWidth = bar == null ? 0 : width() - cellWidth * columns();
        int top = pageTitleHeight();
        BufferedImage page = new BufferedImage(cellWidth * columns() + barWidth, top + cellHeight * rows, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        if (top > 0) {
            drawPageTitle(g, page.getWidth());
        }
        for (int i = 0; i < charts.size(); i++) {
            Chart<?, ?> chart = charts.get(i);
            g.drawImage(BitmapEncoder.getBufferedImage(chart), (i % columns()) * cellWidth + (cellWidth - chart.getWidth()) / 2,
                    top + (i / columns()) * cellHeight + (cellHeight - chart.getHeight()) / 2, null);
        }
        if (bar != null) {
            // beside the panels, from under the first row's titles to above the last row's axis labels
            pageBarArea = new java.awt.Rectangle(cellWidth * columns(), top + 34, barWidth, page.getHeight() - top - 34 - 40);
            ColourBar.draw(g, bar, pageBarArea, new java.awt.Font(Style.FONT, java.awt.Font.PLAIN, 11));
        }
        g.dispose();
        return page;
    }

    /** Draws the page title centred in the strip at the top of a page {@code width} pixels wide. */
    private void drawPageTitle(Graphics2D g, int width) {
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new java.awt.Font(Style.FONT, java.awt.Font.BOLD, 17));
        g.setColor(Style.TEXT);
        java.awt.FontMetrics metrics = g.getFontMetrics();
        String text = pageTitle();
        g.drawString(text, Math.max(4, (width - metrics.stringWidth(text)) / 2), (PAGE_TITLE_HEIGHT + metrics.getAscent()) / 2);
    }

    /** Where the page's colour bar was drawn by the last {@link #toImage()}, or null. */
    java.awt.Rectangle pageColourBarArea() {
        return pageBarArea;
    }

    /** Encodes the figure as PNG bytes. */
    public byte[] toPng() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(toImage(), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Encodes the figure as SVG that can sit inline in HTML: an {@code <svg>} element with no XML
     * declaration or DOCTYPE, and the same text on every run for the same figure.
     *
     * @throws UnsupportedOperationException for small multiples, which XChart encodes only as bitmaps
     */
    public String toSvg() {
        List<? extends Chart<?, ?>> charts = charts();
        if (charts.size() != 1) {
            throw new UnsupportedOperationException(getClass().getSimpleName() + " has " + charts.size()
                    + " panels; only single-chart figures can be encoded as SVG");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(charts.get(0), out, VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SvgText.forHtml(out.toString(StandardCharsets.UTF_8));
    }

    /** Whether notebooks should also show this figure as SVG (besides PNG). */
    public boolean prefersSvg() {
        return false;
    }

    /** Writes the figure to {@code file}: SVG if the name ends in {@code .svg}, PNG otherwise. */
    public Path save(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            Files.writeString(file, toSvg());
        } else {
            Files.write(file, toPng());
        }
        return file;
    }

    @SuppressWarnings("unchecked")
    private F self() {
        return (F) this;
    }

    @Override
    public String toString() {
        return title() + " (" + getClass().getSimpleName() + ", " + width() + " x " + height() + " px)";
    }
}
