package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.grade.LineCheck.Status;
import app.stepwise.lesson.Task;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The five bugs grade13 was asked to fix first, each as the teacher would see it: ± lines as solution sets, quantities
 * named in words, a law written before the numbers, a system's answer over two lines, and an unreadable line that is no
 * mistake in the mathematics. The table {@code grade/student-lines-13.tsv} holds them among many other workings.
 */
class Grade13FixesTest {

    /** The checker's report on a solve task's working (shared with {@link Grade13bFixesTest}). */
    static LineCheck.Report solve(String start, String... lines) throws Exception {
        return StepChecker.check(Task.SOLVE, start, List.of(lines), List.of());
    }

    private static List<Status> statuses(LineCheck.Report r) {
        return r.lines().stream().map(LineCheck::status).toList();
    }

    @Test
    void plusOrMinusLinesAreReadAsTheSolutionSetTheyState() throws Exception {
        for (String[] work : List.of(new String[]{"x + 3 = ±√7", "x = -3 ± √7"},
                new String[]{"x + 3 = +-sqrt(7)", "x = -3 +- sqrt(7)"},
                new String[]{"x + 3 = √7 or x + 3 = -√7", "x = -3 + √7 or x = -3 - √7"})) {
            LineCheck.Report r = solve("(x+3)^2 = 7", work);
            assertThat(r.firstError()).as(String.join(" / ", work)).isEmpty();
            assertThat(r.finalAnswerCorrect()).contains(true);
        }
        assertThat(solve("x^2 = 9", "x = ±3").firstError()).isEmpty();
        assertThat(solve("x^2 = 9", "x = 3 or x = -3").firstError()).isEmpty();
    }

    @Test
    void wrongPlusOrMinusLinesStayWrongAndADroppedRootIsNamed() throws Exception {
        LineCheck.Report shifted = solve("(x+3)^2 = 7", "x + 3 = ±√7", "x = 3 ± √7");
        assertThat(shifted.firstError()).contains(2);
        assertThat(shifted.finalAnswerCorrect()).contains(false);
        LineCheck.Report dropped = solve("(x+3)^2 = 7", "x + 3 = √7", "x = -3 + √7");
        assertThat(dropped.firstError()).contains(1);
        assertThat(dropped.lines().get(0).misconception()).contains(Misconception.DROPPED_ROOT);
        // one of two surd roots is no answer (before grade13 the last line was taken as the answer: every value it
        // gives solves the equation)
        assertThat(dropped.finalAnswerCorrect()).contains(false);
        assertThat(solve("x^2 - 2 = 0", "x = √2").finalAnswerCorrect()).contains(false);
    }

    /** (x + h)² = k with k not a square: the ± lines are right, a sign slip and a lost root are not. */
    @Property(tries = 120)
    void plusOrMinusLinesFollowExactlyWhenTheyAreTheRoots(@ForAll @IntRange(min = -6, max = 6) int h,
            @ForAll @IntRange(min = 2, max = 40) int k) throws Exception {
        Assume.that(Math.round(Math.sqrt(k)) * Math.round(Math.sqrt(k)) != k && h != 0);
        String start = "(x + " + h + ")^2 = " + k;
        String centre = Integer.toString(-h);
        assertThat(solve(start, "x + " + h + " = ±√" + k, "x = " + centre + " ± √" + k).firstError()).isEmpty();
        assertThat(solve(start, "x = " + centre + " +- sqrt(" + k + ")").finalAnswerCorrect()).contains(true);
        assertThat(solve(start, "x = " + h + " ± √" + k).firstError()).contains(1);
        assertThat(solve(start, "x = " + centre + " ± √" + (k + 1)).firstError()).contains(1);
        LineCheck.Report lost = solve(start, "x = " + centre + " + √" + k);
        assertThat(lost.firstError()).contains(1);
        assertThat(lost.finalAnswerCorrect()).contains(false);
    }

    /** (x - p)(x - q) = 0: both roots one to a line are the answer; a wrong second root, or one root alone, is not. */
    @Property(tries = 80)
    void solutionsOneToALineAreRightOnlyTogether(@ForAll @IntRange(min = -9, max = 9) int p,
            @ForAll @IntRange(min = -9, max = 9) int q) throws Exception {
        Assume.that(p != q);
        String start = "(x - (" + p + "))(x - (" + q + ")) = 0";
        LineCheck.Report both = solve(start, "x = " + p, "x = " + q);
        assertThat(both.firstError()).as("x = %d ; x = %d", p, q).isEmpty();
        assertThat(both.finalAnswerCorrect()).contains(true);
        LineCheck.Report off = solve(start, "x = " + p, "x = " + (q + 1));
        assertThat(off.finalAnswerCorrect()).contains(false);
        assertThat(off.lines().get(1).status()).isEqualTo(q + 1 == p ? Status.VALID : Status.INVALID);
        assertThat(solve(start, "x = " + p).firstError()).contains(1);
    }

    /** ax + b = c: a comment after the math never hides the value; the line is right exactly when the value is. */
    @Property(tries = 80)
    void aCommentAfterTheMathNeverHidesAWrongValue(@ForAll @IntRange(min = 2, max = 9) int a,
            @ForAll @IntRange(min = -9, max = 9) int x, @ForAll @IntRange(min = -3, max = 3) int slip) throws Exception {
        String start = a + "x + 5 = " + (a * x + 5);
        LineCheck.Report r = solve(start, a + "x = " + (a * x) + " (subtract 5)", "x = " + (x + slip) + " (divide by " + a + ")");
        assertThat(r.firstError().isEmpty()).as("x = %d for %d", x + slip, x).isEqualTo(slip == 0);
        assertThat(r.finalAnswerCorrect()).contains(slip == 0);
    }

    @Test
    void aLineThatCannotBeReadIsNoMistakeCarriedForward() throws Exception {
        LineCheck.Report r = solve("2x + 3 = 11", "2x = 8", "x = 4$$", "x = 4");
        assertThat(statuses(r)).containsExactly(Status.VALID, Status.UNREADABLE, Status.VALID);
        assertThat(r.lines().get(2).said().key()).isNotIn("line.carriedForward", "line.carriedForwardEarlier");
        assertThat(r.firstError()).contains(2); // still the first line the student is pointed at
        // a real mistake still carries forward
        assertThat(solve("2x + 3 = 11", "2x = 14", "x = 7").lines().get(1).said().key()).isEqualTo("line.carriedForward");
        // and a wrong line after an unreadable one is still wrong
        assertThat(solve("2x + 3 = 11", "2x = 8", "x = 4$$", "x = 5").lines().get(2).status()).isEqualTo(Status.INVALID);
    }

    @Test
    void aLineBackOnTrackAfterAMistakeIsRightAndCarriesNothingForward() throws Exception {
        LineCheck.Report r = solve("2x + 3 = 11", "2x = 14", "2x = 8", "x = 4");
        assertThat(statuses(r)).containsExactly(Status.INVALID, Status.VALID, Status.VALID);
        assertThat(r.lines().get(2).said().key()).isNotIn("line.carriedForward", "line.carriedForwardEarlier");
        assertThat(r.firstError()).contains(1);
        assertThat(r.finalAnswerCorrect()).contains(true);
        // a line that follows from neither the mistake nor the last right line is still wrong
        assertThat(solve("2x + 3 = 11", "2x = 14", "2x = 9").lines().get(1).status()).isEqualTo(Status.INVALID);
    }

    @Test
    void aSystemsAnswerOverItsLastTwoLinesIsTheAnswer() throws Exception {
        assertThat(SystemSteps.check("x + y = 4; x - y = 2", List.of("2x = 6", "x = 3", "y = 1"), List.of())
                .finalAnswerCorrect()).contains(true);
        assertThat(SystemSteps.check("x + y = 4; x - y = 2", List.of("2x = 6", "x = 3", "y = 2"), List.of())
                .finalAnswerCorrect()).contains(false);
        assertThat(SystemSteps.check("x + y = 4; x - y = 2", List.of("2x = 6", "x = 3"), List.of()).finalAnswerCorrect())
                .contains(false);
    }

    private static LineCheck.Report physics(Map<String, String> givens, String unknown, String answer, String... lines)
            throws Exception {
        return PhysicsSteps.check(PhysicsSteps.Situation.of(List.copyOf(givens.entrySet()), Optional.of(unknown),
                Optional.of(answer)), List.of(lines), List.of());
    }

    @Test
    void aQuantityNamedInWordsIsReadAsThatQuantity() throws Exception {
        Map<String, String> uvt = Map.of("u", "4 m/s", "v", "12 m/s", "t", "5 s");
        LineCheck.Report right = physics(uvt, "s", "40 m", "average velocity = (4 + 12)/2 = 8 m/s", "s = 8 × 5 = 40 m");
        assertThat(right.firstError()).isEmpty();
        assertThat(physics(uvt, "s", "40 m", "average velocity = 12/2 = 6 m/s").firstError()).contains(1);
        Map<String, String> dt = Map.of("d", "40 m", "t", "5 s");
        LineCheck.Report words = physics(dt, "v", "8 m/s", "speed = distance/time", "speed = 40/5 = 8 m/s");
        assertThat(words.firstError()).isEmpty();
        assertThat(words.finalAnswerCorrect()).contains(true);
        assertThat(physics(dt, "v", "8 m/s", "speed = time/distance").firstError()).contains(1);
    }

    @Test
    void aLawWrittenBeforeTheNumbersIsAValidStep() throws Exception {
        Map<String, String> brake = Map.of("u", "20 m/s", "s", "50 m");
        LineCheck.Report r = physics(brake, "a", "-4 m/s^2", "v^2 = u^2 + 2as", "0 = 20^2 + 2 × a × 50", "a = -4 m/s^2");
        assertThat(r.firstError()).isEmpty();
        assertThat(r.lines().get(0).said().key()).isEqualTo("line.formula");
        // the law rearranged is the law; the law written wrong is wrong
        assertThat(physics(brake, "a", "-4 m/s^2", "u^2 = v^2 - 2as").firstError()).isEmpty();
        assertThat(physics(brake, "a", "-4 m/s^2", "v^2 = u^2 + as").firstError()).contains(1);
        assertThat(physics(brake, "a", "-4 m/s^2", "v = u^2 + 2as").firstError()).contains(1);
        // where nothing accelerates, the law of constant acceleration is no formula of the problem
        assertThat(physics(Map.of("d", "40 m", "t", "5 s"), "v", "8 m/s", "v^2 = u^2 + 2as").firstError()).contains(1);
    }
}
