package io.github.backproplab.plot;

import io.github.backproplab.nn.Network;
import io.github.backproplab.train.History;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;

/** One small instance of every figure the plot package has, for checks that concern them all. */
public final class EveryFigure {
    private EveryFigure() {
    }

    /** A fresh instance of each figure, built from small, fast runs. */
    public static List<Figure<?>> instances() {
        History run = Runs.circle("baseline", 0.5, 4);
        Network network = Runs.circleNetwork(1);
        DMatrixRMaj x = Runs.points(40, 2);
        DMatrixRMaj y = Runs.insideCircle(x);
        DMatrixRMaj digits = new DMatrixRMaj(4, 64);
        for (int i = 0; i < digits.getNumElements(); i++) {
            digits.set(i, (i * 7 % 17) / 16.0);
        }
        List<Figure<?>> figures = new ArrayList<>();
        figures.add(AccuracyCurve.of(run));
        figures.add(ActivationCurve.of(io.github.backproplab.nn.Activation.sigmoid(), io.github.backproplab.nn.Activation.relu()));
        figures.add(ActivationMaps.of(network, x));
        figures.add(BackpropDiagram.twoLayer());
        figures.add(Curves.of("step", "loss").line("run", new double[] {1, 2, 3}, new double[] {3, 2, 1.5}).dots("seeds", new double[] {1, 2}, new double[] {2.5, 1.8}));
        figures.add(ConfusionMatrix.of(new int[] {0, 1, 1, 0}, new int[] {0, 1, 0, 0}));
        figures.add(DecisionBoundary.of(network, x, y).resolution(20));
        figures.add(DigitGrid.of(digits, new int[] {0, 1, 2, 3}));
        figures.add(LayerCurves.gradientNorms(run));
        figures.add(LossBand.of("baseline", List.of(run, Runs.circle("other seed", 0.5, 4, 5, 6))));
        figures.add(LossCurve.of(run));
        figures.add(LossLandscape.of((a, b) -> a * a + 3 * b * b, -1, 1, -1, 1));
        figures.add(NetworkDiagram.of(network));
        figures.add(ScalingCurve.of("multiply", new double[] {16, 64, 256}, new double[] {0.01, 0.6, 40}));
        figures.add(WeightEvolution.of(run));
        figures.add(WeightHistograms.of(network));
        return figures;
    }

    /** Simple names of every concrete {@link Figure} class in the plot package. */
    public static Set<String> classNames() {
        try {
            Path folder = Path.of(Figure.class.getResource("Figure.class").toURI()).getParent();
            Set<String> names = new TreeSet<>();
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    String name = file.getFileName().toString();
                    if (!name.endsWith(".class") || name.contains("$")) {
                        continue;
                    }
                    Class<?> type = Class.forName(Figure.class.getPackageName() + "." + name.replace(".class", ""));
                    if (Figure.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
                        names.add(type.getSimpleName());
                    }
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
