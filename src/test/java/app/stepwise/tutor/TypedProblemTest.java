package app.stepwise.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each problem a student types in is its own problem: work in progress is kept per problem id. */
class TypedProblemTest {

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
