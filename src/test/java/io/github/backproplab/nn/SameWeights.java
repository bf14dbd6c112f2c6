package io.github.backproplab.nn;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helper: two networks hold the same weights and biases, bit for bit. */
public final class SameWeights {
    private SameWeights() {
    }

    /** Fails unless {@code actual} has {@code expected}'s depth and, layer by layer, its exact weights and biases. */
    public static void assertSameWeights(Network actual, Network expected) {
        assertThat(actual.depth()).as("depth").isEqualTo(expected.depth());
        for (int l = 0; l < expected.depth(); l++) {
            assertThat(actual.layer(l).weights().data).as("weights of layer %d", l + 1)
                    .containsExactly(expected.layer(l).weights().data);
            assertThat(actual.layer(l).bias().data).as("bias of layer %d", l + 1)
                    .containsExactly(expected.layer(l).bias().data);
        }
    }
}
