package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.Task;
import app.stepwise.math.Rational;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The session-6 changes widen what is accepted (a positive root, a consequence of a system) or narrow it (the
 * simplified form); each property says the widening never lets a wrong line or answer through.
 */
class NeverAcceptsWrongPropertiesTest {

    private static final AnswerSpec.Form SIMPLIFIED = AnswerSpec.Form.SIMPLIFIED;

    @Property(tries = 200)
    void theSimplifiedFormAcceptsOnlyTheCombinedPower(@ForAll @IntRange(min = 1, max = 30) int a,
            @ForAll @IntRange(min = 1, max = 30) int b, @ForAll @IntRange(min = 2, max = 12) int k) {
        AnswerSpec spec = new AnswerSpec.Expression(k + "x^" + (a + b), Optional.of(SIMPLIFIED));
        assertThat(AnswerChecker.check(spec, k + "x^" + (a + b)).correct()).isTrue();
        Grade unsimplified = AnswerChecker.check(spec, k + "x^" + a + " × x^" + b);
        assertThat(unsimplified.correct()).as("x^%d × x^%d", a, b).isFalse();
        assertThat(unsimplified.partial()).isTrue();
        assertThat(AnswerChecker.check(spec, k + "x^(" + a + " + " + b + ")").correct()).isFalse();
        assertThat(AnswerChecker.check(spec, k + "x^" + (a * b)).correct()).as("x^(ab)").isEqualTo(a * b == a + b);
        assertThat(AnswerChecker.check(spec, (k + 1) + "x^" + (a + b)).correct()).isFalse();
    }

    @Property(tries = 60)
    void onlyThePositiveRootOfTheRightRearrangementIsAccepted(@ForAll @IntRange(min = 1, max = 9) int k) throws Exception {
        LineCheck.Report r = StepChecker.check(Task.SOLVE, "E = 1/2 m v^2", List.of("v^2 = 2E/m", "v = sqrt(" + k + "E/m)"),
                List.of());
        assertThat(r.firstError()).as("v = sqrt(%dE/m)", k).isEqualTo(k == 2 ? Optional.empty() : Optional.of(2));
        LineCheck.Report negative = StepChecker.check(Task.SOLVE, "E = 1/2 m v^2",
                List.of("v^2 = 2E/m", "v = -sqrt(" + k + "E/m)"), List.of());
        assertThat(negative.firstError()).contains(2);
    }

    @Property(tries = 150)
    void aSystemLineIsValidExactlyWhenItFollowsFromTheEquations(@ForAll @IntRange(min = -9, max = 9) int x,
            @ForAll @IntRange(min = -9, max = 9) int y, @ForAll @IntRange(min = 1, max = 5) int a,
            @ForAll @IntRange(min = -5, max = 5) int b, @ForAll @IntRange(min = -5, max = 5) int c,
            @ForAll @IntRange(min = 1, max = 5) int d, @ForAll @IntRange(min = -4, max = 4) int p,
            @ForAll @IntRange(min = -4, max = 4) int q, @ForAll @IntRange(min = -3, max = 3) int slip) throws Exception {
        Assume.that(a * d - b * c != 0 && (p != 0 || q != 0));
        String system = a + "x + (" + b + ")y = " + (a * x + b * y) + "; " + c + "x + " + d + "y = " + (c * x + d * y);
        // p times the first equation plus q times the second: always a consequence
        String combined = (p * a + q * c) + "x + (" + (p * b + q * d) + ")y = " + (p * (a * x + b * y) + q * (c * x + d * y));
        LineCheck.Report right = SystemSteps.check(system, List.of(combined, "x = " + x, "y = " + y), List.of());
        assertThat(right.firstError()).as("%s | %s", system, combined).isEmpty();
        assertThat(right.finalAnswerCorrect()).contains(false); // y = … alone does not give x
        LineCheck.Report off = SystemSteps.check(system, List.of("x = " + (x + slip)), List.of());
        assertThat(off.firstError().isEmpty()).as("x = %d for x = %d", x + slip, x).isEqualTo(slip == 0);
        Map<String, Rational> solution = SystemSteps.solution(system);
        assertThat(solution.get("x")).isEqualTo(Rational.of(x));
        assertThat(solution.get("y")).isEqualTo(Rational.of(y));
    }
}
