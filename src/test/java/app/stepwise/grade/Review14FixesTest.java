package app.stepwise.grade;

import static app.stepwise.grade.Grade13FixesTest.solve;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** review14: holes found by trying to get wrong work accepted through the readings loosened in session 14. */
class Review14FixesTest {

    /** A value given to a letter the equation does not have is no answer to it, whatever the number (was final true). */
    @ParameterizedTest(name = "{0} | {1} → final {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2x + 3 = 11 | y = 4 | false
            2x + 3 = 11 | Y = 4 | false
            2x + 3 = 11 | A = 4 | false
            3y + 1 = 13 | x = 4 | false
            3y + 1 = 13 | X = 4 | false
            2x + 3 = 11 | X = 4 | true
            3t + 1 = 13 | T = 4 | true
            2x + 3 = 11 | x = 4 | true
            """)
    void aValueOfAnotherLetterIsNotTheAnswer(String start, String last, boolean answer) throws Exception {
        assertThat(solve(start, last).finalAnswerCorrect()).as(last).contains(answer);
    }
}
