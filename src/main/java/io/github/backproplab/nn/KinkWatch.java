package io.github.backproplab.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * Remembers on which smooth piece every activation input z and every loss entry sat in one
 * forward pass, and tells whether a later pass moved any of them across a kink. The gradient
 * check uses it: a finite difference whose perturbed passes straddle a kink measures a blend of
 * two slopes, which is neither side's derivative.
 */
final class KinkWatch {
    private final int[][] activationPieces;
    private final int[] lossPieces;

    /**
     * @param pass a forward pass of {@code network}; not modified
     * @param y    the targets, n x outputs; not modified
     */
    KinkWatch(Network network, ForwardPass pass, DMatrixRMaj y) {
        activationPieces = new int[network.depth()][];
        for (int l = 0; l < network.depth(); l++) {
            DMatrixRMaj z = pass.zs().get(l);
            Activation f = network.layer(l).activation();
            activationPieces[l] = new int[z.getNumElements()];
            for (int i = 0; i < z.getNumElements(); i++) {
                activationPieces[l][i] = f.piece(z.data[i]);
            }
        }
        DMatrixRMaj yHat = pass.output();
        lossPieces = new int[yHat.getNumElements()];
        for (int i = 0; i < lossPieces.length; i++) {
            lossPieces[i] = network.loss().piece(yHat.data[i], y.data[i]);
        }
    }

    /**
     * The first kink that {@code pass} crossed compared with the remembered pass, described for
     * a person, or {@code null} when every entry stayed on its piece.
     *
     * @param pass a forward pass of the same network on the same x; not modified
     * @param y    the same targets; not modified
     */
    String crossing(Network network, ForwardPass pass, DMatrixRMaj y) {
        for (int l = 0; l < network.depth(); l++) {
            DMatrixRMaj z = pass.zs().get(l);
            Activation f = network.layer(l).activation();
            for (int i = 0; i < z.getNumElements(); i++) {
                if (f.piece(z.data[i]) != activationPieces[l][i]) {
                    return "layer " + (l + 1) + ", example " + i / z.numCols + ", unit " + i % z.numCols
                            + " crosses the " + f.kink();
                }
            }
        }
        DMatrixRMaj yHat = pass.output();
        for (int i = 0; i < lossPieces.length; i++) {
            if (network.loss().piece(yHat.data[i], y.data[i]) != lossPieces[i]) {
                return "example " + i / yHat.numCols + ", output " + i % yHat.numCols + " crosses the "
                        + network.loss().kink();
            }
        }
        return null;
    }
}
