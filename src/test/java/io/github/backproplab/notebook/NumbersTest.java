package io.github.backproplab.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void roundsToFourSignificantDigitsAndDropsTrailingZeros() {
        assertThat(Numbers.round(0.9333333333333333)).isEqualTo("0.9333");
        assertThat(Numbers.round(0.43885769574431677)).isEqualTo("0.4389");
        assertThat(Numbers.round(2.0)).isEqualTo("2");
        assertThat(Numbers.round(-12345.678)).isEqualTo("-12350");
        assertThat(Numbers.round(0.00012346)).isEqualTo("0.0001235");
        assertThat(Numbers.round(0)).isEqualTo("0");
    }

    @Test
    void tinyAndHugeValuesUseScientificNotation() {
        assertThat(Numbers.round(1.7101e-9)).isEqualTo("1.71e-09");
        assertThat(Numbers.round(-5.00670e-9)).isEqualTo("-5.007e-09");
        assertThat(Numbers.round(3.0e12)).isEqualTo("3e+12");
        assertThat(Numbers.round(Double.NaN)).isEqualTo("NaN");
        assertThat(Numbers.round(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
    }

    @Test
    void digitsCanBeChosenAndMustMakeSense() {
        assertThat(Numbers.round(Math.PI, 2)).isEqualTo("3.1");
        assertThat(Numbers.round(Math.PI, 8)).isEqualTo("3.1415927");
        assertThatThrownBy(() -> Numbers.round(1, 0)).hasMessageContaining("digits").hasMessageContaining("got 0");
    }

    @Test
    void aMatrixLayoutKeepsTheDigitsOfItsLargestEntryForAll() {
        NumberColumns delta = NumberColumns.of(new double[] {-0.077281, -0.34934, -0.2967, -0.0000382}, 4);
        assertThat(delta.format(-0.077281)).isEqualTo("-0.0773");
        assertThat(delta.format(-0.34934)).isEqualTo("-0.3493");
        assertThat(delta.format(-0.0000382)).as("rounds to zero and loses its sign").isEqualTo("0.0000");
        NumberColumns weights = NumberColumns.of(new double[] {0.5, -0.3, 0.25}, 4);
        assertThat(weights.format(0.5)).isEqualTo("0.50");
        assertThat(weights.format(-0.3)).isEqualTo("-0.30");
        NumberColumns whole = NumberColumns.of(new double[] {0, 1, 1, 0}, 4);
        assertThat(whole.format(1)).isEqualTo("1");
        NumberColumns tiny = NumberColumns.of(new double[] {2e-7, -3.5e-8}, 3);
        assertThat(tiny.format(-3.5e-8)).isEqualTo("-3.50e-08");
    }
}
