package io.github.backproplab.plot;

import io.github.backproplab.nn.Activation;
import io.github.backproplab.nn.Loss;
import io.github.backproplab.nn.Network;
import io.github.backproplab.train.GradientDescent;
import io.github.backproplab.train.History;
import io.github.backproplab.train.Trainer;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/** Small, fast training runs on a two-dimensional problem, shared by figure and notebook tests. */
public final class Runs {
    private Runs() {
    }

    /** {@code n} points in [-1, 1]^2, n x 2. */
    public static DMatrixRMaj points(int n, long seed) {
        Random random = new Random(seed);
        DMatrixRMaj x = new DMatrixRMaj(n, 2);
        for (int i = 0; i < n; i++) {
            x.set(i, 0, 2 * random.nextDouble() - 1);
            x.set(i, 1, 2 * random.nextDouble() - 1);
        }
        return x;
    }

    /** Class 1 inside the circle of radius 0.6, n x 1. */
    public static DMatrixRMaj insideCircle(DMatrixRMaj x) {
        DMatrixRMaj y = new DMatrixRMaj(x.numRows, 1);
        for (int i = 0; i < x.numRows; i++) {
            y.set(i, 0, Math.hypot(x.get(i, 0), x.get(i, 1)) < 0.6 ? 1 : 0);
        }
        return y;
    }

    /** A 2 - 6 - 1 network with tanh hidden units and a sigmoid output. */
    public static Network circleNetwork(long seed) {
        return Network.builder(2).seed(seed).dense(6, Activation.tanh()).dense(1, Activation.sigmoid())
                .loss(Loss.binaryCrossEntropy()).build();
    }

    /** Trains {@link #circleNetwork} with plain gradient descent, a weight snapshot every epoch. */
    public static History circle(String name, double stepSize, int epochs) {
        return circle(name, stepSize, epochs, 2, 3);
    }

    /** As {@link #circle(String, double, int)}, from other initial weights and another shuffling. */
    public static History circle(String name, double stepSize, int epochs, long weightSeed, long shuffleSeed) {
        DMatrixRMaj x = points(200, 1);
        return new Trainer(circleNetwork(weightSeed), new GradientDescent(stepSize)).name(name).epochs(epochs)
                .batchSize(20).seed(shuffleSeed).validationSplit(0.25).snapshotEvery(1).fit(x, insideCircle(x));
    }
}
