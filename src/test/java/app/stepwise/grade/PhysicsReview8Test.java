package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.math.CaseTables;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A small hand-written set of physics working ({@code cases/physics-review8.csv}) written after grade8's physics
 * changes and before it was run: whether they hold on problems they were not made on, and let nothing wrong through.
 * Rows graded otherwise are comments "# KNOWN FAILURE (reason): row" and are not run.
 */
class PhysicsReview8Test {

    static List<Arguments> table() {
        return java.util.stream.Stream.of("physics-review8.csv", "physics-review8-2.csv")
                .flatMap(t -> CaseTables.read(t).stream()).toList();
    }

    @ParameterizedTest(name = "{4} → first error {5}")
    @MethodSource("table")
    void gradesPhysicsWorkingAsATeacherWould(String givens, String unknown, String answer, String reference, String work,
            String firstError, String misconception) throws Exception {
        PhysicsHandwrittenTest.assertGradedAsWritten(givens, unknown, answer, reference, work, firstError, misconception);
    }

    @Test
    void printsHowManyAreGradedAsWritten() throws Exception {
        List<Arguments> all = table();
        PhysicsHandwrittenTest.printFigures("adversarial physics (review8)", all);
        assertThat(all).hasSizeGreaterThanOrEqualTo(30);
    }
}
