package io.github.backproplab.train;

import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Copies of every layer's weights at the end of an epoch (epoch 0: before training), for
 * histograms of how the weights move.
 *
 * @param epoch   0 before training, otherwise the epoch just finished
 * @param weights one units x inputs copy per layer, first layer first
 */
public record WeightSnapshot(int epoch, List<DMatrixRMaj> weights) {
    public WeightSnapshot {
        weights = List.copyOf(weights);
    }
}
