package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.math.CaseTables;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A small hand-written set of physics working ({@code cases/physics-heldout-grade8.csv}) written after grade8's physics
 * changes and before it was run: whether they hold on problems they were not made on, and let nothing wrong through.
 * Rows graded otherwise are comments "# KNOWN FAILURE (reason): row" and are not run.
 */
class PhysicsHeldoutGrade8Test {

    static List<Arguments> table() {
        return CaseTables.read("physics-heldout-grade8.csv");
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
        PhysicsHandwrittenTest.printFigures("held-out physics (grade8)", all);
        assertThat(all).hasSizeGreaterThan(30);
    }
}
