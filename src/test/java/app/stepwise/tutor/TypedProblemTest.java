package app.stepwise.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.grade.AnswerChecker;
import app.stepwise.lesson.Problem;
import org.junit.jupiter.api.Test;

/** Each problem a student types in is its own problem: work in progress is kept per problem id. */
class TypedProblemTest {

    /** A newcomer's "25%" for a percentage change was marked wrong: only a bare 25 passed. */
    @Test
    void aPercentageAskedForIsRightWithOrWithoutTheSign() {
        Problem p = TypedProblem.read("A jacket costs 40 dollars and is reduced to 30 dollars. What is the percentage change?")
                .pack().orElseThrow().problems().get(0);
        // read as the percentage decrease (25): with or without the sign, and as the proportion 0.25
        for (String right : new String[]{"25%", "25 %", "25", "0.25"})
            assertThat(AnswerChecker.check(p.answer(), right).correct()).as(right).isTrue();
        for (String wrong : new String[]{"20%", "0.25%", "75%"})
            assertThat(AnswerChecker.check(p.answer(), wrong).correct()).as(wrong).isFalse();
        Problem of = TypedProblem.read("Find 35% of 260.").pack().orElseThrow().problems().get(0);
        assertThat(AnswerChecker.check(of.answer(), "91").correct()).isTrue();
        assertThat(AnswerChecker.check(of.answer(), "91%").correct()).as("35 % of 260 is an amount, not a percentage").isFalse();
    }

    @Test
    void differentProblemsGetDifferentIdsAndTheSameProblemTheSameOne() {
        String force = TypedProblem.read("A 5 kg trolley accelerates at 2 m/s^2. What is the resultant force?").pack()
                .orElseThrow().problems().get(0).id();
        String equation = TypedProblem.read("Solve 3(x + 2) = 2x - 5").pack().orElseThrow().problems().get(0).id();
        String again = TypedProblem.read("  solve 3(x + 2)   =  2x - 5 ").pack().orElseThrow().problems().get(0).id();
        assertThat(force).startsWith("typed-").isNotEqualTo(equation);
        assertThat(again).isEqualTo(equation);
    }
}
