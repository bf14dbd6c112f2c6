package io.github.backproplab.kernel;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The javadoc of the toolkit's classes and members, for Shift-Tab. JShell finds javadoc only in the
 * JDK's own sources; the toolkit's jar carries its sources (under {@value #SOURCES}), and this reads the
 * comment of the element a JShell signature names ({@code Network.Builder Network.builder(int
 * inputs)}, {@code io.github.backproplab.nn.Network}, {@code Trainer(Network network, ...)}).
 */
final class ToolkitJavadoc {
    private static final String ROOT = "io.github.backproplab.";
    /**
     * Where the jar keeps the sources: not at its root, where javac, compiling a cell, would find
     * them and might compile them in place of the classes.
     */
    static final String SOURCES = "toolkit-sources/";

    private final ClassLoader loader;
    private final List<String> packages;
    private final Map<String, Optional<Parsed>> parsed = new ConcurrentHashMap<>();

    /**
     * @param loader   finds the sources, {@code toolkit-sources/io/github/backproplab/nn/Network.java}
     * @param packages packages to look a simple class name up in, e.g. {@code io.github.backproplab.nn}
     */
    ToolkitJavadoc(ClassLoader loader, List<String> packages) {
        this.loader = loader;
        this.packages = List.copyOf(packages);
    }

    /** The toolkit packages among JShell's start-up imports. */
    static List<String> importedPackages() {
        return JavaShell.STARTUP_IMPORTS.stream()
                .filter(i -> i.startsWith("import " + ROOT) && i.endsWith(".*;"))
                .map(i -> i.substring("import ".length(), i.length() - ".*;".length()))
                .toList();
    }

    private record Parsed(CompilationUnitTree unit, Trees trees) {
    }

    /** The javadoc, as plain text, of what {@code signature} names; empty if it is not the toolkit's. */
    Optional<String> of(String signature) {
        int paren = signature.indexOf('(');
        if (paren < 0) {
            int colon = signature.indexOf(':');
            if (colon < 0) {
                return find(signature.strip(), null, null); // a class
            }
            String field = signature.substring(0, colon).strip(); // Class.name:type
            int dot = field.lastIndexOf('.');
            return dot < 0 ? Optional.empty() : find(field.substring(0, dot), field.substring(dot + 1), null);
        }
        String head = signature.substring(0, paren).strip();
        if (head.startsWith("<")) {
            head = head.substring(head.indexOf("> ") + 2).strip(); // type parameters of a constructor
        }
        List<String> parameters = parameterTypes(signature.substring(paren + 1, signature.lastIndexOf(')')));
        int space = head.lastIndexOf(' ');
        if (space < 0) {
            return find(head, "<init>", parameters); // a constructor: Class(...)
        }
        String name = head.substring(space + 1); // a method: ReturnType Class.method(...)
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : find(name.substring(0, dot), name.substring(dot + 1), parameters);
    }

    private Optional<String> find(String className, String member, List<String> parameters) {
        for (String candidate : candidates(className)) {
            String[] parts = candidate.split("\\.");
            // The longest prefix that is a source file is the top-level class; the rest are nested classes.
            for (int top = parts.length; top > 0; top--) {
                String file = String.join("/", Arrays.copyOf(parts, top)) + ".java";
                Optional<Parsed> source = parsed.computeIfAbsent(file, this::parse);
                if (source.isPresent()) {
                    List<String> nested = Arrays.asList(parts).subList(top - 1, parts.length);
                    return docOf(source.get(), nested, member, parameters);
                }
            }
        }
        return Optional.empty();
    }

    private List<String> candidates(String className) {
        if (className.startsWith(ROOT)) {
            return List.of(className);
        }
        return packages.stream().map(p -> p + "." + className).toList();
    }

    private Optional<Parsed> parse(String file) {
        if (!file.startsWith(ROOT.replace('.', '/'))) {
            return Optional.empty();
        }
        try (InputStream in = loader.getResourceAsStream(SOURCES + file)) {
            if (in == null) {
                return Optional.empty();
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///" + file), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return text;
                }
            };
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            JavacTask task = (JavacTask) javac.getTask(null, null, d -> { }, List.of("-proc:none"), null,
                    List.of(source));
            CompilationUnitTree unit = task.parse().iterator().next();
            return Optional.of(new Parsed(unit, Trees.instance(task)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // no javadoc is better than a failed Shift-Tab
        }
    }

    private static Optional<String> docOf(Parsed source, List<String> classes, String member,
                                          List<String> parameters) {
        TreePath path = new TreePath(source.unit());
        List<? extends Tree> members = source.unit().getTypeDecls();
        for (String name : classes) {
            TreePath found = null;
            for (Tree t : members) {
                if (t instanceof ClassTree c && c.getSimpleName().contentEquals(name)) {
                    found = new TreePath(path, t);
                    members = c.getMembers();
                    break;
                }
            }
            if (found == null) {
                return Optional.empty();
            }
            path = found;
        }
        if (member != null) {
            TreePath classPath = path;
            path = null;
            for (Tree t : members) {
                if (t instanceof MethodTree m && m.getName().contentEquals(member)
                        && (parameters == null || parameters.equals(simpleTypes(m.getParameters())))) {
                    path = new TreePath(classPath, t);
                    break;
                }
                if (t instanceof VariableTree v && parameters == null && v.getName().contentEquals(member)) {
                    path = new TreePath(classPath, t);
                    break;
                }
            }
            if (path == null) {
                return Optional.empty();
            }
        }
        String comment = source.trees().getDocComment(path);
        return comment == null || comment.isBlank() ? Optional.empty() : Optional.of(plainText(comment));
    }

    /** "org.ejml.data.DMatrixRMaj x, int n" as simple type names: [DMatrixRMaj, int]. */
    static List<String> parameterTypes(String parameters) {
        if (parameters.isBlank()) {
            return List.of();
        }
        return Arrays.stream(parameters.split(",(?![^<]*>)"))
                .map(String::strip)
                .map(p -> p.contains(" ") ? p.substring(0, p.lastIndexOf(' ')) : p)
                .map(ToolkitJavadoc::simpleType)
                .toList();
    }

    private static List<String> simpleTypes(List<? extends VariableTree> parameters) {
        return parameters.stream().map(p -> simpleType(p.getType().toString())).toList();
    }

    /** {@code java.util.List<String>} to {@code List}, {@code double...} to {@code double[]}. */
    private static String simpleType(String type) {
        String t = type.replaceAll("<.*>", "").replace("...", "[]").strip();
        int dims = t.indexOf('[');
        String base = dims < 0 ? t : t.substring(0, dims);
        return base.substring(base.lastIndexOf('.') + 1) + (dims < 0 ? "" : t.substring(dims).replace(" ", ""));
    }

    private static final Pattern LINK = Pattern.compile("\\{@link(?:plain)?\\s+([^}]*)}");

    /** "Trainer#fit(double[][], double[][])" as "Trainer.fit(double[][], double[][])"; a label as itself. */
    private static String linkText(String link) {
        int close = link.indexOf(')');
        int labelStart = close >= 0 ? close + 1 : link.indexOf(' ') < 0 ? link.length() : link.indexOf(' ');
        String label = link.substring(labelStart).strip();
        if (!label.isEmpty()) {
            return label;
        }
        String target = link.substring(0, labelStart).strip();
        return target.startsWith("#") ? target.substring(1) : target.replace('#', '.');
    }

    /** The comment without HTML and inline tags: {@code {@code x}} becomes {@code x}, {@code <p>} a blank line. */
    static String plainText(String comment) {
        String examples = comment.replaceAll("(?s)<pre>\\s*\\{@code\\s*(.*?)}\\s*</pre>", "\n$1\n");
        String links = LINK.matcher(examples).replaceAll(m -> Matcher.quoteReplacement(linkText(m.group(1).strip())));
        return links
                .replaceAll("\\{@(?:code|literal|value)\\s+([^}]*)}", "$1")
                .replaceAll("(?i)\\s*<p>\\s*", "\n\n")
                .replaceAll("(?i)</?(pre|ul|ol|li|b|i|em|strong|code|br|p)\\s*/?>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("")
                .strip();
    }
}
