package io.github.backproplab.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupArchiveTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void theArchiveOptionIsFoundAmongTheJvmArguments() {
        assertThat(StartupArchive.archiveOption(List.of("-Djava.awt.headless=true"))).isEmpty();
        assertThat(StartupArchive.archiveOption(List.of("-XX:SharedArchiveFile=/a/k.jsa", "-Xlog:cds=off")))
                .contains(Path.of("/a/k.jsa"));
    }

    @Test
    void anArchiveForAnotherJdkIsRebuiltForThisOneAtStartUp(@TempDir Path folder) throws Exception {
        Path archive = folder.resolve("kernel.jsa");
        String classpath = jarsOnly(folder);
        assertThat(StartupArchive.write(JAVA, InstallKernel.JVM_OPTIONS, classpath, archive)).isEmpty();
        assertThat(StartupArchive.isCurrent(archive)).isTrue();
        assertThat(mapsWithThisJvm(archive, classpath)).isTrue();

        // What a JDK update in place looks like to the kernel: the stamp names another build.
        String stamp = Files.readString(StartupArchive.stampOf(archive));
        Files.writeString(StartupArchive.stampOf(archive),
                stamp.replaceFirst("java.vm.version=.*", "java.vm.version=17.0.1+12"));
        assertThat(StartupArchive.isCurrent(archive)).isFalse();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        // The rebuild runs with this JVM's class path, as in a kernel.
        boolean stale = withClasspath(classpath, () -> StartupArchive.checkAtStartUp(
                List.of("-XX:SharedArchiveFile=" + archive), new PrintStream(log, true, StandardCharsets.UTF_8)));

        assertThat(stale).isTrue();
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("made for another JDK", "rebuilding it");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(170);
        while (!StartupArchive.isCurrent(archive) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(StartupArchive.isCurrent(archive)).as("rebuilt within the time limit").isTrue();
        assertThat(Files.readString(StartupArchive.stampOf(archive))).isEqualTo(stamp);
        assertThat(mapsWithThisJvm(archive, classpath)).isTrue();
        assertThat(StartupArchive.checkAtStartUp(List.of("-XX:SharedArchiveFile=" + archive),
                new PrintStream(log, true, StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void aKernelWithoutAnArchiveHasNothingToCheck() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        assertThat(StartupArchive.checkAtStartUp(List.of("-Xmx1g"), new PrintStream(log))).isFalse();
        assertThat(log.size()).isZero();
    }

    /** Whether a JVM that must use the archive ({@code -Xshare:on}) starts with it. */
    private static boolean mapsWithThisJvm(Path archive, String classpath) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(JAVA, "-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-cp", classpath,
                "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @Test
    void aBrokenArchiveDoesNotMapWithThisJvm(@TempDir Path folder) throws Exception {
        // The check above can fail: a file that is not this JDK's archive is refused.
        Path archive = Files.writeString(folder.resolve("kernel.jsa"), "not an archive");
        assertThat(mapsWithThisJvm(archive, jarsOnly(folder))).isFalse();
        assertThat(StartupArchive.isCurrent(archive)).isFalse();
    }

    /**
     * The kernel's class path as an installed kernel has it, jars only (an archive refuses class
     * folders): the main classes packed into a jar in {@code folder}, then the dependencies' jars.
     */
    private static String jarsOnly(Path folder) throws IOException {
        Path classes = Path.of(StartupArchive.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path jar = folder.resolve("kernel-classes.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        List<String> entries = new ArrayList<>(List.of(jar.toString()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static <T> T withClasspath(String classpath, Callable<T> action) throws Exception {
        String before = System.getProperty("java.class.path");
        System.setProperty("java.class.path", classpath);
        try {
            return action.call();
        } finally {
            System.setProperty("java.class.path", before);
        }
    }
}
