package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.math.CaseTables;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * review8's hand-written adversarial set against the notations grade8 made the grader accept
 * ({@code cases/grade8-adversarial.csv}, same columns and rules as {@link MathHeldoutTest}): mostly wrong workings that
 * lean on those notations. Rows the code still grades otherwise are "# KNOWN FAILURE (reason): row" comments.
 */
class Grade8AdversarialTest {

    /** The first set (fixed against, so no longer held out) and the second, written after those fixes. */
    static final List<String> TABLES = List.of("grade8-adversarial.csv", "grade8-adversarial-2.csv");

    static List<Arguments> table() {
        return TABLES.stream().flatMap(t -> CaseTables.read(t).stream()).toList();
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3} → first error {4}, answer {6} {7}")
    @MethodSource("table")
    void gradesAdversarialWorkingAsATeacherWould(String id, String task, String start, String work, String firstError,
            String spec, String answer, String verdict) throws Exception {
        String[] f = {id, task, start, work, firstError, spec, answer, verdict};
        MathHeldoutTest.Result r = MathHeldoutTest.grade(f);
        assertThat(r.outcome()).as("%s: %s", id, r.why()).isEqualTo(MathHeldoutTest.Outcome.AS_A_TEACHER);
    }

    /**
     * Known failures that accept a wrong working: none (grade14: the side sums b006 and b007, 11 + 3 = 14; 14 ÷ 2 = 7, are
     * read as the steps they stand for). Any wrong working or answer accepted fails the figures test.
     */
    static final Set<String> KNOWN_WRONG_ACCEPTED = Set.of();

    @Test
    void printsTheFiguresWithTheKnownFailures() throws Exception {
        for (String t : TABLES) MathHeldoutTest.assertNoNewWrongAccepted(t, KNOWN_WRONG_ACCEPTED);
    }
}
