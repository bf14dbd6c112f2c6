import io.github.backproplab.nn.Activation;
import io.github.backproplab.nn.TwoLayerNetwork;
import org.ejml.data.DMatrixRMaj;

import static io.github.backproplab.notebook.Show.show;

/** The lecture's pseudocode, one line each: forward, Delta B, Delta A, update; every matrix printed. */
public class TwoLayerLecture {
    public static void main(String[] args) {
        DMatrixRMaj A = new DMatrixRMaj(new double[][] {{0.5, -0.3}, {0.2, 0.8}, {-0.6, 0.1}});  // hidden x inputs
        DMatrixRMaj B = new DMatrixRMaj(new double[][] {{0.7, -0.4, 0.3}});                     // outputs x hidden
        DMatrixRMaj X = new DMatrixRMaj(new double[][] {{0, 0, 1, 1}, {0, 1, 0, 1}});           // one example per column
        DMatrixRMaj Y = new DMatrixRMaj(new double[][] {{0, 1, 1, 0}});
        TwoLayerNetwork net = new TwoLayerNetwork(A, B, Activation.sigmoid());

        show("y-hat = B sigma(A X)", net.forward(X));
        show("loss", net.loss(Y));
        show("Delta B", net.deltaB(Y));
        show("Delta A", net.deltaA());
        net.update(0.5, 0.5);
        show("A after the update", net.A());
        show("B after the update", net.B());
        net.forward(X);
        show("loss after one step", net.loss(Y));
    }
}
