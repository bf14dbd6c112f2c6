package io.github.backproplab.widgets;

import io.github.backproplab.plot.Figure;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A picture that Java can replace while it is shown, e.g. a loss curve redrawn after each step.
 * The PNG travels to the page as a binary buffer; the static fallback shows the same picture.
 */
public final class Image extends Widget {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** An image showing the given PNG file contents (not copied; do not modify the array afterwards). */
    public Image(byte[] png) {
        super("Image");
        set("format", "png");
        set("width", "");
        set("height", "");
        png(png);
    }

    /** An image showing {@code picture}. */
    public Image(RenderedImage picture) {
        this(encode(picture));
    }

    /** An image showing {@code figure} (rendered as PNG at its own size). */
    public Image(Figure<?> figure) {
        this(pngOf(figure));
    }

    /**
     * Shows the given PNG file contents instead (not copied).
     *
     * @throws IllegalArgumentException if {@code png} does not start with the PNG signature
     */
    public Image png(byte[] png) {
        if (png == null || png.length < PNG_SIGNATURE.length
                || !java.util.Arrays.equals(java.util.Arrays.copyOf(png, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
            throw new IllegalArgumentException("Image: png is " + (png == null ? "null" : png.length + " bytes")
                    + " without the PNG signature");
        }
        set("value", png);
        return this;
    }

    /** The PNG shown now (the array itself; do not modify it). */
    public byte[] png() {
        return (byte[]) get("value");
    }

    /** Shows {@code picture} instead. */
    public Image show(RenderedImage picture) {
        return png(encode(picture));
    }

    /** Shows {@code figure} instead. */
    public Image show(Figure<?> figure) {
        return png(pngOf(figure));
    }

    /** The width on the page as CSS (e.g. "400px"); "" for the picture's own. */
    public Image width(String css) {
        set("width", css == null ? "" : css);
        return this;
    }

    /** The height on the page as CSS; "" for the picture's own. */
    public Image height(String css) {
        set("height", css == null ? "" : css);
        return this;
    }

    private static byte[] pngOf(Figure<?> figure) {
        if (figure == null) {
            throw new IllegalArgumentException("Image: figure is null");
        }
        return figure.toPng();
    }

    private static byte[] encode(RenderedImage picture) {
        if (picture == null) {
            throw new IllegalArgumentException("Image: picture is null");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(picture, "png", out)) {
                throw new IllegalArgumentException("Image: no PNG writer for a " + picture.getClass().getName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    void collectPictures(List<byte[]> pictures) {
        pictures.add(png());
    }

    @Override
    String describe() {
        return "Image (" + png().length + " bytes of PNG)";
    }
}
