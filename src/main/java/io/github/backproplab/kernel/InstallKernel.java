package io.github.backproplab.kernel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Installs the kernelspec {@value KernelSpec#NAME}: copies this program's class path (the toolkit
 * and its dependencies) into the kernelspec folder and points {@code kernel.json} at the java that
 * runs this installer. Jupyter's own {@code jupyter kernelspec install} puts the folder in place,
 * replacing an earlier installation.
 *
 * <pre>java -cp ... io.github.backproplab.kernel.InstallKernel [--user | --sys-prefix | --prefix DIR]</pre>
 */
public final class InstallKernel {
    /** Options for every kernel JVM. */
    static final List<String> JVM_OPTIONS = List.of("-Djava.awt.headless=true");

    private static final String USAGE =
            "usage: install-kernel [--user | --sys-prefix | --prefix DIR]  (default: --user)";

    private static final Pattern INSTALLED = Pattern.compile("Installed kernelspec \\S+ in (.+)");

    private InstallKernel() {
    }

    /** Installs the kernel; exits with status 1 and a message on failure. */
    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
            System.out.println(USAGE);
            return;
        }
        if (ModuleLayer.boot().findModule("jdk.jshell").isEmpty()) {
            System.err.println("install-kernel: " + System.getProperty("java.home") + " is a Java runtime without"
                    + " JShell; the kernel needs a JDK (17 or later). Set JAVA_HOME to one.");
            System.exit(1);
        }
        try {
            List<String> scope = scope(args);
            Path installed = install(scope);
            System.out.println("Installed kernel \"" + KernelSpec.DISPLAY_NAME + "\" (" + KernelSpec.NAME + ") in "
                    + installed);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        } catch (IOException | UncheckedIOException | InterruptedException e) {
            System.err.println("install-kernel: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The {@code jupyter kernelspec install} options for the arguments; {@code --user} by default. */
    static List<String> scope(String[] args) {
        List<String> a = Arrays.asList(args);
        if (a.isEmpty()) {
            return List.of("--user");
        }
        if (a.size() == 1 && (a.get(0).equals("--user") || a.get(0).equals("--sys-prefix"))) {
            return a;
        }
        if (a.size() == 2 && a.get(0).equals("--prefix")) {
            return List.of("--prefix", Path.of(a.get(1)).toAbsolutePath().toString());
        }
        throw new IllegalArgumentException("install-kernel: unexpected arguments " + a);
    }

    private static Path install(List<String> scope) throws IOException, InterruptedException {
        Path staging = Files.createTempDirectory("backprop-lab-kernelspec");
        try {
            Path folder = staging.resolve(KernelSpec.NAME);
            List<String> jars = copyClasspath(folder.resolve("lib"));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // {resource_dir} lets Jupyter find the jars wherever it puts the folder.
            writeSpec(folder, java, JVM_OPTIONS, classpath("{resource_dir}", jars));
            Path installed = runJupyterInstall(folder, scope);
            // Absolute paths for clients that do not expand {resource_dir}.
            String installedClasspath = classpath(installed.toString(), jars);
            List<String> options = new ArrayList<>(JVM_OPTIONS);
            options.addAll(
                    StartupArchive.create(java, JVM_OPTIONS, installedClasspath, installed.resolve("kernel.jsa")));
            writeSpec(installed, java, options, installedClasspath);
            return installed;
        } finally {
            deleteTree(staging);
        }
    }

    private static List<String> copyClasspath(Path lib) throws IOException {
        Files.createDirectories(lib);
        List<String> names = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path source = Path.of(entry);
            if (entry.isBlank() || !Files.exists(source)) {
                continue;
            }
            if (Files.isDirectory(source)) {
                throw new IOException("the class path holds the folder " + source
                        + "; run the installer from the packaged jar (mvn package) so everything can be copied");
            }
            Files.copy(source, lib.resolve(source.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            names.add(source.getFileName().toString());
        }
        return names;
    }

    private static String classpath(String folder, List<String> jars) {
        return String.join(File.pathSeparator, jars.stream().map(j -> folder + "/lib/" + j).toList());
    }

    private static void writeSpec(Path folder, String java, List<String> options, String classpath)
            throws IOException {
        Files.writeString(folder.resolve("kernel.json"), KernelSpec.json(java, options, classpath),
                StandardCharsets.UTF_8);
    }

    /** Runs {@code jupyter kernelspec install} and returns the folder it reports. */
    private static Path runJupyterInstall(Path folder, List<String> scope) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(KernelspecCommand.find(System.getenv().getOrDefault("PATH", "")));
        // INFO, so that every Jupyter version reports where it put the folder.
        command.addAll(List.of("install", "--replace", "--log-level=INFO", "--name", KernelSpec.NAME));
        command.addAll(scope);
        command.add(folder.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed:\n" + output.strip());
        }
        Matcher m = INSTALLED.matcher(output);
        if (!m.find()) {
            throw new IOException("jupyter did not say where it installed the kernel:\n" + output.strip());
        }
        return Path.of(m.group(1).strip());
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
