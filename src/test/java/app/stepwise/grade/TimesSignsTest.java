package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.Problem;
import app.stepwise.lesson.Task;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * ui18: an x typed between numbers is read one way by the checker and the preview beside the working. The working's
 * table is {@code grade/student-lines-ui18.tsv}, run by {@link StudentLinesTableTest} with every working table.
 */
class TimesSignsTest {

    /** Where the problem has no letter x, "a x b" is judged exactly as "a × b" is: right when right, wrong when wrong. */
    @Property(tries = 60)
    void aSpacedXBetweenNumbersIsJudgedAsATimesSign(@ForAll @IntRange(min = 2, max = 40) int a,
            @ForAll @IntRange(min = 2, max = 40) int b, @ForAll @IntRange(min = -3, max = 3) int off) throws Exception {
        String start = a + " * " + b;
        List<String> typed = List.of(a + " x " + b + " = " + (a * b + off));
        List<String> times = List.of(a + " × " + b + " = " + (a * b + off));
        LineCheck.Report asX = StepChecker.check(Task.EVALUATE, start, typed, List.of());
        LineCheck.Report asTimes = StepChecker.check(Task.EVALUATE, start, times, List.of());
        assertThat(asX.lines().get(0).status()).isEqualTo(asTimes.lines().get(0).status());
        assertThat(asX.finalAnswerCorrect()).isEqualTo(asTimes.finalAnswerCorrect()).contains(off == 0);
    }

    @Test
    void inAProblemWithTheLetterXAnXBetweenNumbersStaysTheLetter() {
        Problem solve = problem(Task.SOLVE, "2x + 3 = 4 x 5", List.of());
        assertThat(TimesSigns.asRead(solve, List::of, List.of("2x + 3 = 4 x 5"))).containsExactly("2x + 3 = 4 x 5");
        Problem evaluate = problem(Task.EVALUATE, "920 * 0.002", List.of());
        assertThat(TimesSigns.asRead(evaluate, List::of, List.of("920 x 0.002", "(-7) x (-8)", "2x + 1")))
                .containsExactly("920 × 0.002", "(-7) × (-8)", "2x + 1");
    }

    @Test
    void inPhysicsAnXIsTheLetterOnlyWhereItNamesAQuantity() {
        Problem density = problem(Task.PHYSICS, "m", List.of(new Problem.Given("rho", "920 kg/m^3", "density")));
        assertThat(TimesSigns.asRead(density, List::of, List.of("m = 920 x 0.0005", "m = rho x V")))
                .containsExactly("m = 920 × 0.0005", "m = rho × V");
        Problem spring = problem(Task.PHYSICS, "F", List.of(new Problem.Given("x", "0.05 m", "extension")));
        assertThat(TimesSigns.asRead(spring, List::of, List.of("F = 20 x x", "F = 20 x 0.05")))
                .containsExactly("F = 20 x x", "F = 20 × 0.05");
        // the reference, or a line of the student's own, can name x too
        Problem energy = problem(Task.PHYSICS, "E", List.of(new Problem.Given("k", "40 N/m", "spring constant")));
        assertThat(TimesSigns.asRead(energy, () -> List.of("x = F/k"), List.of("E = 20 x x"))).containsExactly("E = 20 x x");
        assertThat(TimesSigns.asRead(energy, List::of, List.of("E = 20 x k", "x = 0.1 m", "E = 20 x x")))
                .containsExactly("E = 20 × k", "x = 0.1 m", "E = 20 x x");
    }

    private static Problem problem(Task task, String start, List<Problem.Given> givens) {
        return new Problem("p", "A problem.", List.of(), 1, new AnswerSpec.Numeric("1", AnswerSpec.Tolerance.EXACT,
                Optional.empty(), Optional.empty()), Optional.of(new Problem.Work(task, start)), givens, List.of(),
                List.of(), Optional.empty(), Optional.empty());
    }
}
