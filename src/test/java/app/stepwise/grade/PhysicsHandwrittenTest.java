package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.math.CaseTables;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Physics working written by hand in students' styles ({@code cases/physics-handwritten.csv}): own names for the
 * intermediate quantities, words as names, units typed against the number. The outside measurement of the physics
 * checker: each working's first error must be found exactly, and a right working must end on the right answer.
 */
class PhysicsHandwrittenTest {

    /** Written before the change to {@link PhysicsSteps} (the "before" and "after" figures) and after it (held out). */
    static final List<String> TABLES = List.of("physics-handwritten.csv", "physics-handwritten-after.csv");

    static List<Arguments> table() {
        return TABLES.stream().flatMap(t -> CaseTables.read(t).stream()).toList();
    }

    static LineCheck.Report check(Object[] f) throws Exception {
        var s = PhysicsStepsTest.situation((String) f[0], (String) f[1], (String) f[2]);
        List<String> reference = f[3].equals("-") ? List.of() : PhysicsStepsTest.split((String) f[3]);
        return PhysicsSteps.check(s, PhysicsStepsTest.split((String) f[4]), reference);
    }

    /** One row of a physics table (givens … misconception) is graded as the table writes it. */
    static void assertGradedAsWritten(Object... f) throws Exception {
        LineCheck.Report r = check(f);
        assertThat(gradedAsWritten(f, r)).as("%s: %s", f[4], r.lines()).isTrue();
    }

    static boolean gradedAsWritten(Object[] f, LineCheck.Report r) {
        int want = Integer.parseInt((String) f[5]);
        return r.firstError().orElse(0) == want && (want != 0 || r.finalAnswerCorrect().orElse(false));
    }

    @ParameterizedTest(name = "{4} → first error {5}")
    @MethodSource("table")
    void findsTheFirstErrorOfHandwrittenWorking(String givens, String unknown, String answer, String reference,
            String work, String firstError, String misconception) throws Exception {
        assertGradedAsWritten(givens, unknown, answer, reference, work, firstError, misconception);
    }

    @Test
    void printsHowManyAreGradedAsWritten() throws Exception {
        for (String t : TABLES) {
            int right = 0;
            List<Arguments> all = CaseTables.read(t);
            for (Arguments a : all) {
                LineCheck.Report r = check(a.get());
                if (gradedAsWritten(a.get(), r)) right++;
                else
                    System.out.println("handwritten physics, graded otherwise: " + a.get()[4] + " → " + r.firstError());
            }
            System.out.printf("handwritten physics (%s): %d of %d workings graded as written%n", t, right, all.size());
            assertThat(right).isPositive();
        }
    }

    /**
     * Prints how many rows of a hand-written table are graded as written and how many wrong workings are accepted
     * (no error found, or found only after the teacher's line), with each row graded otherwise.
     */
    static void printFigures(String set, List<Arguments> rows) throws Exception {
        int right = 0, wrongAccepted = 0;
        for (Arguments a : rows) {
            Object[] f = a.get();
            LineCheck.Report r = check(f);
            if (gradedAsWritten(f, r)) {
                right++;
                continue;
            }
            int want = Integer.parseInt((String) f[5]);
            boolean accepted = want > 0 && r.firstError().map(e -> e > want).orElse(true);
            if (accepted) wrongAccepted++;
            System.out.printf("%s, graded otherwise%s: %s → %s%n", set, accepted ? " (WRONG ACCEPTED)" : "", f[4],
                    r.firstError());
        }
        System.out.printf("%s: %d of %d graded as written; %d wrong accepted%n", set, right, rows.size(), wrongAccepted);
    }
}
