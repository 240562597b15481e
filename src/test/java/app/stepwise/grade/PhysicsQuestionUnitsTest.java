package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.math.CaseTables;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Working in the units a question asks for ({@code cases/physics-question-units.csv}): for "18 km in 45 minutes, her
 * speed in km/h?", {@code t = 0.75} (hours) is right and {@code t = 45} or {@code t = 0.45} is not; the same across
 * minutes, hours, grams, kJ, kW, cm and mA asked.
 */
class PhysicsQuestionUnitsTest {

    /** Written with the change, and after it (held out: run once, verdicts not changed). */
    static final List<String> TABLES = List.of("physics-question-units.csv", "physics-question-units-heldout.csv",
            "physics-question-units-heldout-2.csv");

    static List<Arguments> table() {
        return TABLES.stream().flatMap(t -> CaseTables.read(t).stream()).toList();
    }

    @Test
    void printsHowManyAreGradedAsWritten() throws Exception {
        for (String t : TABLES) PhysicsHandwrittenTest.printFigures("question units (" + t + ")", CaseTables.read(t));
        assertThat(CaseTables.read("physics-question-units-heldout.csv")).hasSizeGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "{2} asked: {4} → first error {5}")
    @MethodSource("table")
    void gradesWorkingInTheQuestionsUnitsAsATeacherWould(String givens, String unknown, String answer, String reference,
            String work, String firstError, String misconception) throws Exception {
        PhysicsHandwrittenTest.assertGradedAsWritten(givens, unknown, answer, reference, work, firstError, misconception);
        if (!misconception.equals("-")) {
            LineCheck.Report r = PhysicsHandwrittenTest.check(new Object[]{givens, unknown, answer, reference, work});
            LineCheck wrong = r.lines().get(Integer.parseInt(firstError) - 1);
            assertThat(wrong.misconception().map(Misconception::label)).as("%s", wrong).hasValue(misconception);
        }
    }

    @Test
    void aBareNumberInTheQuestionsUnitsBesideAQuantityInSiIsAMixedLineAndSaysSo() throws Exception {
        var s = PhysicsStepsTest.situation("W=6000 J; t=5 s", "P", "1.2 kW");
        LineCheck.Report r = PhysicsSteps.check(s, List.of("P = 6/5 = 1200 W"), List.of());
        assertThat(r.firstError()).contains(1);
        assertThat(r.lines().get(0).said().key()).isEqualTo("line.mixedUnits");
        assertThat(r.lines().get(0).message()).contains("6/5 is 1.2").contains("1200 W");
        assertThat(PhysicsSteps.check(s, List.of("P = 6000/5 = 1200 W = 1.2 kW"), List.of()).firstError()).isEmpty();
    }
}
