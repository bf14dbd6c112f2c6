import io.github.backproplab.nn.Activation;
import io.github.backproplab.nn.Gemm;
import io.github.backproplab.nn.Loss;
import io.github.backproplab.nn.Network;
import io.github.backproplab.train.GradientDescent;
import io.github.backproplab.train.History;
import io.github.backproplab.train.Trainer;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Training speed of a 784-256-128-10 ReLU network with softmax cross-entropy on 8192 rows, minibatches
 * of 128, double precision; and the speed of one 128 x 784 x 256 multiply through the BLAS seam
 * against EJML's own. Prints one "key value" line per figure for bin/bench-training.
 *
 *   java -cp 'target/classes:target/lib/*' bench/TrainingSpeed.java [epochs]
 */
public class TrainingSpeed {
    static final int ROWS = 8192, INPUTS = 784, CLASSES = 10, BATCH = 128;

    public static void main(String[] args) {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        System.out.println("blas " + Gemm.implementation());
        multiplySpeed();

        DMatrixRMaj[] data = teacherData(new Random(1));
        Network net = Network.builder(INPUTS).seed(2)
                .dense(256, Activation.relu()).dense(128, Activation.relu()).dense(CLASSES, Activation.softmax())
                .loss(Loss.softmaxCrossEntropy()).build();
        Trainer trainer = new Trainer(net, new GradientDescent(0.1)).batchSize(BATCH).seed(3);
        trainer.epochs(1).fit(data[0], data[1]);   // warm-up: JIT and native library loading
        long start = System.nanoTime();
        History history = trainer.epochs(epochs).fit(data[0], data[1]);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("train_seconds_per_epoch %.4f%n", seconds / epochs);
        System.out.printf("train_final_loss %.4f%n", history.finalLoss());
    }

    /** Inputs uniform in [-1, 1]; the class is the argmax of a fixed random linear map, so it can be learned. */
    static DMatrixRMaj[] teacherData(Random random) {
        DMatrixRMaj x = new DMatrixRMaj(ROWS, INPUTS);
        DMatrixRMaj teacher = new DMatrixRMaj(INPUTS, CLASSES);
        for (int i = 0; i < x.getNumElements(); i++) {
            x.data[i] = 2 * random.nextDouble() - 1;
        }
        for (int i = 0; i < teacher.getNumElements(); i++) {
            teacher.data[i] = random.nextGaussian();
        }
        DMatrixRMaj scores = new DMatrixRMaj(ROWS, CLASSES);
        CommonOps_DDRM.mult(x, teacher, scores);
        DMatrixRMaj y = new DMatrixRMaj(ROWS, CLASSES);
        for (int row = 0; row < ROWS; row++) {
            int best = 0;
            for (int j = 1; j < CLASSES; j++) {
                best = scores.get(row, j) > scores.get(row, best) ? j : best;
            }
            y.set(row, best, 1.0);
        }
        return new DMatrixRMaj[] {x, y};
    }

    static void multiplySpeed() {
        Random random = new Random(4);
        DMatrixRMaj a = new DMatrixRMaj(128, 784);
        DMatrixRMaj b = new DMatrixRMaj(784, 256);
        DMatrixRMaj c = new DMatrixRMaj(128, 256);
        for (int i = 0; i < a.getNumElements(); i++) a.data[i] = random.nextDouble();
        for (int i = 0; i < b.getNumElements(); i++) b.data[i] = random.nextDouble();
        double flops = 2.0 * 128 * 784 * 256;
        System.out.printf("gemm_gflops_blas %.1f%n", flops / nanosPer(() -> Gemm.multiply(1, a, false, b, false, 0, c)));
        System.out.printf("gemm_gflops_ejml %.1f%n", flops / nanosPer(() -> CommonOps_DDRM.mult(a, b, c)));
    }

    /** Median nanoseconds of one run, after warming up. */
    static double nanosPer(Runnable run) {
        for (int i = 0; i < 50; i++) run.run();
        double[] times = new double[31];
        for (int t = 0; t < times.length; t++) {
            long start = System.nanoTime();
            for (int i = 0; i < 10; i++) run.run();
            times[t] = (System.nanoTime() - start) / 10.0;
        }
        java.util.Arrays.sort(times);
        return times[times.length / 2];
    }
}
