package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.Task;
import app.stepwise.math.Parser;
import app.stepwise.math.Statement;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BuggyRuleTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            3x + 5 = 20      | 3x = 25          | SIGN_ERROR_MOVING_TERM
            2(x + 3) = 14    | 2x + 3 = 14      | DISTRIBUTED_FIRST_TERM_ONLY
            4x + 6 = 20      | x + 6 = 5        | DIVIDED_ONE_TERM_ONLY
            (x + 3)^2 = 25   | x^2 + 9 = 25     | SQUARED_TERMWISE
            3(x + 1)         | 3x + 1           | DISTRIBUTED_FIRST_TERM_ONLY
            -4(x - 2)        | -4x - 8          | SIGN_NOT_DISTRIBUTED
            -(x + 5) = 3     | -x + 5 = 3       | SIGN_NOT_DISTRIBUTED
            7 - 3(x - 2) = 1 | 7 - 3x - 6 = 1   | SIGN_NOT_DISTRIBUTED
            """)
    void eachMisconceptionIsOneRuleThatMakesAndNamesTheWrongLine(String previous, String wrong, Misconception m)
            throws Exception {
        Statement p = Statement.collapse(Parser.parse(previous));
        Statement w = Statement.collapse(Parser.parse(wrong));
        BuggyRule rule = BuggyRule.explaining(p, w).orElseThrow();
        assertThat(rule.misconception()).isEqualTo(m);
        assertThat(StepChecker.buggyLines(p).get(m)).isNotEmpty();
    }

    @Test
    void theSignRuleSaysWhichTermMoved() throws Exception {
        Statement p = Parser.parse("3x + 5 = 20");
        Statement w = Parser.parse("3x = 20 + 5");
        assertThat(new BuggyRule.SignKeptWhenMoving().message(p, w).english()).contains("moved + 5 to the right side")
                .contains("- 5");
    }

    @Test
    void theBracketSignRuleSaysWhichProductHasTheWrongSign() throws Exception {
        Statement p = Parser.parse("5 - 2(x - 1)");
        Statement w = Parser.parse("5 - 2x - 2");
        assertThat(new BuggyRule.SignNotDistributed().message(p, w).english()).contains("-2 × (-1) is +2");
    }

    @Test
    void aNegativeBracketWithRightSignsIsNoBuggyLine() throws Exception {
        Statement p = Parser.parse("-4(x - 2)");
        assertThat(BuggyRule.explaining(p, Parser.parse("-4x + 8"))).isEmpty();
        assertThat(BuggyRule.explaining(Parser.parse("4(x - 2)"), Parser.parse("4x + 8"))
                .map(BuggyRule::misconception)).isNotEqualTo(java.util.Optional.of(Misconception.SIGN_NOT_DISTRIBUTED));
    }

    @Test
    void anAmbiguousLineThatOnlyFollowsReadTheOtherWayIsNotMarkedWrong() throws Exception {
        LineCheck.Report r = StepChecker.check(Task.SIMPLIFY, "1/(2x) + 1/(2x)", List.of("2/2x"), List.of());
        assertThat(r.lines().get(0).status()).isEqualTo(LineCheck.Status.UNREADABLE);
        assertThat(r.lines().get(0).message()).contains("read two ways").contains("(2/2)");
    }

    @Test
    void aWorkingOfHugeLinesGetsAVerdictPerLineAndTheFirstIsNotValid() throws Exception {
        String huge = "a 1e4000 + b 1e4000 + c 1e4000 + d 1e4000 + f 1e4000 + g 1e4000 + h 1e4000 = 1";
        LineCheck.Report r = StepChecker.check(Task.SOLVE, "a + b + c + d + f + g + h = 1",
                Collections.nCopies(20, huge), List.of());
        assertThat(r.lines()).hasSize(20).allSatisfy(l -> assertThat(l.message()).isNotBlank());
        assertThat(r.lines().get(0).status()).isNotIn(LineCheck.Status.VALID, LineCheck.Status.ON_PATH);
    }
}
