package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.Task;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * grade20's fixes in the answer box: a set's rounded answer follows ADR 0020 as a number's does (a value whose decimal
 * ends is written in full), and a percent for a fraction or decimal is rounded in the scale it is written in. The rows
 * are in {@code src/test/resources/grade/answers-box-20.tsv} (run by AnswerBoxTableTest with every answers-box table);
 * the working's are in {@code student-lines-grade20.tsv} (run by StudentLinesTableTest with every student-lines table).
 */
class Grade20FixesTest {

    /**
     * W = F d written as numbers regrouped in the head (grade20): F divided and d multiplied by the same power of two or of
     * ten, in either order, is right working with the right answer; any other pair of numbers whose product is F d and
     * which is no such regrouping (15 × 2 for 10 × 3) stays the line's mistake, as grade19 made it, and never the answer.
     */
    @Property(tries = 150)
    void aRegroupingByTwoOrTenIsRightWorkingAndOtherNumbersThatComeOutRightAreNot(
            @ForAll @IntRange(min = 2, max = 40) int force, @ForAll @IntRange(min = 1, max = 20) int distance,
            @ForAll @IntRange(min = 0, max = 4) int which, @ForAll @IntRange(min = 2, max = 30) int other) throws Exception {
        int k = new int[]{2, 4, 8, 10, 3}[which];
        int work = force * distance;
        String problem = "F=" + force + " N, d=" + distance + " m -> W = " + work + " J";
        if (force % k == 0 && force / k > 1) { // 1 × 4 for 2 × 2 moves a factor whole: not taken as a regrouping
            for (String line : List.of("W = " + force / k + " × " + distance * k + " = " + work + " J",
                    "W = " + distance * k + " × " + force / k + " = " + work + " J",
                    "W = F × d = " + force / k + " × " + distance * k + " = " + work + " J")) {
                LineCheck.Report r = StudentLinesTableTest.check(Task.PHYSICS, problem, List.of(line));
                assertThat(r.lines().get(0).status()).as("%s | %s → %s", problem, line, r.lines().get(0).message())
                        .isIn(LineCheck.Status.VALID, LineCheck.Status.ON_PATH);
                assertThat(r.finalAnswerCorrect()).as("%s | %s", problem, line).contains(true);
            }
        }
        if (work % other != 0 || other == force || other == distance || work / other == 1
                || regroupsByTwoOrTen(force, distance, work / other, other))
            return;
        String wrong = "W = " + work / other + " × " + other + " = " + work + " J";
        LineCheck.Report r = StudentLinesTableTest.check(Task.PHYSICS, problem, List.of(wrong));
        assertThat(r.lines().get(0).status()).as("%s | %s → %s", problem, wrong, r.lines().get(0).message())
                .isEqualTo(LineCheck.Status.INVALID);
        assertThat(r.finalAnswerCorrect()).isNotEqualTo(Optional.of(true));
    }

    /** Whether a × b is f × d (in some order) with one divided and the other multiplied by a power of 2 or of 10. */
    static boolean regroupsByTwoOrTen(int f, int d, int a, int b) {
        return twoOrTen((double) a / f) && twoOrTen((double) b / d) || twoOrTen((double) a / d) && twoOrTen((double) b / f);
    }

    /** A power of 2 or of 10, or (grade21: a 3 moved whole, 4 × 15 for 12 × 5) 3 or 1/3 times a power of 10. */
    private static boolean twoOrTen(double ratio) {
        for (int p = -8; p <= 8; p++)
            if (Math.abs(ratio - Math.pow(2, p)) < 1e-12 || Math.abs(ratio - Math.pow(10, p)) < 1e-12
                    || Math.abs(ratio - 3 * Math.pow(10, p)) < 1e-12 || Math.abs(ratio - Math.pow(10, p) / 3) < 1e-12)
                return true;
        return false;
    }
}
