package io.github.backproplab.train;

import io.github.backproplab.nn.Activation;
import io.github.backproplab.nn.Loss;
import io.github.backproplab.nn.Network;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/** Small problems the trainer tests share. */
final class Problems {
    static final double[][] XOR_X = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    static final double[][] XOR_Y = {{0}, {1}, {1}, {0}};

    private Problems() {
    }

    /** y = 2 x1 - 3 x2 + 1 plus a little noise: convex for a single identity layer with squared error. */
    static DMatrixRMaj[] linear(int n, long seed) {
        Random random = new Random(seed);
        DMatrixRMaj x = new DMatrixRMaj(n, 2);
        DMatrixRMaj y = new DMatrixRMaj(n, 1);
        for (int i = 0; i < n; i++) {
            double x1 = 2 * random.nextDouble() - 1;
            double x2 = 2 * random.nextDouble() - 1;
            x.set(i, 0, x1);
            x.set(i, 1, x2);
            y.set(i, 0, 2 * x1 - 3 * x2 + 1 + 0.01 * random.nextGaussian());
        }
        return new DMatrixRMaj[] {x, y};
    }

    static Network linearModel() {
        return Network.builder(2).seed(3).dense(1, Activation.identity()).loss(Loss.squaredError()).build();
    }

    static Network xorNetwork(long seed) {
        return Network.builder(2).seed(seed).dense(4, Activation.sigmoid()).dense(1, Activation.sigmoid())
                .loss(Loss.squaredError()).build();
    }
}
