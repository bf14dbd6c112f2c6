package io.github.backproplab.kernel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.repository.internal.MavenRepositorySystemUtils;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

/**
 * Resolves {@code group:artifact:version} with its runtime dependencies the way Maven does, from
 * the local repository first and Maven Central otherwise.
 */
final class MavenResolver {
    /** Same id as Maven's own, so artifacts Maven already downloaded count as coming from it. */
    private static final RemoteRepository CENTRAL =
            new RemoteRepository.Builder("central", "default", "https://repo.maven.apache.org/maven2/").build();

    private final Path localRepository;
    private final boolean offline;
    private RepositorySystem system;

    /**
     * @param localRepository the local repository folder (Maven's is {@code ~/.m2/repository})
     * @param offline         {@code true} to use only what the local repository already has
     */
    MavenResolver(Path localRepository, boolean offline) {
        this.localRepository = localRepository;
        this.offline = offline;
    }

    /** The repository Maven itself uses: {@code -Dmaven.repo.local} or {@code ~/.m2/repository}. */
    static Path defaultLocalRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    /**
     * The jar files of {@code coordinates} ({@code group:artifact[:extension[:classifier]]:version})
     * and of everything it needs at run time.
     *
     * @throws IllegalArgumentException if the coordinates are malformed
     * @throws DependencyResolutionException if an artifact cannot be found or downloaded
     */
    synchronized List<Path> resolve(String coordinates) throws DependencyResolutionException {
        DefaultArtifact artifact = new DefaultArtifact(coordinates);
        if (system == null) {
            system = new RepositorySystemSupplier().get(); // costly, so only on first use
        }
        DefaultRepositorySystemSession session = MavenRepositorySystemUtils.newSession();
        session.setLocalRepositoryManager(
                system.newLocalRepositoryManager(session, new LocalRepository(localRepository.toFile())));
        session.setOffline(offline);
        CollectRequest collect = new CollectRequest(new Dependency(artifact, JavaScopes.RUNTIME), List.of(CENTRAL));
        DependencyRequest request =
                new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
        List<Path> jars = new ArrayList<>();
        for (ArtifactResult result : system.resolveDependencies(session, request).getArtifactResults()) {
            jars.add(result.getArtifact().getFile().toPath());
        }
        return jars;
    }
}
