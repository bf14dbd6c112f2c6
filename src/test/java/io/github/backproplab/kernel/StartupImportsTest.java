package io.github.backproplab.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Two star-imported packages with a public class of the same name make that name ambiguous in
 * every cell ("reference to Matrix is ambiguous"). The kernel imports the usual java.* packages,
 * the toolkit's packages, EJML and Tablesaw, so their public names must not collide.
 */
class StartupImportsTest {
    /** Imported in every compilation unit; the start-up imports come on top. */
    private static final List<String> JAVA_LANG = List.of("java.lang");

    @Test
    void noSimpleNameIsPublicInTwoImportedPackages() throws Exception {
        List<String> imported = new ArrayList<>(JAVA_LANG);
        List<String> added = JavaShell.STARTUP_IMPORTS.stream()
                .filter(line -> !line.startsWith("import static"))
                .map(line -> line.substring("import ".length(), line.length() - ".*;".length()))
                .toList();
        imported.addAll(added);
        Set<String> clashes = new TreeSet<>();
        for (String pkg : added) {
            for (String name : publicClassNames(pkg)) {
                for (String other : imported) {
                    if (!other.equals(pkg) && isPublicClass(other + "." + name)) {
                        clashes.add(name + " is in " + pkg + " and " + other);
                    }
                }
            }
        }
        assertThat(clashes).as("names that would be ambiguous in a notebook").isEmpty();
    }

    @Test
    void theToolkitPackagesAreFound() throws Exception {
        assertThat(publicClassNames("org.ejml.simple")).contains("SimpleMatrix");
        assertThat(publicClassNames("io.github.backproplab.notebook")).contains("Notebook");
    }

    private static boolean isPublicClass(String name) {
        try {
            ClassLoader loader = StartupImportsTest.class.getClassLoader();
            return Modifier.isPublic(Class.forName(name, false, loader).getModifiers());
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Public top-level classes of {@code pkg} in every jar or folder of the class path. */
    private static Set<String> publicClassNames(String pkg) throws IOException, URISyntaxException {
        String folder = pkg.replace('.', '/');
        Set<String> names = new TreeSet<>();
        for (URL url : Collections.list(StartupImportsTest.class.getClassLoader().getResources(folder))) {
            List<String> files = new ArrayList<>();
            if (url.getProtocol().equals("jar")) {
                JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile();
                jar.stream().map(e -> e.getName())
                        .filter(n -> n.startsWith(folder + "/") && n.indexOf('/', folder.length() + 1) < 0)
                        .map(n -> n.substring(folder.length() + 1))
                        .forEach(files::add);
            } else {
                try (Stream<Path> list = Files.list(Path.of(url.toURI()))) {
                    list.map(p -> p.getFileName().toString()).forEach(files::add);
                }
            }
            for (String file : files) {
                if (file.endsWith(".class") && !file.contains("$") && !file.startsWith("package-info")) {
                    String simple = file.substring(0, file.length() - ".class".length());
                    if (isPublicClass(pkg + "." + simple)) {
                        names.add(simple);
                    }
                }
            }
        }
        return names;
    }
}
