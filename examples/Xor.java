import io.github.backproplab.nn.Activation;
import io.github.backproplab.nn.Loss;
import io.github.backproplab.nn.Network;
import io.github.backproplab.train.GradientDescent;
import io.github.backproplab.train.History;
import io.github.backproplab.train.Trainer;

/** A 2-4-1 sigmoid network learns XOR with plain gradient descent. */
public class Xor {
    public static void main(String[] args) {
        double[][] x = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        double[][] y = {{0}, {1}, {1}, {0}};
        Network net = Network.builder(2).seed(7)
                .dense(4, Activation.sigmoid())
                .dense(1, Activation.sigmoid())
                .loss(Loss.squaredError())
                .build();
        History history = new Trainer(net, new GradientDescent(2.0)).epochs(3000).batchSize(4).fit(x, y);
        System.out.println("final loss " + history.finalLoss());
    }
}
