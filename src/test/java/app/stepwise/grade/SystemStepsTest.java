package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.lesson.Task;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Rational;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working on simultaneous equations: every line checked; a consequence of the system is valid, a false line is the first mistake. */
class SystemStepsTest {

    @ParameterizedTest(name = "{0}: {1} → first error {2}")
    @CsvSource(delimiter = '|', value = {
            // elimination and substitution, right all through
            "x + y = 5; x - y = 1 | 2x = 5 + 1 = 6; x = 6/2 = 3; 3 + y = 5; y = 2; x = 3, y = 2 | 0",
            "y = 2x + 1; x + y = 10 | x + (2x + 1) = 10; 3x + 1 = 10; x = 3; y = 7; x = 3, y = 7 | 0",
            "3x + 2y = 16; 2x + 3y = 19 | 9x + 6y = 48; 4x + 6y = 38; 5x = 10; x = 2; y = 5 | 0",
            // a consequence of the system by another route (a combination not in any reference) is valid
            "x + y = 5; x - y = 1 | 3x + y = 11; x = 3; y = 2 | 0",
            // a false line is the first mistake, wherever it is
            "x + y = 5; x - y = 1 | 2x = 4; x = 2; y = 3 | 1",
            "x + y = 5; x - y = 1 | 2x = 6; x = 3; 3 + y = 5; y = 3 | 4",
            "3x + 2y = 16; 2x + 3y = 19 | 9x + 6y = 48; 4x + 6y = 36; 5x = 12 | 2",
            "x + y = 5; x - y = 1 | 2x = 5 + 1 = 7; x = 3.5 | 1",
            // one true and one false equation on a line is a mistake; so is a value one part in 10^30 off
            "x + y = 5; x - y = 1 | x = 3, y = 3 | 1",
            "x + y = 5; x - y = 1 | x = 3 + 10^-30 | 1",
            // a letter that is no unknown of the system
            "x + y = 5; x - y = 1 | x = 3 + a - a b 10^-30 | 1",
            // three unknowns
            "x + y + z = 6; x - y = 0; x + z = 4 | x = y; 2y + z = 6; z = 4 - y; y = 2; z = 2 | 0",
            "x + y + z = 6; x - y = 0; x + z = 4 | x = y; 2y + z = 6; z = 6 - y; y = 2 | 3"})
    void checksEveryLineOfTheWorking(String system, String work, int firstError) throws Exception {
        List<String> lines = Arrays.stream(work.split(";")).map(String::strip).toList();
        LineCheck.Report r = SystemSteps.check(system, lines, List.of());
        assertThat(r.firstError().orElse(0)).as("%s: %s", work, r.lines()).isEqualTo(firstError);
        if (firstError == 0)
            assertThat(r.lines()).allSatisfy(l -> assertThat(l.status()).isIn(LineCheck.Status.VALID, LineCheck.Status.ON_PATH));
    }

    @Test
    void findsTheOneSolutionExactly() throws Exception {
        assertThat(SystemSteps.solution("3p + 2c = 7.7; p + 2c = 4.3"))
                .isEqualTo(Map.of("c", Rational.of(13, 10), "p", Rational.of(17, 10)));
    }

    @Test
    void refusesASystemWithoutExactlyOneSolution() {
        assertThatThrownBy(() -> SystemSteps.solution("x + y = 5; 2x + 2y = 10")).isInstanceOf(MathSyntaxException.class)
                .hasMessageContaining("do not have one solution");
        assertThatThrownBy(() -> SystemSteps.solution("x y = 5; x - y = 1")).isInstanceOf(MathSyntaxException.class)
                .hasMessageContaining("linear");
        assertThatThrownBy(() -> SystemSteps.solution("x + y = 5")).isInstanceOf(MathSyntaxException.class);
    }

    @Test
    void aLineAfterAMistakeThatFollowsFromItIsCarriedForward() throws Exception {
        LineCheck.Report r = SystemSteps.check("x + y = 5; x - y = 1", List.of("2x = 8", "x = 4"), List.of());
        assertThat(r.firstError()).contains(1);
        assertThat(r.lines().get(1).status()).isEqualTo(LineCheck.Status.VALID);
        assertThat(r.lines().get(1).message()).contains("carried forward");
    }

    @Test
    void alignsWithTheReferenceAndSaysWhetherTheLastLineAnswers() throws Exception {
        LineCheck.Report r = SystemSteps.check("x + y = 5; x - y = 1", List.of("2x = 6", "x = 3", "y = 2", "x = 3, y = 2"),
                List.of("2x = 6", "x = 3", "3 + y = 5", "y = 2", "x = 3, y = 2"));
        assertThat(r.lines().get(0).status()).isEqualTo(LineCheck.Status.ON_PATH);
        assertThat(r.finalAnswerCorrect()).contains(true);
        LineCheck.Report half = SystemSteps.check("x + y = 5; x - y = 1", List.of("2x = 6", "x = 3"), List.of());
        assertThat(half.finalAnswerCorrect()).contains(false);
    }

    @Test
    void packSystemProblemsAreCheckedThroughWorkChecker() throws Exception {
        assertThat(WorkChecker.Method.of(Task.SYSTEM)).isEqualTo(WorkChecker.Method.SYSTEM);
        LineCheck.Report r = WorkChecker.check(Task.SYSTEM, Optional.of("x + y = 5; x - y = 1"), List.of(), Optional.empty(),
                List.of("2x = 6", "x = 4"), List.of());
        assertThat(r.firstError()).contains(2);
    }
}
