package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.math.CaseTables;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
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
        List<String> ref = reference.equals("-") ? List.of() : split(reference);
        LineCheck.Report r = PhysicsSteps.check(situation(givens, unknown, answer), split(work), ref);
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

    /** Found by session 9's newcomer run: the cyclist's speed worked in km and hours was "a unit conversion slip". */
    @Test
    void bareNumbersWorkedInTheAskedUnitAreRightAndAskForTheUnit() throws Exception {
        var s = situation("d=18 km; t=45 min", "v", "24 km/h");
        LineCheck.Report r = PhysicsSteps.check(s, List.of("v = d/t", "v = 18/0.75", "v = 24 km/h"), List.of());
        assertThat(r.firstError()).as(r.lines().toString()).isEmpty();
        assertThat(r.lines().get(1).message()).contains("km/h");
        assertThat(r.finalAnswerCorrect()).contains(true);
        // a wrong value stays wrong, in either unit; and where the question asks in SI the bare line is judged as it is
        assertThat(PhysicsSteps.check(s, List.of("v = d/t", "v = 18/0.45"), List.of()).firstError()).contains(2);
        assertThat(PhysicsSteps.check(s, List.of("v = d/t", "v = 18/45"), List.of()).firstError()).contains(2);
        var si = situation("d=18 km; t=45 min", "v", "6.67 m/s");
        assertThat(PhysicsSteps.check(si, List.of("v = d/t", "v = 18/0.75"), List.of()).firstError()).contains(2);
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

    static final String FRC21 = "m=10 kg; μ=0.3; F=60 N";
    static final List<String> FRC21_REFERENCE = List.of("N = m g", "N = 98", "f = μ N", "f = 29.4", "a = (F - f)/m",
            "a = (60 - 29.4)/10", "a = 3.06");

    @Test
    void aNewNameWithTheRightValueSaysWhichQuantityItWasTakenAs() throws Exception {
        var s = situation(FRC21, "a", "3.06 m/s^2");
        LineCheck.Report r = PhysicsSteps.check(s, List.of("W = m g = 98 N", "net force = 30.6 N"), FRC21_REFERENCE);
        assertThat(r.firstError()).isEmpty();
        assertThat(r.lines().get(0).message()).contains("W").contains("the weight");
        assertThat(r.lines().get(1).message()).contains("net force").contains("the net force");
    }

    @Test
    void aNewNameWithAWrongValueSaysWhichQuantityItIsNot() throws Exception {
        var s = situation(FRC21, "a", "3.06 m/s^2");
        LineCheck.Report r = PhysicsSteps.check(s, List.of("F_f = 0.3 × 60 = 18 N"), FRC21_REFERENCE);
        assertThat(r.firstError()).contains(1);
        assertThat(r.lines().get(0).message()).contains("F_f").contains("the friction force");
        assertThat(r.lines().get(0).misconception()).isEmpty(); // 0.3 × 60 is worked out right: no arithmetic slip
    }

    @Test
    void aFormulaWithAWronglyValuedNameIsJudgedWithTheNamesTrueValue() throws Exception {
        var s = situation(FRC21, "a", "3.06 m/s^2");
        LineCheck.Report r = PhysicsSteps.check(s, List.of("W = 90 N", "F_f = μ W"), FRC21_REFERENCE);
        assertThat(r.firstError()).contains(1);
        assertThat(r.lines().get(1).status()).isEqualTo(LineCheck.Status.VALID);
    }

    @Test
    void aRightLastLineAfterAnAskedAboutLineStatesTheAnswer() throws Exception {
        var s = situation("m=1200 kg; a=2.5 m/s^2", "F", "3000 N");
        LineCheck.Report r = PhysicsSteps.check(s, List.of("q = 5", "F = 1200 × 2.5 = 3000 N"), List.of());
        assertThat(r.lines().get(0).status()).isEqualTo(LineCheck.Status.UNREADABLE);
        assertThat(r.firstError()).contains(1);
        assertThat(r.lines().get(1).status()).isEqualTo(LineCheck.Status.VALID);
        assertThat(r.finalAnswerCorrect()).contains(true);
    }

    @Test
    void aRightLastLineInTheQuestionsUnitsAfterAnAskedAboutLineStatesTheAnswer() throws Exception {
        var s = situation("W=6000 J; t=5 s", "P", "1.2 kW");
        LineCheck.Report r = PhysicsSteps.check(s, List.of("q = 6", "P = 6/5 = 1.2 kW"), List.of());
        assertThat(r.firstError()).contains(1);
        assertThat(r.finalAnswerCorrect()).contains(true);
    }

    @Test
    void aRightLastLineAfterAWrongOneStatesTheAnswerAndAWrongOneDoesNot() throws Exception {
        var s = situation("m=1200 kg; a=2.5 m/s^2", "F", "3000 N");
        LineCheck.Report right = PhysicsSteps.check(s, List.of("F = 1200 × 2.5 = 300 N", "F = 3000 N"), List.of());
        assertThat(right.firstError()).contains(1);
        assertThat(right.finalAnswerCorrect()).contains(true);
        LineCheck.Report wrong = PhysicsSteps.check(s, List.of("q = 5", "F = 2900 N"), List.of());
        assertThat(wrong.finalAnswerCorrect()).contains(false);
    }

    @Test
    void linesAfterAWrongNewValueCarryItForwardToTheAnswer() throws Exception {
        var s = situation(FRC21, "a", "3.06 m/s^2");
        LineCheck.Report r = PhysicsSteps.check(s,
                List.of("weight = 98 N", "friction = 0.3 × 60 = 18 N", "net force = 60 - friction = 42 N",
                        "a = net force / m = 4.2 m/s^2"),
                FRC21_REFERENCE);
        assertThat(r.firstError()).contains(2);
        assertThat(r.lines().subList(2, 4)).allSatisfy(l -> assertThat(l.status()).isEqualTo(LineCheck.Status.VALID));
        assertThat(r.finalAnswerCorrect()).contains(false);
    }

    @Test
    void aNumberWrittenAgainstAUnitIsThatQuantityEvenWhereTheLettersAreGivens() throws Exception {
        var s = situation("m=2 kg; s=4 m; t=2 s", "v", "2 m/s");
        assertThat(PhysicsSteps.check(s, List.of("v = s/t = 2m/s"), List.of()).firstError()).isEmpty();
        // 4m/s is 4 m/s, wrong here, although 4·m/s = 2 numerically: kg per metre is no speed
        assertThat(PhysicsSteps.check(s, List.of("v = 4m/s"), List.of()).firstError()).contains(1);
    }

    @Test
    void aQuantityTheProblemCannotGiveIsNeitherRightNorWrong() throws Exception {
        var s = situation("m=5 kg; θ=30 °; μ=0.2", "a", "3.20 m/s^2");
        for (String line : List.of("N = 49 N", "N = 42.4 N")) {
            LineCheck l = PhysicsSteps.check(s, List.of(line), List.of()).lines().get(0);
            assertThat(l.status()).as(line).isEqualTo(LineCheck.Status.UNREADABLE);
            assertThat(l.message()).contains("cannot check").contains("the normal force");
        }
    }

    @Test
    void aGivenUnderANewNameIsAskedAbout() throws Exception {
        var s = situation(FRC21, "a", "3.06 m/s^2");
        LineCheck l = PhysicsSteps.check(s, List.of("Q = 60 N"), FRC21_REFERENCE).lines().get(0);
        assertThat(l.status()).isEqualTo(LineCheck.Status.UNREADABLE);
        assertThat(l.message()).contains("Q").contains("F");
    }

    /** Written results from 102.0 to 105.0 N after "f = 0.8 × 130 =", where 0.8 × 130 is 104 and f is truly 103.488 N. */
    static IntStream tenthsOfANewton() {
        return IntStream.rangeClosed(1020, 1050);
    }

    /**
     * rev16, around fix15's tolerance: a result is right where it agrees, within half a percent, with both the product
     * written (104) and the true value; or where it is the true value rounded to its own figures (103.0). A product
     * written false but near the value (0.8 × 130 = 103.2) is a slip.
     */
    @ParameterizedTest(name = "f = 0.8 × 130 = {0}/10 N")
    @MethodSource("tenthsOfANewton")
    void aResultAfterARoundedNumberIsRightOnlyWhereItRoundsTheProductOrTheValue(int tenths) throws Exception {
        double w = tenths / 10.0;
        String written = String.format(java.util.Locale.ROOT, "%.1f", w);
        var s = situation("m=13.2 kg; μ=0.8", "f", "103.49 N");
        List<String> work = List.of("N = m g = 13.2 × 9.8 = 129.4 N", "f = 0.8 × 130 = " + written + " N");
        LineCheck.Report r = PhysicsSteps.check(s, work, List.of("N = m g", "N = 129.36", "f = μ N", "f = 103.49"));
        // grade17: 103.0 is written to four figures (103.488 is 103.5 so), no longer read as 103 (three): not right
        // grade22: within both half-percents, only a rounding is right: the product 104 or the true value 103.488 to the
        // place written (103.7 is neither: a wrong last digit)
        boolean rounding = written.equals(String.format(java.util.Locale.ROOT, "%.1f", 104.0))
                || written.equals(String.format(java.util.Locale.ROOT, "%.1f", 103.488));
        boolean right = withinHalfAPercent(w, 104) && withinHalfAPercent(w, 103.488) && rounding;
        assertThat(r.firstError().isEmpty()).as("%s: %s", written, r.lines()).isEqualTo(right);
    }

    private static boolean withinHalfAPercent(double written, double exact) {
        return Math.abs(written - exact) <= 0.005 * Math.max(written, exact);
    }
}
