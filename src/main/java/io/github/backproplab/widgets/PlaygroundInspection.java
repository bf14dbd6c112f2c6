package io.github.backproplab.widgets;

import io.github.backproplab.nn.Dense;
import io.github.backproplab.nn.GradientCheck;
import io.github.backproplab.nn.GradientCheckResult;
import io.github.backproplab.nn.Network;
import java.util.List;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;

/** What the playground's "Deltas and gradient check" button writes: the backward pass, looked into. */
final class PlaygroundInspection {
    private PlaygroundInspection() {
    }

    /**
     * The Deltas of the latest step, output layer first as the backward pass computes them, and a
     * gradient check of the current weights on every row.
     */
    static String of(SteppedTraining training) {
        StringBuilder text = new StringBuilder();
        Network net = training.network();
        List<DMatrixRMaj> deltas = training.lastDeltas();
        if (deltas.isEmpty()) {
            text.append("No step yet: press Step to see the Deltas of a step.\n");
        } else {
            text.append(String.format(Locale.ROOT, "Deltas of step %d (its minibatch of %d rows), output layer first:%n",
                    training.steps(), deltas.get(0).numRows));
            for (int l = deltas.size() - 1; l >= 0; l--) {
                DMatrixRMaj delta = deltas.get(l);
                Dense layer = net.layer(l);
                text.append(String.format(Locale.ROOT,
                        "  layer %d (%s, %d units): Delta %d x %d, |Delta| = %.4g, largest |entry| %.4g%n", l + 1,
                        layer.activation().name(), layer.units(), delta.numRows, delta.numCols,
                        NormOps_DDRM.normF(delta), CommonOps_DDRM.elementMaxAbs(delta)));
            }
        }
        GradientCheckResult check = GradientCheck.run(net, training.x(), training.y());
        text.append(String.format(Locale.ROOT,
                "%nGradient check: the backward pass against finite differences, current weights, all %d rows.%n",
                training.x().numRows));
        text.append(check).append('\n');
        double worst = check.maxRelativeError();
        text.append("largest relative error ").append(worst == 0 ? "0" : String.format(Locale.ROOT, "%.3g", worst))
                .append('\n');
        return text.toString();
    }
}
