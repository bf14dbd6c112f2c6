package io.github.backproplab.kernel;

import io.github.spencerpark.jupyter.kernel.util.GlobFinder;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * The line magics: {@code %classpath} and {@code %jars} add jars or class folders (globs allowed),
 * {@code %maven group:artifact:version} resolves an artifact with its dependencies and adds them.
 */
final class Magics {
    /** Names accepted after {@code %}. */
    static final List<String> NAMES = List.of("classpath", "jars", "maven");

    private final Consumer<String> addToClasspath;
    private final Set<String> kernelJarNames;
    private final MavenResolver maven;

    /**
     * @param addToClasspath makes one path visible to the compiler and the cells' class loader
     * @param kernelClasspath the kernel's own class-path entries; {@code %maven} skips jars already there
     * @param maven           resolves {@code %maven} coordinates
     */
    Magics(Consumer<String> addToClasspath, List<String> kernelClasspath, MavenResolver maven) {
        this.addToClasspath = addToClasspath;
        this.kernelJarNames = kernelClasspath.stream()
                .map(e -> Path.of(e).getFileName())
                .filter(n -> n != null)
                .map(Path::toString)
                .collect(Collectors.toSet());
        this.maven = maven;
    }

    /** Runs {@code magic}, reporting what it did on {@code out}. */
    void run(CellParts.Magic magic, PrintStream out) throws MagicException {
        switch (magic.name()) {
            case "classpath" -> add(matching(magic, false), out);
            case "jars" -> add(matching(magic, true), out);
            case "maven" -> add(resolve(magic), out);
            default -> throw new MagicException("Unknown magic %" + magic.name() + " (line " + magic.line()
                    + "). Known: " + NAMES.stream().map(n -> "%" + n).collect(Collectors.joining(", ")) + ".");
        }
    }

    private void add(List<Path> paths, PrintStream out) {
        if (paths.isEmpty()) {
            out.println("Nothing to add: the kernel already has these jars.");
            return;
        }
        for (Path path : paths) {
            addToClasspath.accept(path.toAbsolutePath().normalize().toString());
        }
        out.println("Added to the classpath: " + paths.stream()
                .map(p -> String.valueOf(p.getFileName())).collect(Collectors.joining(", ")));
    }

    private static List<Path> matching(CellParts.Magic magic, boolean jarsOnly) throws MagicException {
        requireArguments(magic, "a path or glob, e.g. %" + magic.name() + " lib/*.jar");
        List<Path> found = new ArrayList<>();
        for (String pattern : magic.args()) {
            List<Path> matches = new ArrayList<>();
            try {
                for (Path p : new GlobFinder(expandHome(pattern)).computeMatchingPaths()) {
                    if (jarsOnly && Files.isDirectory(p)) {
                        try (Stream<Path> inside = Files.list(p)) {
                            inside.filter(Magics::isJar).sorted().forEach(matches::add);
                        }
                    } else if (!jarsOnly || isJar(p)) {
                        matches.add(p);
                    }
                }
            } catch (IOException e) {
                throw new MagicException("%" + magic.name() + ": cannot read " + pattern + ": " + e.getMessage());
            }
            if (matches.isEmpty()) {
                throw new MagicException("%" + magic.name() + ": nothing matches " + pattern
                        + (jarsOnly ? " (looking for .jar files)" : "")
                        + " relative to " + Path.of("").toAbsolutePath());
            }
            found.addAll(matches);
        }
        return found;
    }

    private List<Path> resolve(CellParts.Magic magic) throws MagicException {
        requireArguments(magic, "coordinates, e.g. %maven org.apache.commons:commons-csv:1.10.0");
        List<Path> jars = new ArrayList<>();
        for (String coordinates : magic.args()) {
            try {
                for (Path jar : maven.resolve(coordinates)) {
                    if (!kernelJarNames.contains(jar.getFileName().toString())) {
                        jars.add(jar);
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new MagicException("%maven: " + coordinates
                        + " is not group:artifact:version (" + e.getMessage() + ")");
            } catch (DependencyResolutionException e) {
                throw new MagicException("%maven: cannot resolve " + coordinates + ": " + e.getMessage());
            }
        }
        return jars;
    }

    private static void requireArguments(CellParts.Magic magic, String expected) throws MagicException {
        if (magic.args().isEmpty()) {
            throw new MagicException("%" + magic.name() + " needs " + expected + ".");
        }
    }

    private static boolean isJar(Path p) {
        return Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jar");
    }

    private static String expandHome(String pattern) {
        if (pattern.equals("~") || pattern.startsWith("~" + File.separator)) {
            return System.getProperty("user.home") + pattern.substring(1);
        }
        return pattern;
    }
}
