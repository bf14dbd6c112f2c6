package io.github.backproplab.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable examples under examples/ (shown in the README) compile, run and say what they promise. */
class ExamplesTest {
    @TempDir
    Path classes;

    @Test
    void xorTrainsToASmallLoss() throws Exception {
        String out = run("Xor");
        Matcher m = Pattern.compile("final loss (\\S+)").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isLessThan(0.01);
    }

    @Test
    void theLectureStepLowersTheLoss() throws Exception {
        String out = run("TwoLayerLecture");
        assertThat(out).contains("Delta B (1 x 4)", "Delta A (3 x 4)", "A after the update (3 x 2)").doesNotContain("Type = DDRM", "E-0");
        double before = number(out, "loss ([0-9.E-]+)\\n");
        double after = number(out, "loss after one step ([0-9.E-]+)");
        assertThat(after).isLessThan(before);
    }

    @Test
    void theReadmePicturesAreDrawnAtTheSizeStoredInDocs() throws Exception {
        Path folder = classes.resolve("pictures");
        String out = run("ReadmePictures", folder.toString());
        assertThat(out).contains("wrote decision-boundary.png and loss-landscape.png");
        for (String name : new String[] {"decision-boundary.png", "loss-landscape.png"}) {
            java.awt.image.BufferedImage drawn = javax.imageio.ImageIO.read(folder.resolve(name).toFile());
            java.awt.image.BufferedImage stored = javax.imageio.ImageIO.read(Path.of("docs", "images", name).toFile());
            assertThat(drawn.getWidth()).as(name).isEqualTo(stored.getWidth());
            assertThat(drawn.getHeight()).as(name).isEqualTo(stored.getHeight());
        }
    }

    private String run(String name, String... args) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        // Surefire is set to put the whole test classpath on java.class.path (no manifest-only jar).
        int status = javac.run(null, null, null, "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path"), Path.of("examples", name + ".java").toString());
        assertThat(status).as("javac exit status for " + name).isZero();
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            Method main = loader.loadClass(name).getMethod("main", String[].class);
            main.invoke(null, (Object) args);
        } finally {
            System.setOut(saved);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static double number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
