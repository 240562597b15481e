package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.Task;
import app.stepwise.math.CaseTables;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StepCheckerTest {

    static List<Arguments> table() {
        return CaseTables.read("steps.csv");
    }

    @ParameterizedTest(name = "{0} {1}: {2} → first error {3} ({4})")
    @MethodSource("table")
    void locatesTheFirstErrorAndNamesTheMisconception(String task, String start, String work, String firstError,
            String misconception) throws Exception {
        List<String> lines = Arrays.stream(work.split(";")).map(String::strip).toList();
        LineCheck.Report r = StepChecker.check(Task.of(task).orElseThrow(), start, lines, List.of());
        int want = Integer.parseInt(firstError);
        assertThat(r.firstError().orElse(0)).as("first error of %s", work).isEqualTo(want);
        if (want > 0 && !misconception.equals("-")) {
            assertThat(r.lines().get(want - 1).misconception()).as(work).map(Misconception::label).contains(misconception);
        }
        if (want == 0) {
            assertThat(r.lines()).allSatisfy(
                    l -> assertThat(l.status()).isIn(LineCheck.Status.VALID, LineCheck.Status.ON_PATH, LineCheck.Status.NOTE));
        }
    }

    @Test
    void linesAfterASlipAreJudgedAgainstTheStudentsOwnLine() throws Exception {
        LineCheck.Report r = StepChecker.check(Task.SOLVE, "3x + 5 = 20", List.of("3x = 25", "x = 25/3"), List.of());
        assertThat(r.lines().get(0).status()).isEqualTo(LineCheck.Status.INVALID);
        assertThat(r.lines().get(1).status()).isEqualTo(LineCheck.Status.VALID);
        assertThat(r.finalAnswerCorrect()).contains(false);
    }

    @Test
    void aWrongFirstLineIsSaidNotToFollowFromTheProblemNotFromALineBeforeIt() throws Exception {
        // a newcomer's "Differentiate x^2 sin x" with 2x cos x on line 1 was told "does not follow from the line before it"
        LineCheck.Report first = StepChecker.check(Task.DIFFERENTIATE, "x^2 sin(x)", List.of("2x cos(x)"), List.of());
        assertThat(first.lines().get(0).status()).isEqualTo(LineCheck.Status.INVALID);
        assertThat(first.lines().get(0).message()).isEqualTo("This line does not follow from the problem.");
        LineCheck.Report second = StepChecker.check(Task.DIFFERENTIATE, "x^2 sin(x)",
                List.of("2x sin(x) + x^2 cos(x)", "2x cos(x)"), List.of());
        assertThat(second.lines().get(1).status()).isEqualTo(LineCheck.Status.INVALID);
        assertThat(second.lines().get(1).message()).isEqualTo("This line does not follow from the line before it.");
    }

    @Test
    void marksStepsOfTheReferenceAsOnPath() throws Exception {
        LineCheck.Report r = StepChecker.check(Task.SOLVE, "3x + 5 = 20", List.of("3x = 15", "x = 15/3", "x = 5"),
                List.of("3x = 15", "x = 5"));
        assertThat(r.lines()).extracting(LineCheck::status).containsExactly(LineCheck.Status.ON_PATH, LineCheck.Status.ON_PATH,
                LineCheck.Status.ON_PATH);
        assertThat(r.finalAnswerCorrect()).contains(true);
    }
}
