package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.AnswerSpec;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * grade18's fixes: a wrong number substituted into a formula, a false or huge check after the answer, a rounding
 * rounded again across lines. The rows are in {@code src/test/resources/grade/answers-box-18.tsv} (run by
 * {@link AnswerBoxTableTest}) and {@code student-lines-18.tsv} (run by {@link StudentLinesTableTest}).
 */
class Grade18FixesTest {

    /**
     * A tower of powers in the student's check ({@code 2^3^4^5 = 7}) gets a grade within the time budget, and is never
     * passed over as true where its value is surely not the other side: only a check that is true or cannot be decided
     * leaves a right answer right, and then the message says which.
     */
    @Property(tries = 60)
    void aCheckOfHugePowersIsJudgedInTimeAndNeverTakenAsTrueWhenItIsNot(@ForAll @IntRange(min = 2, max = 9) int a,
            @ForAll @IntRange(min = 2, max = 9) int b, @ForAll @IntRange(min = 3, max = 9) int c,
            @ForAll @IntRange(min = 2, max = 9) int d, @ForAll @IntRange(min = -20, max = 20) int other) {
        String tower = a + "^" + b + "^" + c + "^" + d;
        for (String check : List.of(tower + " = " + other, other + " = " + tower, tower + " - 2 = " + other,
                tower + " = " + tower)) {
            // the work it costs, in this thread's CPU time (the budget is wall time; a loaded machine stretches that)
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu = threads.getCurrentThreadCpuTime(), started = System.nanoTime();
            Grade g = AnswerChecker.check(new AnswerSpec.SolutionSet("x = 3"), "x = 3, check: " + check);
            assertThat((threads.getCurrentThreadCpuTime() - cpu) / 1e9).as(check).isLessThan(3.0);
            assertThat((System.nanoTime() - started) / 1e9).as("%s, no hang", check).isLessThan(30.0);
            assertThat(g.message()).isNotBlank();
            boolean same = check.equals(tower + " = " + tower);
            if (!same) assertThat(g.partial()).as("%s → %s", check, g).isTrue();
            else
                assertThat(g.correct()).as("%s → %s", check, g).isTrue();
        }
    }

    /**
     * W = F × d written as the formula and then in numbers: right where the numbers are F and d in either order; where
     * a number is not its letter's value the line is wrong, even when the product happens to be the work done.
     */
    @Property(tries = 60)
    void aNumberPutInForALetterMustBeThatLettersValue(@ForAll @IntRange(min = 2, max = 20) int force,
            @ForAll @IntRange(min = 2, max = 9) int distance, @ForAll @IntRange(min = 2, max = 9) int other) throws Exception {
        String problem = "F=" + force + " N, d=" + distance + " m -> W = " + force * distance + " J";
        for (String numbers : List.of(force + " × " + distance, distance + " × " + force)) {
            LineCheck.Report r = StudentLinesTableTest.check(app.stepwise.lesson.Task.PHYSICS, problem,
                    List.of("W = F × d = " + numbers + " = " + force * distance + " J"));
            assertThat(r.lines().get(0).status()).as("%s | %s", problem, numbers).isIn(LineCheck.Status.VALID,
                    LineCheck.Status.ON_PATH);
        }
        if (other == distance || other == force || force * distance % other != 0) return;
        // the product kept, the numbers not F and d: 15 × 2 for F = 10 N, d = 3 m
        String wrong = force * distance / other + " × " + other;
        if (force * distance / other == force) return;
        // F halved and d doubled (or a power of two or ten moved) is a regrouping done in the head: right working, which
        // Grade20FixesTest checks (grade20)
        if (Grade20FixesTest.regroupsByTwoOrTen(force, distance, force * distance / other, other)) return;
        LineCheck.Report r = StudentLinesTableTest.check(app.stepwise.lesson.Task.PHYSICS, problem,
                List.of("W = F × d = " + wrong + " = " + force * distance + " J"));
        assertThat(r.lines().get(0).status()).as("%s | %s → %s", problem, wrong, r.lines().get(0).message())
                .isEqualTo(LineCheck.Status.INVALID);
        assertThat(r.finalAnswerCorrect()).isNotEqualTo(java.util.Optional.of(true));
    }
}
