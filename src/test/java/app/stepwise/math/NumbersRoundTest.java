package app.stepwise.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

    @Test
    void aRoundingThatReachesAPowerOfTenIsRightOnlyAtTheFiguresItShows() {
        BigDecimal twentyOverTwentyOne = new BigDecimal("0.952380952380952");
        assertThat(Numbers.isRounding(twentyOverTwentyOne, new BigDecimal("0.95"))).isTrue();
        assertThat(Numbers.isRounding(twentyOverTwentyOne, new BigDecimal("1.0"))).isFalse(); // two figures: 0.95
        assertThat(Numbers.wrongOnlyInItsFigures(twentyOverTwentyOne, new BigDecimal("1.0"))).isTrue();
        assertThat(Numbers.isRounding(new BigDecimal("0.99615"), new BigDecimal("1.0"))).isTrue();
        assertThat(Numbers.isRounding(new BigDecimal("0.99615"), new BigDecimal("1.00"))).isFalse(); // 0.996
        assertThat(Numbers.isRounding(new BigDecimal("0.0952"), new BigDecimal("0.10"))).isFalse();
        assertThat(Numbers.isRounding(new BigDecimal("-0.952"), new BigDecimal("-1.0"))).isFalse();
        assertThat(Numbers.isRounding(new BigDecimal("9.9615"), new BigDecimal("10.0"))).isFalse();
    }

    @Test
    void elsewhereARoundingIsTheValueToThePlacesWritten() {
        assertThat(Numbers.isRounding(new BigDecimal("1.7142857"), new BigDecimal("1.71"))).isTrue();
        assertThat(Numbers.isRounding(new BigDecimal("1.7142857"), new BigDecimal("1.72"))).isFalse();
        assertThat(Numbers.isRounding(new BigDecimal("1.7142857"), new BigDecimal("1.7"))).isTrue();
        assertThat(Numbers.isRounding(new BigDecimal("20.0909"), new BigDecimal("20.0"))).isFalse();
        assertThat(Numbers.isRounding(new BigDecimal("99.6"), new BigDecimal("100"))).isTrue(); // its zeros may be no figures
        assertThat(Numbers.isRounding(new BigDecimal("2058"), new BigDecimal("2.1E+3"))).isTrue(); // 2.1 kJ
        assertThat(Numbers.isRounding(new BigDecimal("0.125"), new BigDecimal("0.12"))).isFalse();
        assertThat(Numbers.isRounding(new BigDecimal("0.125"), new BigDecimal("0.12"), RoundingMode.HALF_DOWN)).isTrue();
    }
}
