package io.github.backproplab.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Creates a class-data-sharing archive of the classes a kernel loads at start-up (javac, JShell,
 * the toolkit): the JVM then maps them instead of loading and verifying each one again.
 */
final class StartupArchive {
    private static final long TIMEOUT_SECONDS = 180;

    private StartupArchive() {
    }

    /**
     * Runs {@link WarmUp} with {@code java}, the kernel's {@code jvmOptions} and {@code classpath}
     * to write {@code archive}; returns the JVM options that use it, or no options (and says why)
     * if it could not be made: the kernel then just starts a little slower.
     */
    static List<String> create(String java, List<String> jvmOptions, String classpath, Path archive) {
        List<String> command = new ArrayList<>(List.of(java, "-XX:ArchiveClassesAtExit=" + archive));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, WarmUp.class.getName()));
        try {
            Files.deleteIfExists(archive);
            Process warmUp = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!warmUp.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                warmUp.destroyForcibly();
                return skipped("the warm-up run took longer than " + TIMEOUT_SECONDS + " s");
            }
            if (warmUp.exitValue() != 0 || !Files.isRegularFile(archive)) {
                return skipped("the warm-up run failed with status " + warmUp.exitValue());
            }
            // Silence the JVM's notice if a later JDK update makes the archive stale; it is then ignored.
            return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        } catch (IOException e) {
            return skipped(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return skipped("interrupted");
        }
    }

    private static List<String> skipped(String why) {
        System.err.println("install-kernel: no start-up archive (" + why + "); the kernel works, it starts slower");
        return List.of();
    }
}
