package io.github.backproplab.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.backproplab.nn.Activation;
import io.github.backproplab.nn.TwoLayerNetwork;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The correct answer passes; each typical mistake is caught with its own hint; no answer is given away. */
class TwoLayerExerciseTest {
    private DMatrixRMaj X;
    private DMatrixRMaj Y;
    private DMatrixRMaj A;
    private DMatrixRMaj B;
    private TwoLayerExercise exercise;
    private DMatrixRMaj Z;
    private DMatrixRMaj H;
    private DMatrixRMaj yHat;
    private DMatrixRMaj deltaB;
    private DMatrixRMaj deltaA;
    private DMatrixRMaj gradientA;
    private DMatrixRMaj gradientB;

    @BeforeEach
    void lectureNetwork() {
        Random random = new Random(5);
        X = new DMatrixRMaj(new double[][] {{0, 0, 1, 1}, {0, 1, 0, 1}, {1, 1, 1, 1}});
        Y = new DMatrixRMaj(new double[][] {{0, 1, 1, 0}});
        A = new DMatrixRMaj(4, 3);
        B = new DMatrixRMaj(1, 4);
        for (int i = 0; i < A.getNumElements(); i++) A.data[i] = random.nextGaussian();
        for (int i = 0; i < B.getNumElements(); i++) B.data[i] = random.nextGaussian();
        exercise = new TwoLayerExercise(X, Y, A, B, Activation.sigmoid());
        // the student's working, by hand
        Z = CommonOps_DDRM.mult(A, X, null);
        H = Z.copy();
        for (int i = 0; i < H.getNumElements(); i++) H.data[i] = 1 / (1 + Math.exp(-Z.data[i]));
        yHat = CommonOps_DDRM.mult(B, H, null);
        deltaB = CommonOps_DDRM.subtract(yHat, Y, null);
        CommonOps_DDRM.scale(1.0 / 4, deltaB);
        DMatrixRMaj back = CommonOps_DDRM.multTransA(B, deltaB, null);
        deltaA = back.copy();
        for (int i = 0; i < deltaA.getNumElements(); i++) deltaA.data[i] *= H.data[i] * (1 - H.data[i]);
        gradientB = CommonOps_DDRM.multTransB(deltaB, H, null);
        gradientA = CommonOps_DDRM.multTransB(deltaA, X, null);
    }

    private static DMatrixRMaj times(double factor, DMatrixRMaj m) {
        return MatrixAnswer.scaled(factor, m);
    }

    @Test
    void correctAnswersPass() {
        assertThat(exercise.deltaB(deltaB).correct()).isTrue();
        assertThat(exercise.deltaA(deltaA).correct()).isTrue();
        assertThat(exercise.gradientB(gradientB).correct()).isTrue();
        assertThat(exercise.gradientA(gradientA).correct()).isTrue();
        assertThat(exercise.deltaB(deltaB).message()).startsWith("Correct");
    }

    @Test
    void theReferenceIsTheToolkitsTwoLayerNetwork() {
        TwoLayerNetwork net = new TwoLayerNetwork(A.copy(), B.copy(), Activation.sigmoid());
        net.forward(X);
        assertThat(exercise.deltaB(net.deltaB(Y)).correct()).isTrue();
        assertThat(exercise.deltaA(net.deltaA()).correct()).isTrue();
    }

    @Test
    void noAnswerYetIsNotAnError() {
        Feedback feedback = exercise.deltaB(null);
        assertThat(feedback.correct()).isFalse();
        assertThat(feedback.message()).startsWith("Not answered yet").contains("Delta B");
    }

    @Test
    void missingOneOverNIsNamed() {
        assertThat(exercise.deltaB(times(4, deltaB)).message()).contains("n times too large");
        assertThat(exercise.deltaA(times(4, deltaA)).message()).contains("n times too large");
        assertThat(exercise.gradientB(times(4, gradientB)).message()).contains("n times too large");
        assertThat(exercise.gradientA(times(4, gradientA)).message()).contains("n times too large");
    }

    @Test
    void aWrongSignIsNamed() {
        Feedback feedback = exercise.deltaB(times(-1, deltaB));
        assertThat(feedback.correct()).isFalse();
        assertThat(feedback.message()).contains("wrong sign");
    }

    @Test
    void aTransposedMatrixIsNamed() {
        Feedback feedback = exercise.gradientA(CommonOps_DDRM.transpose(gradientA, null));
        assertThat(feedback.message()).contains("transposed").contains("4 x 3").contains("3 x 4");
    }

    @Test
    void aMissingSigmaPrimeIsNamed() {
        DMatrixRMaj back = CommonOps_DDRM.multTransA(B, deltaB, null);
        assertThat(exercise.deltaA(back).message()).contains("sigma'(Z)");
        assertThat(exercise.gradientA(CommonOps_DDRM.multTransB(back, X, null)).message()).contains("sigma'(Z) of Delta A is missing");
    }

    @Test
    void sigmaInsteadOfItsDerivativeIsNamed() {
        DMatrixRMaj back = CommonOps_DDRM.multTransA(B, deltaB, null);
        assertThat(exercise.deltaA(CommonOps_DDRM.elementMult(back, H, null)).message()).contains("not by the derivative");
    }

    @Test
    void theDerivativeTakenAtHIsNamed() {
        DMatrixRMaj back = CommonOps_DDRM.multTransA(B, deltaB, null);
        DMatrixRMaj atH = back.copy();
        for (int i = 0; i < atH.getNumElements(); i++) {
            double s = 1 / (1 + Math.exp(-H.data[i]));
            atH.data[i] *= s * (1 - s);
        }
        assertThat(exercise.deltaA(atH).message()).contains("taken at H");
    }

    @Test
    void theWrongInputToBIsNamed() {
        assertThat(exercise.gradientB(CommonOps_DDRM.multTransB(deltaB, Z, null)).message()).contains("input to B is");
    }

    @Test
    void otherWrongEntriesAreListedWithoutTheirValues() {
        DMatrixRMaj wrong = deltaA.copy();
        wrong.set(2, 1, wrong.get(2, 1) + 0.5);
        Feedback feedback = exercise.deltaA(wrong);
        assertThat(feedback.message()).contains("1 of 16 entries").contains("(row 2, column 1)");
        assertThat(feedback.message()).doesNotContain(String.valueOf(deltaA.get(2, 1)));
    }

    @Test
    void aWrongShapeIsNamed() {
        assertThat(exercise.deltaB(new DMatrixRMaj(2, 4)).message()).contains("should be 1 x 4").contains("2 x 4");
    }

    @Test
    void theUpdateChecksEachStepSize() {
        DMatrixRMaj newA = A.copy();
        DMatrixRMaj newB = B.copy();
        CommonOps_DDRM.addEquals(newA, -0.5, gradientA);
        CommonOps_DDRM.addEquals(newB, -2.0, gradientB);
        assertThat(exercise.update(0.5, 2.0, newA, newB).correct()).isTrue();

        DMatrixRMaj swapped = A.copy();
        CommonOps_DDRM.addEquals(swapped, -2.0, gradientA);
        Feedback feedback = exercise.update(0.5, 2.0, swapped, newB);
        assertThat(feedback.correct()).isFalse();
        assertThat(feedback.message()).contains("the new A").contains("step size of B").contains("Correct: the new B");

        DMatrixRMaj uphill = B.copy();
        CommonOps_DDRM.addEquals(uphill, 2.0, gradientB);
        assertThat(exercise.update(0.5, 2.0, newA, uphill).message()).contains("uphill");
        assertThat(exercise.update(0.5, 2.0, newA, B.copy()).message()).contains("has not moved");
    }

    @Test
    void aZeroStepSizeLeavesThatMatrixWhereItWas() {
        DMatrixRMaj newB = B.copy();
        CommonOps_DDRM.addEquals(newB, -1.0, gradientB);
        assertThat(exercise.update(0, 1.0, A.copy(), newB).correct()).isTrue();
        assertThatThrownBy(() -> exercise.update(-1, 1.0, A, B)).hasMessageContaining("-1.0");
    }

    private double lossAt(DMatrixRMaj a) {
        TwoLayerNetwork net = new TwoLayerNetwork(a, B.copy(), Activation.sigmoid());
        net.forward(X);
        return net.loss(Y);
    }

    @Test
    void finiteDifferencesAreCheckedAndTheirMistakesNamed() {
        double h = 1e-5;
        DMatrixRMaj plus = A.copy();
        plus.set(1, 2, plus.get(1, 2) + h);
        DMatrixRMaj minus = A.copy();
        minus.set(1, 2, minus.get(1, 2) - h);
        double central = (lossAt(plus) - lossAt(minus)) / (2 * h);
        assertThat(exercise.finiteDifference(1, 2, central).correct()).isTrue();
        assertThat(exercise.finiteDifference(1, 2, 2 * central).message()).contains("divides by 2h");
        assertThat(exercise.finiteDifference(1, 2, -central).message()).contains("wrong sign");
        assertThat(exercise.finiteDifference(1, 2, 0).message()).contains("did not change");
        assertThat(exercise.finiteDifference(1, 2, Double.NaN).message()).startsWith("Not answered yet");
        assertThatThrownBy(() -> exercise.finiteDifference(4, 0, 1)).hasMessageContaining("row 4");
    }

    @Test
    void theExerciseKeepsItsOwnCopies() {
        DMatrixRMaj before = deltaB.copy();
        A.data[0] += 10;
        assertThat(exercise.deltaB(before).correct()).isTrue();
    }
}
