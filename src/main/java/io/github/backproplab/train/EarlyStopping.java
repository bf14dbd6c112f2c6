package io.github.backproplab.train;

import io.github.backproplab.nn.Network;

/** Remembers the best loss and its weights; says when patience has run out. */
final class EarlyStopping {
    private final Network network;
    private final int patience;
    private final WeightBuffer best;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private int bestEpoch;
    private int epoch;
    private int epochsWithoutImprovement;

    EarlyStopping(Network network, int patience) {
        this.network = network;
        this.patience = patience;
        this.best = new WeightBuffer(network);
    }

    boolean shouldStop(double loss) {
        epoch++;
        if (loss < bestLoss) {
            bestLoss = loss;
            bestEpoch = epoch;
            best.save(network);
            epochsWithoutImprovement = 0;
            return false;
        }
        return ++epochsWithoutImprovement >= patience;
    }

    void restoreBest() {
        best.restoreInto(network);
    }

    int bestEpoch() {
        return bestEpoch;
    }
}
