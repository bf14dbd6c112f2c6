package io.github.backproplab.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * {@code %maven} against the local repository this build uses, offline: AssertJ is there because
 * the tests run with it.
 */
class MavenMagicTest {
    private static final Path ASSERTJ_JAR = jarOf(Assertions.class);
    private static final String ASSERTJ_VERSION = ASSERTJ_JAR.getParent().getFileName().toString();
    /** repository/org/assertj/assertj-core/VERSION/assertj-core-VERSION.jar */
    private static final Path LOCAL_REPOSITORY =
            ASSERTJ_JAR.getParent().getParent().getParent().getParent().getParent();

    private final MavenResolver offline = new MavenResolver(LOCAL_REPOSITORY, true);

    private static Path jarOf(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void resolvesAnArtifactWithItsRuntimeDependencies() throws Exception {
        List<Path> jars = offline.resolve("org.assertj:assertj-core:" + ASSERTJ_VERSION);
        assertThat(jars).contains(ASSERTJ_JAR);
        assertThat(jars).anySatisfy(j -> assertThat(j.getFileName().toString()).startsWith("byte-buddy"));
    }

    @Test
    void theMagicAddsTheJarsTheKernelDoesNotAlreadyHave() throws Exception {
        List<String> added = new ArrayList<>();
        String byteBuddy = offline.resolve("org.assertj:assertj-core:" + ASSERTJ_VERSION).stream()
                .map(j -> j.getFileName().toString()).filter(n -> n.startsWith("byte-buddy")).findFirst().orElseThrow();
        Magics magics = new Magics(added::add, List.of("/somewhere/" + byteBuddy), offline);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        magics.run(new CellParts.Magic("maven", List.of("org.assertj:assertj-core:" + ASSERTJ_VERSION), 1),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(added).containsExactly(ASSERTJ_JAR.toString());
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(ASSERTJ_JAR.getFileName().toString());
    }

    @Test
    void unknownOrMalformedCoordinatesAreExplained() {
        Magics magics = new Magics(p -> { }, List.of(), offline);
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> magics.run(new CellParts.Magic("maven", List.of("no.such:artifact:0.0.1"), 1), out))
                .isInstanceOf(MagicException.class).hasMessageContaining("cannot resolve no.such:artifact:0.0.1");
        assertThatThrownBy(() -> magics.run(new CellParts.Magic("maven", List.of("just-a-name"), 1), out))
                .isInstanceOf(MagicException.class).hasMessageContaining("is not group:artifact:version");
    }
}
