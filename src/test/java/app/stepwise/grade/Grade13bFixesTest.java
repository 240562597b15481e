package app.stepwise.grade;

import static app.stepwise.grade.Grade13FixesTest.solve;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** grade13b: equations joined by commas on one line, and a ×3 typed as x3 in a comment bracket. */
class Grade13bFixesTest {

    @Test
    void equationsJoinedByCommasThatEachFollowAreAChainWhoseLastIsTheResult() throws Exception {
        LineCheck.Report r = solve("2x + 3 = 11", "2x = 8, x = 4");
        assertThat(r.firstError()).isEmpty();
        assertThat(r.finalAnswerCorrect()).contains(true);
        LineCheck.Report three = solve("2x + 3 = 11", "2x = 8, x = 8/2, x = 4");
        assertThat(three.firstError()).isEmpty();
        assertThat(three.finalAnswerCorrect()).contains(true);
        // the chain goes on to later lines from its last equation
        LineCheck.Report on = solve("3(x - 1) = 12", "3x - 3 = 12, 3x = 15", "x = 5");
        assertThat(on.firstError()).isEmpty();
        assertThat(on.finalAnswerCorrect()).contains(true);
    }

    @Test
    void commasThatAreNoChainStayAsTheyWere() throws Exception {
        // solutions listed with a comma: alternatives, both needed
        LineCheck.Report both = solve("(x - 2)(x - 3) = 0", "x = 2, x = 3");
        assertThat(both.firstError()).isEmpty();
        assertThat(both.finalAnswerCorrect()).contains(true);
        // a wrong last equation is no chain and is never taken as a right answer
        LineCheck.Report wrong = solve("2x + 3 = 11", "2x = 8, x = 5");
        assertThat(wrong.finalAnswerCorrect()).isNotEqualTo(java.util.Optional.of(true));
        assertThat(wrong.firstError()).contains(1);
        // one root lost after the comma: not a chain either
        LineCheck.Report lost = solve("x^2 = 4", "x^2 = 4, x = 2");
        assertThat(lost.finalAnswerCorrect()).isNotEqualTo(java.util.Optional.of(true));
    }

    @Test
    void timesTypedAsXInABracketAfterACompleteLineIsANote() throws Exception {
        for (String line : List.of("x = 12 (x3)", "x = 12 (X3)", "x = 12 (x 3)", "x = 12  (x3)")) {
            LineCheck.Report r = solve("x/3 = 4", line);
            assertThat(r.firstError()).as(line).isEmpty();
            assertThat(r.finalAnswerCorrect()).as(line).contains(true);
        }
        // the note hides no wrong value
        LineCheck.Report wrong = solve("x/3 = 4", "x = 7 (x3)");
        assertThat(wrong.firstError()).contains(1);
        assertThat(wrong.finalAnswerCorrect()).contains(false);
    }

    @Test
    void xAndANumberInABracketStayMathsWhereTheLineIsNotCompleteWithoutIt() throws Exception {
        // after =, or in an expression with no =, (x3) is x × 3
        assertThat(solve("3x = 12", "12 = (x3)").firstError()).isEmpty();
        assertThat(StepChecker.withoutComment("6 = (x3)")).isEqualTo("6 = (x3)");
        assertThat(StepChecker.withoutComment("5x - 3 (x3)")).isEqualTo("5x - 3 (x3)");
        assertThat(StepChecker.withoutComment("(x3)")).isEqualTo("(x3)");
        assertThat(StepChecker.withoutComment("x = 12 (x3)")).isEqualTo("x = 12");
    }
}
