package io.github.backproplab.kernel;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Creates a class-data-sharing archive of the classes a kernel loads at start-up (javac, JShell,
 * the toolkit): the JVM then maps them instead of loading and verifying each one again.
 *
 * <p>An archive only fits the JDK build that made it, and a JVM silently ignores one that does not
 * fit. So the archive has a stamp beside it naming that JDK; a kernel whose JDK differs (after a
 * JDK update) starts a rebuild in a separate process, and the next kernel starts fast again.
 */
final class StartupArchive {
    private static final long TIMEOUT_SECONDS = 180;
    private static final String OPTION = "-XX:SharedArchiveFile=";

    private StartupArchive() {
    }

    /**
     * Runs {@link WarmUp} with {@code java}, the kernel's {@code jvmOptions} and {@code classpath}
     * to write {@code archive} and its stamp; returns the JVM options that use it, or no options (and
     * says why) if it could not be made: the kernel then just starts a little slower.
     */
    static List<String> create(String java, List<String> jvmOptions, String classpath, Path archive) {
        Optional<String> failure = write(java, jvmOptions, classpath, archive);
        if (failure.isPresent()) {
            System.err.println("install-kernel: no start-up archive (" + failure.get()
                    + "); the kernel works, it starts slower");
            return List.of();
        }
        // Silence the JVM's notice if the archive is stale; the kernel checks the stamp itself.
        return List.of(OPTION + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /**
     * Writes {@code archive} and its stamp; returns why not if it could not. {@code java} is the
     * java of this JVM: the stamp names this JVM's JDK.
     */
    static Optional<String> write(String java, List<String> jvmOptions, String classpath, Path archive) {
        Path fresh = archive.resolveSibling(archive.getFileName() + ".new");
        List<String> command = new ArrayList<>(List.of(java, "-XX:ArchiveClassesAtExit=" + fresh));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, WarmUp.class.getName()));
        try {
            Files.deleteIfExists(fresh);
            Process warmUp = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!warmUp.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                warmUp.destroyForcibly();
                return Optional.of("the warm-up run took longer than " + TIMEOUT_SECONDS + " s");
            }
            if (warmUp.exitValue() != 0 || !Files.isRegularFile(fresh)) {
                return Optional.of("the warm-up run failed with status " + warmUp.exitValue());
            }
            // A kernel starting meanwhile maps either the old file or the new one, never half of one.
            Files.move(fresh, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(stampOf(archive), jdkStamp(), StandardCharsets.UTF_8);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    /**
     * At kernel start-up: if this JVM was given an archive whose stamp names another JDK (or none),
     * starts a rebuild in a separate process that outlives this kernel, and says so on {@code log};
     * if it cannot, says how to rebuild it by hand. Returns at once.
     *
     * @param jvmArguments this JVM's options, as {@code RuntimeMXBean.getInputArguments()} gives them
     * @return whether the archive was found stale
     */
    static boolean checkAtStartUp(List<String> jvmArguments, PrintStream log) {
        Optional<Path> given = archiveOption(jvmArguments);
        if (given.isEmpty() || isCurrent(given.get())) {
            return false;
        }
        Path archive = given.get();
        try {
            new ProcessBuilder(javaOfThisJvm(), "-cp", System.getProperty("java.class.path"),
                    StartupArchive.class.getName(), archive.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            log.println("The start-up archive " + archive + " was made for another JDK, so this JVM ignores it;"
                    + " rebuilding it in the background, the next kernel starts faster.");
        } catch (IOException e) {
            log.println("The start-up archive " + archive + " was made for another JDK, so this JVM ignores it"
                    + " and the kernel starts slower; install the kernel again (bin/install-kernel) to rebuild it.");
        }
        return true;
    }

    /**
     * Rebuilds the archive given as the only argument for the JDK that runs this, unless another
     * process is rebuilding it already; exits with status 1 and a message if it cannot.
     */
    public static void main(String[] args) throws IOException {
        Path archive = Path.of(args[0]);
        Path lock = archive.resolveSibling(archive.getFileName() + ".lock");
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.tryLock()) {
            if (held == null || isCurrent(archive)) {
                return; // another kernel is on it, or just finished
            }
            Optional<String> failure = write(javaOfThisJvm(), InstallKernel.JVM_OPTIONS,
                    System.getProperty("java.class.path"), archive);
            if (failure.isPresent()) {
                System.err.println("could not rebuild " + archive + ": " + failure.get());
                System.exit(1);
            }
        }
    }

    /** Whether {@code archive}'s stamp names the JDK that runs this code. */
    static boolean isCurrent(Path archive) {
        try {
            return Files.readString(stampOf(archive), StandardCharsets.UTF_8).equals(jdkStamp());
        } catch (IOException e) {
            return false; // no stamp: made before stamps existed, or never finished
        }
    }

    /** The archive named by a {@code -XX:SharedArchiveFile=} option among {@code jvmArguments}. */
    static Optional<Path> archiveOption(List<String> jvmArguments) {
        return jvmArguments.stream()
                .filter(a -> a.startsWith(OPTION))
                .map(a -> Path.of(a.substring(OPTION.length())))
                .reduce((first, second) -> second); // the JVM takes the last one
    }

    static Path stampOf(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".jdk");
    }

    /**
     * Names the JDK build that runs this code: its version, where it is, and its module image's size
     * and time, which change with an update installed in the same place.
     */
    static String jdkStamp() throws IOException {
        Path home = Path.of(System.getProperty("java.home"));
        Path modules = home.resolve("lib").resolve("modules");
        return "java.home=" + home + "\n"
                + "java.vm.version=" + System.getProperty("java.vm.version") + "\n"
                + "lib/modules=" + Files.size(modules) + " bytes, " + Files.getLastModifiedTime(modules) + "\n";
    }

    private static String javaOfThisJvm() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
