import io.github.backproplab.data.Dataset;
import io.github.backproplab.data.SyntheticData;
import io.github.backproplab.nn.Activation;
import io.github.backproplab.nn.Loss;
import io.github.backproplab.nn.Network;
import io.github.backproplab.plot.DecisionBoundary;
import io.github.backproplab.plot.LossLandscape;
import io.github.backproplab.train.Adam;
import io.github.backproplab.train.Trainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Draws the two pictures at the top of the README into a folder (docs/images by default):
 * a 2-8-2 tanh network's decision boundary on two moons, and gradient descent on the loss of a
 * line fit. Everything is seeded, so the same pictures come out on every run.
 */
public class ReadmePictures {
    static final double[] XS = {-3, -1.5, 0, 1.5, 3};
    static final double[] YS = {-5.1, -1.9, 1.2, 3.9, 7.1};

    /** The lecture's squared error of the line y-hat = w x + b, averaged over the five points. */
    static double loss(double w, double b) {
        double sum = 0;
        for (int i = 0; i < XS.length; i++) {
            double error = w * XS[i] + b - YS[i];
            sum += 0.5 * error * error;
        }
        return sum / XS.length;
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "docs/images");
        Files.createDirectories(folder);

        Dataset moons = Dataset.classification(SyntheticData.twoMoons(200, 0.1, 7), "class");
        Network net = Network.builder(2).seed(7)
                .dense(8, Activation.tanh())
                .dense(2, Activation.softmax())
                .loss(Loss.softmaxCrossEntropy())
                .build();
        new Trainer(net, new Adam(0.02)).epochs(300).batchSize(32).seed(7).fit(moons.x(), moons.y());
        Files.write(folder.resolve("decision-boundary.png"),
                DecisionBoundary.of(net, moons).title("A 2-8-2 tanh network on two moons").toPng());

        int steps = 30;
        double stepSize = 0.1;
        double[] w = new double[steps + 1], b = new double[steps + 1];
        w[0] = -1;
        b[0] = -2;
        for (int t = 0; t < steps; t++) {
            double dw = 0, db = 0;
            for (int i = 0; i < XS.length; i++) {
                double r = w[t] * XS[i] + b[t] - YS[i];
                dw += r * XS[i] / XS.length;
                db += r / XS.length;
            }
            w[t + 1] = w[t] - stepSize * dw;
            b[t + 1] = b[t] - stepSize * db;
        }
        Files.write(folder.resolve("loss-landscape.png"),
                LossLandscape.of(ReadmePictures::loss, -2, 6, -3, 4).parameters("w", "b").path(w, b)
                        .title("Gradient descent with step size 0.1, 30 steps from (-1, -2)").toPng());
        System.out.println("wrote decision-boundary.png and loss-landscape.png to " + folder);
    }
}
