package io.github.backproplab.data;

/**
 * A dataset split three ways: {@code train} to fit the weights (and the scaler), {@code validation}
 * to choose settings and stop early, {@code test} to measure the final result once.
 */
public record Split(Dataset train, Dataset validation, Dataset test) {
}
