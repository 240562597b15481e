package app.stepwise.math;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rounding to significant figures works on the decimal a computation meant, not on its binary noise. */
class NumbersRoundTest {

    @Test
    void aHalfRoundsUpEvenWhenTheProductIsJustBelowItInBinary() {
        assertThat(15 * 4.1).isLessThan(61.5); // 61.49999999999999
        assertThat(Numbers.round(15 * 4.1, 2)).isEqualTo("62");
        assertThat(Numbers.round(0.1 + 0.2, 1)).isEqualTo("0.3");
    }

    @Test
    void aValueTrulyBelowTheHalfStillRoundsDown() {
        assertThat(Numbers.round(61.4999, 2)).isEqualTo("61");
        assertThat(Numbers.round(0.12499, 2)).isEqualTo("0.12");
        assertThat(Numbers.round(29.4, 2)).isEqualTo("29");
    }
}
