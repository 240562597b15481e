package app.stepwise.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class MixedNumbersTest {

    /**
     * Mixed numbers typed in every common way (2 and 1/2, 2 1/2, 2½, two and a half, −1 3/4, in equations and physics
     * givens) are read exactly or not at all: never with the whole part dropped, never as a product.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvFileSource(resources = "/tutor/reader-mixed-numbers.csv", delimiter = '|', numLinesToSkip = 1)
    void readsAMixedNumberExactlyOrNotAtAll(String cause, String text, String kind, String answer) {
        new ProblemReaderTest().aReadingOfADifferentProblemIsNeverVerified(cause, text, kind, answer);
    }

    /** Other parts a reading once dropped in silence (mixed14): a sign said in words, an = that only marks the blank. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a leading "minus" is the sign (was read as 3 × 4)|what is minus 3 times 4|numeric|-12
            a leading "minus" before plus (was read as 8 + 5)|Work out minus 8 plus 5.|numeric|-3
            "negative" twice|negative 5 times negative 3|numeric|15
            "minus" after times|Work out 2 times minus 6.|numeric|-12
            "minus" after =|Solve x + 7 = minus 2|set|x = -9
            "minus" between numbers stays a subtraction|Work out 10 minus 4|numeric|6
            x between numbers before "= ?" is times, no other x in the text (ADR 0008; was simplified as 15 − 12x)|15 - 4 x 3 = ?|numeric|3
            x between numbers before a blank is times|2 x 5 + 1 = ___|numeric|11
            """)
    void readsNoPartOfTheTextAway(String cause, String text, String kind, String answer) {
        new ProblemReaderTest().aReadingOfADifferentProblemIsNeverVerified(cause, text, kind, answer == null ? "" : answer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Work out 2 and 1/2 + 3/4|Work out 2 1/2 + 3/4
            two and a half|2 1/2
            1 and a quarter|1 1/4
            Seven and three/8|Seven and three/8
            Find the product of 3 and 1/4|Find the product of 3 and 1/4
            Add 2 and 1/2 to 3/4|Add 2 and 1/2 to 3/4
            """)
    void writesAMixedNumberSaidWithAndAsOne(String said, String written) {
        assertThat(MixedNumbers.withoutAnd(said)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            (2 + 1/2) hours|2.5 hours
            (1 + 3/4) kg|1.75 kg
            (3 + 1/3) kg|(3 + 1/3) kg
            """)
    void givesAPhysicsMixedNumberAsItsDecimalWhereItEnds(String read, String decimal) {
        assertThat(MixedNumbers.asDecimals(read)).isEqualTo(decimal);
    }
}
