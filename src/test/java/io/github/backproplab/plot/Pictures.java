package io.github.backproplab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** Checks on rendered pictures, shared by the figure tests. */
public final class Pictures {
    private Pictures() {
    }

    /**
     * Renders {@code figure} and checks the picture has the expected size and real content.
     * Set the system property {@code pictures.dir} to also keep the PNG for a look by eye.
     */
    public static BufferedImage render(Figure<?> figure, int width, int height) {
        BufferedImage image = figure.toImage();
        keep(figure, image);
        assertThat(image.getWidth()).as("width").isEqualTo(width);
        assertThat(image.getHeight()).as("height").isEqualTo(height);
        assertNotBlank(image);
        return image;
    }

    /** A picture is not blank when many pixels differ from the background and it has many colours. */
    public static void assertNotBlank(BufferedImage image) {
        int background = image.getRGB(0, 0);
        long different = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (rgb != background) {
                    different++;
                }
                colours.add(rgb);
            }
        }
        long pixels = (long) image.getWidth() * image.getHeight();
        assertThat(different).as("pixels that differ from the background").isGreaterThan(pixels / 50);
        assertThat(colours.size()).as("distinct colours").isGreaterThan(8);
    }

    /**
     * Checks that {@code chart}, drawn as {@code image}, has a colour bar whose range holds
     * [{@code dataMin}, {@code dataMax}] and whose strip shows the scale's colours, lowest at the
     * bottom and highest at the top.
     */
    static void assertColourBar(FieldChart chart, BufferedImage image, double dataMin, double dataMax) {
        ColourScale scale = chart.colourBar();
        assertThat(scale).as("colour bar").isNotNull();
        assertThat(scale.min()).as("bar minimum").isLessThanOrEqualTo(dataMin);
        assertThat(scale.max()).as("bar maximum").isGreaterThanOrEqualTo(dataMax);
        assertBarStrip(image, scale, chart.colourBarArea());
    }

    /** The strip of a bar drawn in {@code area} shows {@code scale}: its top colour at the top, its bottom colour at the bottom. */
    static void assertBarStrip(BufferedImage image, ColourScale scale, java.awt.Rectangle area) {
        java.awt.Rectangle strip = ColourBar.strip(area);
        int x = strip.x + strip.width / 2;
        assertThat(strip.x + strip.width).as("bar inside the picture").isLessThan(image.getWidth());
        assertNear(new java.awt.Color(image.getRGB(x, strip.y + 2)), scale.colourAtPosition(1), "top of the bar");
        assertNear(new java.awt.Color(image.getRGB(x, strip.y + strip.height - 2)), scale.colourAtPosition(0), "bottom of the bar");
        assertThat(scale.colourAtPosition(1)).isNotEqualTo(scale.colourAtPosition(0));
    }

    /** Each channel within 8 of the expected colour (a bar's end pixels sit a little inside its ends). */
    static void assertNear(java.awt.Color actual, java.awt.Color expected, String what) {
        int distance = Math.max(Math.abs(actual.getRed() - expected.getRed()),
                Math.max(Math.abs(actual.getGreen() - expected.getGreen()), Math.abs(actual.getBlue() - expected.getBlue())));
        assertThat(distance).as(what + ": " + actual + " against " + expected).isLessThanOrEqualTo(8);
    }

    private static void keep(Figure<?> figure, BufferedImage image) {
        String dir = System.getProperty("pictures.dir");
        if (dir == null) {
            return;
        }
        try {
            Path folder = Files.createDirectories(Path.of(dir));
            javax.imageio.ImageIO.write(image, "png", folder.resolve(figure.getClass().getSimpleName() + "-" + Math.abs(figure.title().hashCode()) + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
