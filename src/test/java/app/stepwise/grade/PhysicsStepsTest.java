package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.math.CaseTables;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PhysicsStepsTest {

    static List<Arguments> table() {
        return CaseTables.read("physics-steps.csv");
    }

    static PhysicsSteps.Situation situation(String givens, String unknown, String answer) throws Exception {
        List<Map.Entry<String, String>> g = Arrays.stream(givens.split(";")).map(String::strip)
                .map(s -> Map.entry(s.substring(0, s.indexOf('=')).strip(), s.substring(s.indexOf('=') + 1).strip())).toList();
        return PhysicsSteps.Situation.of(g, Optional.of(unknown), Optional.of(answer));
    }

    static List<String> split(String s) {
        return Arrays.stream(s.split(";")).map(String::strip).toList();
    }

    @ParameterizedTest(name = "{4} → first error {5} ({6})")
    @MethodSource("table")
    void locatesTheFirstErrorInPhysicsWorking(String givens, String unknown, String answer, String reference, String work,
            String firstError, String misconception)
            throws Exception {
        LineCheck.Report r = PhysicsSteps.check(situation(givens, unknown, answer), split(work), split(reference));
        int want = Integer.parseInt(firstError);
        assertThat(r.firstError().orElse(0)).as("first error of %s: %s", work, r.lines()).isEqualTo(want);
        if (want > 0 && !misconception.equals("-")) {
            assertThat(r.lines().get(want - 1).misconception()).as(work).map(Misconception::label).contains(misconception);
        }
        if (want == 0) assertThat(r.finalAnswerCorrect()).as(work).contains(true);
    }

    @Test
    void alignsLinesWithTheReferenceAndNamesTheNextStep() throws Exception {
        var s = situation("m=2 kg; F=6 N", "a", "3 m/s^2");
        LineCheck.Report r = PhysicsSteps.check(s, List.of("a = F/m"), List.of("a = F/m", "a = 6/2", "a = 3"));
        assertThat(r.lines().get(0).status()).isEqualTo(LineCheck.Status.ON_PATH);
        assertThat(r.lines().get(0).reference()).contains(1);
        assertThat(r.nextReference()).contains(2);
    }

    @Test
    void aResultWithoutItsUnitIsRightButAsksForTheUnit() throws Exception {
        var s = situation("m=2 kg; F=6 N", "a", "3 m/s^2");
        LineCheck.Report r = PhysicsSteps.check(s, List.of("a = 3"), List.of());
        assertThat(r.firstError()).isEmpty();
        assertThat(r.lines().get(0).message()).contains("unit");
    }

    @Test
    void aSymbolThatIsNotInTheProblemIsNamed() throws Exception {
        var s = situation("m=2 kg; F=6 N", "a", "3 m/s^2");
        LineCheck.Report r = PhysicsSteps.check(s, List.of("a = F/q"), List.of());
        assertThat(r.lines().get(0).status()).isEqualTo(LineCheck.Status.INVALID);
        assertThat(r.lines().get(0).message()).contains("\"q\"");
    }
}
