import io.github.backproplab.nn.Activation;
import io.github.backproplab.nn.ForwardPass;
import io.github.backproplab.nn.Gradients;
import io.github.backproplab.nn.Loss;
import io.github.backproplab.nn.Network;
import io.github.backproplab.train.GradientDescent;
import io.github.backproplab.train.Trainer;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/**
 * One round of bin/bench-speed for Backprop Lab: each workload trained with Trainer.fit and with
 * the bare loop (forward, backward, optimizer step on batches cut beforehand), after a warm-up.
 * Prints "workload contender rate" lines, the rate in steps/s for W1 and samples/s for W2 and W3.
 *
 *   java -cp 'target/classes:target/lib/*' bench/Speed.java [seconds per measurement] [W1,W2,W3]
 *
 * The workloads (bench/speed.py has the same ones for NumPy and PyTorch):
 *   W1  2-16-1, sigmoid hidden, identity output, squared error, the full batch of 1000 rows
 *   W2  2-64-64-3, ReLU, softmax cross-entropy, batches of 32 from 4096 rows
 *   W3  784-256-128-10, ReLU, softmax cross-entropy, batches of 128 from 4096 rows
 * Gradient descent with step size 0.1, double precision.
 */
public class Speed {

    record Workload(String name, int[] units, int rows, int batch, boolean classes) {
    }

    static final Workload W1 = new Workload("W1", new int[] {2, 16, 1}, 1000, 1000, false);
    static final Workload W2 = new Workload("W2", new int[] {2, 64, 64, 3}, 4096, 32, true);
    static final Workload W3 = new Workload("W3", new int[] {784, 256, 128, 10}, 4096, 128, true);

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        String which = args.length > 1 ? args[1] : "W1,W2,W3";
        for (Workload w : new Workload[] {W1, W2, W3}) {
            if (which.contains(w.name())) {
                run(w, seconds);
            }
        }
    }

    static void run(Workload w, double seconds) {
        DMatrixRMaj[] data = data(w, new Random(1));
        // warm-up: both paths until the JIT has compiled them (the Vector API's code is slow
        // until then), at least a second each
        double warmUp = Math.max(1.0, seconds);
        fitRate(w, data, warmUp);
        bareRate(w, data, warmUp);
        // three turns each, alternating, so that a change in the machine's load hits both; medians
        double[] fit = new double[3];
        double[] bare = new double[3];
        for (int turn = 0; turn < 3; turn++) {
            fit[turn] = fitRate(w, data, seconds / 3);
            bare[turn] = bareRate(w, data, seconds / 3);
        }
        System.out.printf("%s fit %.6g%n", w.name(), median(fit));
        System.out.printf("%s bare %.6g%n", w.name(), median(bare));
    }

    static Network network(Workload w) {
        Network.Builder b = Network.builder(w.units()[0]).seed(2);
        int last = w.units().length - 1;
        for (int l = 1; l < last; l++) {
            b.dense(w.units()[l], w.classes() ? Activation.relu() : Activation.sigmoid());
        }
        b.dense(w.units()[last], w.classes() ? Activation.softmax() : Activation.identity());
        return b.loss(w.classes() ? Loss.softmaxCrossEntropy() : Loss.squaredError()).build();
    }

    /** Steps per second (W1) or samples per second (W2, W3) of Trainer.fit, for at least {@code seconds}. */
    static double fitRate(Workload w, DMatrixRMaj[] data, double seconds) {
        Trainer trainer = new Trainer(network(w), new GradientDescent(0.1)).batchSize(w.batch()).seed(3);
        int stepsPerEpoch = (w.rows() + w.batch() - 1) / w.batch();
        int epochs = 1;
        while (true) {
            long start = System.nanoTime();
            trainer.epochs(epochs).fit(data[0], data[1]);
            double elapsed = (System.nanoTime() - start) / 1e9;
            if (elapsed >= seconds) {
                return rate(w, (long) epochs * stepsPerEpoch, elapsed);
            }
            epochs = (int) Math.min(1_000_000, Math.max(epochs * 2L, (long) (epochs * 1.2 * seconds / Math.max(elapsed, 1e-3))));
        }
    }

    /** The same for forward, backward and step by hand, on batches cut beforehand (no shuffling). */
    static double bareRate(Workload w, DMatrixRMaj[] data, double seconds) {
        Network net = network(w);
        GradientDescent optimizer = new GradientDescent(0.1);
        int batches = w.rows() / w.batch();
        DMatrixRMaj[] xs = new DMatrixRMaj[batches];
        DMatrixRMaj[] ys = new DMatrixRMaj[batches];
        for (int b = 0; b < batches; b++) {
            xs[b] = rows(data[0], b * w.batch(), w.batch());
            ys[b] = rows(data[1], b * w.batch(), w.batch());
        }
        ForwardPass pass = new ForwardPass();
        Gradients gradients = new Gradients();
        long steps = 0;
        long start = System.nanoTime();
        double elapsed;
        do {
            for (int i = 0; i < 16; i++, steps++) {
                int b = (int) (steps % batches);
                net.forward(xs[b], pass);
                net.backward(pass, ys[b], gradients);
                optimizer.step(net, gradients);
            }
            elapsed = (System.nanoTime() - start) / 1e9;
        } while (elapsed < seconds);
        return rate(w, steps, elapsed);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static double rate(Workload w, long steps, double seconds) {
        return w.name().equals("W1") ? steps / seconds : steps * (double) w.batch() / seconds;
    }

    static DMatrixRMaj rows(DMatrixRMaj m, int from, int count) {
        DMatrixRMaj r = new DMatrixRMaj(count, m.numCols);
        System.arraycopy(m.data, from * m.numCols, r.data, 0, count * m.numCols);
        return r;
    }

    /** Inputs uniform in [-1, 1]; targets from a fixed random teacher (one-hot argmax for classes). */
    static DMatrixRMaj[] data(Workload w, Random random) {
        int inputs = w.units()[0];
        int outputs = w.units()[w.units().length - 1];
        DMatrixRMaj x = new DMatrixRMaj(w.rows(), inputs);
        for (int i = 0; i < x.getNumElements(); i++) {
            x.data[i] = 2 * random.nextDouble() - 1;
        }
        double[][] teacher = new double[outputs][inputs];
        for (double[] row : teacher) {
            for (int j = 0; j < inputs; j++) {
                row[j] = random.nextGaussian();
            }
        }
        DMatrixRMaj y = new DMatrixRMaj(w.rows(), outputs);
        for (int r = 0; r < w.rows(); r++) {
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < outputs; k++) {
                double score = 0;
                for (int j = 0; j < inputs; j++) {
                    score += teacher[k][j] * x.get(r, j);
                }
                if (!w.classes()) {
                    y.set(r, k, Math.sin(3 * score));
                } else if (score > bestScore) {
                    bestScore = score;
                    best = k;
                }
            }
            if (w.classes()) {
                y.set(r, best, 1.0);
            }
        }
        return new DMatrixRMaj[] {x, y};
    }
}
