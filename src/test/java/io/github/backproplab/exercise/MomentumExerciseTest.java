package io.github.backproplab.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class MomentumExerciseTest {
    private final DMatrixRMaj w = new DMatrixRMaj(new double[][] {{1.0, -2.0}});
    private final DMatrixRMaj v = new DMatrixRMaj(new double[][] {{0.3, 0.1}});
    private final DMatrixRMaj g = new DMatrixRMaj(new double[][] {{0.5, -1.5}});
    private final double stepSize = 0.1;
    private final double mu = 0.9;

    private static DMatrixRMaj row(double a, double b) {
        return new DMatrixRMaj(new double[][] {{a, b}});
    }

    @Test
    void theCorrectStepPasses() {
        DMatrixRMaj newV = row(0.9 * 0.3 - 0.1 * 0.5, 0.9 * 0.1 + 0.1 * 1.5);
        DMatrixRMaj newW = row(1.0 + newV.get(0, 0), -2.0 + newV.get(0, 1));
        assertThat(MomentumExercise.check(w, v, g, stepSize, mu, newV, newW).correct()).isTrue();
    }

    @Test
    void typicalMistakesAreNamed() {
        DMatrixRMaj newV = row(0.9 * 0.3 - 0.1 * 0.5, 0.9 * 0.1 + 0.1 * 1.5);
        DMatrixRMaj newW = row(1.0 + newV.get(0, 0), -2.0 + newV.get(0, 1));
        assertThat(MomentumExercise.check(w, v, g, stepSize, mu, row(0.27 + 0.05, 0.09 - 0.15), newW).message())
                .contains("minus sign");
        assertThat(MomentumExercise.check(w, v, g, stepSize, mu, row(0.3 - 0.05, 0.1 + 0.15), newW).message())
                .contains("not multiplied by mu");
        assertThat(MomentumExercise.check(w, v, g, stepSize, mu, newV, row(1.0 - newV.get(0, 0), -2.0 - newV.get(0, 1))).message())
                .contains("add it");
        assertThat(MomentumExercise.check(w, v, g, stepSize, mu, newV, row(1.3, -1.9)).message()).contains("old velocity");
        assertThat(MomentumExercise.check(w, v, g, stepSize, mu, null, null).message()).startsWith("Not answered yet");
    }

    @Test
    void mismatchedShapesAreRefused() {
        assertThatThrownBy(() -> MomentumExercise.check(w, new DMatrixRMaj(2, 1), g, stepSize, mu, null, null))
                .hasMessageContaining("2 x 1");
    }
}
