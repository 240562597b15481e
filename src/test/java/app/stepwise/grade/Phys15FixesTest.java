package app.stepwise.grade;

import static app.stepwise.grade.Grade13FixesTest.solve;
import static app.stepwise.grade.Grade14FixesTest.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.Task;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * phys15: a deceleration's size worked out under the acceleration's name, x as a times sign between numbers where the
 * problem has an x, standard form after a division sign, side sums with a slip or the wrong operation, and a final
 * verdict on a derivative's working.
 */
class Phys15FixesTest {

    /** "u=20 m/s, v=8 m/s" as givens; the lines separated by ";". */
    private static LineCheck.Report physics(String givens, String unknown, String answer, String work) throws Exception {
        List<Map.Entry<String, String>> g = new java.util.ArrayList<>();
        for (String part : givens.split(",")) {
            String[] kv = part.split("=", 2);
            g.add(Map.entry(kv[0].strip(), kv[1].strip()));
        }
        return PhysicsSteps.check(PhysicsSteps.Situation.of(g, Optional.of(unknown), Optional.of(answer)),
                List.of(work.split(";")), List.of());
    }

    private static LineCheck.Report differentiate(String f, String work) throws Exception {
        return StepChecker.check(Task.DIFFERENTIATE, f, List.of(work.split(";")), List.of());
    }

    @ParameterizedTest(name = "{0} -> {1}: {3} → {4} {5}")
    @CsvSource(delimiter = '|', textBlock = """
            u=20 m/s, v=8 m/s, t=3 s | deceleration | 4 m/s^2 | a = (20 - 8)/3 = 4 m/s^2                 | V | true
            u=20 m/s, v=8 m/s, t=3 s | deceleration | 4 m/s^2 | a = (u - v)/t = (20 - 8)/3 = 4 m/s^2     | V | true
            u=20 m/s, v=8 m/s, t=3 s | deceleration | 4 m/s^2 | a = 12/3 = 4 m/s^2                       | V | true
            u=20 m/s, v=0 m/s, s=50 m | deceleration | 4 m/s^2 | a = u^2/(2s) = 400/100 = 4 m/s^2        | V | true
            u=20 m/s, v=8 m/s, t=3 s | deceleration | 4 m/s^2 | a = (8 - 20)/3 = -4 m/s^2 ; deceleration = 4 m/s^2 | VV | true
            u=20 m/s, v=8 m/s, t=3 s | deceleration | 4 m/s^2 | a = (8 - 20)/3 = 4 m/s^2                 | X | -
            u=20 m/s, v=8 m/s, t=3 s | deceleration | 4 m/s^2 | a = (v - u)/t = 4 m/s^2                  | X | -
            u=20 m/s, v=8 m/s, t=3 s | deceleration | 4 m/s^2 | a = (u - v)/t = (8 - 20)/3 = 4 m/s^2     | X | -
            u=20 m/s, v=8 m/s, t=3 s | deceleration | 4 m/s^2 | a = (20 + 8)/3 = 9.33 m/s^2              | X | -
            u=20 m/s, v=8 m/s, t=3 s | deceleration | 4 m/s^2 | a = 4 m/s^2                              | X | -
            u=8 m/s, v=20 m/s, t=3 s | a            | 4 m/s^2 | a = (8 - 20)/3 = 4 m/s^2                 | X | -
            u=8 m/s, v=20 m/s, t=3 s | a            | 4 m/s^2 | a = (20 - 8)/3 = 4 m/s^2                 | V | true
            u=25 m/s, v=10 m/s, t=5 s | deceleration | 3 m/s^2 | a = 15/5 ; a = 3 m/s^2                 | VV | true
            u=25 m/s, v=10 m/s, t=5 s | deceleration | 3 m/s^2 | a = (10 - 25)/5 = -3 m/s^2              | V | false
            u=25 m/s, v=10 m/s, t=5 s | deceleration | 3 m/s^2 | a = (25 - 10) x 5 = 75 m/s^2            | X | false
            u=25 m/s, v=10 m/s, t=5 s | deceleration | 3 m/s^2 | a = -3 m/s^2 ; a = 3 m/s^2              | VX | false
            """)
    void theDecelerationsSizeWorkedOutUnderTheAccelerationsNameIsRight(String givens, String unknown, String answer,
            String work, String verdicts, String last) throws Exception {
        LineCheck.Report r = physics(givens, unknown, answer, work);
        assertThat(statuses(r)).as(work).isEqualTo(verdicts);
        assertFinal(r, work, last);
    }

    /** "true" or "false": the final verdict; "-": anything but a right final answer. */
    private static void assertFinal(LineCheck.Report r, String work, String last) {
        if (last.equals("-")) assertThat(r.finalAnswerCorrect()).as(work).isNotEqualTo(Optional.of(true));
        else
            assertThat(r.finalAnswerCorrect()).as(work).contains(Boolean.parseBoolean(last));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            λ = c/f = 3 × 10^8 / 6 × 10^14 = 5 × 10^-7 m   | V | true
            λ = 3 x 10^8 / 6 x 10^14 = 5 x 10^-7 m         | V | true
            λ = 3x10^8 / 6x10^14 = 5x10^-7 m               | V | true
            λ = 3 × 10^8 / 6 × 10^(14) = 5 × 10^(-7) m     | V | true
            λ = 6 × 10^14 / 3 × 10^8 = 2 × 10^6 m          | X | false
            λ = 3 × 10^8 / 6 × 10^14 = 5 × 10^21 m         | X | false
            """)
    void aNumberInStandardFormAfterADivisionSignIsOneNumber(String work, String verdicts, String last) throws Exception {
        LineCheck.Report r = physics("c=3 × 10^8 m/s, f=6 × 10^14 Hz", "λ", "5 × 10^-7 m", work);
        assertThat(statuses(r)).as(work).isEqualTo(verdicts);
        assertFinal(r, work, last);
    }

    /** Of (u - v)/t and (v - u)/t, only the size asked is right under a, and only its right sum. */
    @Property(tries = 60)
    void underTheAccelerationsNameOnlyTheSizeAskedIsRight(@ForAll @IntRange(min = 2, max = 30) int v,
            @ForAll @IntRange(min = 1, max = 30) int more, @ForAll @IntRange(min = 1, max = 6) int t) throws Exception {
        int u = v + more * t; // slows down: the size is a whole number
        String givens = "u=" + u + " m/s, v=" + v + " m/s, t=" + t + " s";
        String size = more + " m/s^2";
        assertThat(physics(givens, "deceleration", size, "a = (" + u + " - " + v + ")/" + t + " = " + more + " m/s^2")
                .finalAnswerCorrect()).contains(true);
        assertThat(physics(givens, "deceleration", size, "a = (" + v + " - " + u + ")/" + t + " = " + more + " m/s^2")
                .firstError()).contains(1);
        Assume.that((u + v) % t != 0 || (u + v) / t != more);
        assertThat(physics(givens, "deceleration", size, "a = (" + u + " + " + v + ")/" + t + " = " + more + " m/s^2")
                .firstError()).contains(1);
    }

    @ParameterizedTest(name = "{0}: {3} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            k=50 N/m, x=0.2 m  | F | 10 N   | F = k x = 50 x 0.2 = 10 N            | V   | true
            k=50 N/m, x=0.2 m  | F | 10 N   | F = kx ; F = 50 x 0.2 ; F = 10 N     | VVV | true
            k=50 N/m, x=0.2 m  | F | 10 N   | F = 50x0.2 = 10 N                    | V   | true
            k=50 N/m, x=20 cm  | F | 10 N   | x = 20 cm = 0.2 m ; F = kx = 50 x 0.2 = 10 N | VV | true
            k=100 N/m, x=0.1 m | E | 0.5 J  | E = ½kx² = 0.5 x 100 x 0.1² = 0.5 J  | V   | true
            k=50 N/m, x=0.2 m  | F | 10 N   | F = 50x                              | V   | -
            k=50 N/m, x=0.2 m  | F | 10 N   | F = 50 x 0.2 = 100 N                 | X   | -
            k=50 N/m, x=0.2 m  | F | 10 N   | F = k x x = 50 x 0.2 x 0.2 = 2 N     | X   | -
            k=50 N/m, x=20 cm  | F | 10 N   | F = 50 x 20 = 1000 N                 | X   | -
            F=6 N, k=200 N/m   | x | 0.03 m | x = 6 x 200 = 1200 m                 | X   | -
            F=6 N, k=200 N/m   | x | 0.03 m | x = 6/200 = 0.03 m                   | V   | true
            """)
    void xBetweenNumbersIsTimesWhereTheProblemHasAnX(String givens, String unknown, String answer, String work,
            String verdicts, String last) throws Exception {
        LineCheck.Report r = physics(givens, unknown, answer, work);
        assertThat(statuses(r)).as(work).isEqualTo(verdicts);
        assertFinal(r, work, last);
    }

    /** k x written with numbers and x as the times sign is right exactly when the product is the force. */
    @Property(tries = 60)
    void hookesLawWithXAsTimesIsRightExactlyWhenTheProductIs(@ForAll @IntRange(min = 10, max = 500) int k,
            @ForAll @IntRange(min = 1, max = 9) int tenths, @ForAll @IntRange(min = -3, max = 3) int off) throws Exception {
        double x = tenths / 10.0;
        double force = k * tenths / 10.0;
        String givens = "k=" + k + " N/m, x=" + x + " m";
        // off by a tenth of the force or more: far outside rounding
        String written = java.math.BigDecimal.valueOf(force * (1 + off / 10.0)).setScale(3, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        LineCheck.Report r = physics(givens, "F", force + " N", "F = k x = " + k + " x " + x + " = " + written + " N");
        if (off == 0) assertThat(r.firstError()).as(written).isEmpty();
        else
            assertThat(r.firstError()).as(written).contains(1);
        assertThat(r.finalAnswerCorrect()).as(written).contains(off == 0);
    }

    @ParameterizedTest(name = "{0} | {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2x + 3 = 11 | 11 - 3 = 7; 7/2 = 3.5; x = 3.5 | XVV | false
            2x + 3 = 11 | 11 - 3 = 8; 8/2 = 5; x = 5     | VXV | false
            2x + 3 = 11 | 11 - 3 = 8; 8 - 2 = 6; x = 6   | VXV | false
            2x + 3 = 11 | 11 - 3 = 8; 8/2 = 4; x = 4     | VVV | true
            5x - 4 = 21 | 21 + 4 = 26; 26/5 = 5.2        | XV  | false
            3x = 18     | 18/3 = 5; x = 5                | XV  | false
            3x = 18     | 18 - 3 = 15; x = 15            | XV  | false
            x/4 = 3     | 3 + 4 = 7; x = 7               | XV  | false
            x/4 = 3     | 3 × 4 = 12; x = 12             | VV  | true
            7x + 2 = 30 | 30 - 2 = 28; 28 ÷ 7 = 3; x = 3 | VXV | false
            7x + 2 = 30 | 30 + 2 = 32; 32 ÷ 7 = 4.57     | XV  | false
            3x = 10     | 10/3 = 3.33; x = 3.33          | VV  | true
            3x = 10     | 10/3 = 3.3333; x = 3.3333      | VV  | true
            3x = 10     | 10/3 = 3.34; x = 3.34          | XV  | false
            """)
    void aSideSumWithASlipOrTheWrongOperationIsTheFirstMistake(String start, String work, String verdicts,
            boolean answer) throws Exception {
        LineCheck.Report r = solve(start, work.split(";"));
        assertThat(statuses(r)).as(work).isEqualTo(verdicts);
        assertThat(r.finalAnswerCorrect()).as(work).contains(answer);
    }

    @org.junit.jupiter.api.Test
    void aFalseSumThatHappensToGiveTheRightValueIsASlipAndNoAnswer() throws Exception {
        // 8 - 2 = 4 under 2x = 8: the wrong operation and a false sum; x = 4 is right, but this line never says so
        LineCheck.Report r = solve("2x = 8", "8 - 2 = 4");
        assertThat(statuses(r)).isEqualTo("X");
        assertThat(r.finalAnswerCorrect()).isNotEqualTo(Optional.of(true));
        assertThat(solve("2x + 3 = 11", "11 - 3 = 8", "8 - 4 = 4").finalAnswerCorrect()).isNotEqualTo(Optional.of(true));
        // 4 - 2 = 2 under 2x = 4, 2 + 2 = 4 under x/2 = 2: true sums of the wrong operation, right only by chance: no
        // step is read into them, so they are never marked right
        for (String[] work : List.of(new String[]{"2x = 4", "4 - 2 = 2"}, new String[]{"x/2 = 2", "2 + 2 = 4"})) {
            LineCheck.Report chance = solve(work[0], work[1]);
            assertThat(statuses(chance)).as(work[1]).isEqualTo("N");
            assertThat(chance.finalAnswerCorrect()).as(work[1]).isNotEqualTo(Optional.of(true));
        }
    }

    /** A slip in the first side sum is the first mistake, and the answer worked from it is carried forward, not right. */
    @Property(tries = 80)
    void aSlipInASideSumIsTheFirstErrorAndTheRestIsCarriedForward(@ForAll @IntRange(min = 2, max = 9) int a,
            @ForAll @IntRange(min = 1, max = 12) int b, @ForAll @IntRange(min = -5, max = 15) int x,
            @ForAll @IntRange(min = -3, max = 3) int slip) throws Exception {
        Assume.that(slip != 0);
        int c = a * x + b;
        String start = a + "x + " + b + " = " + c;
        int wrong = c - b + slip;
        LineCheck.Report r = solve(start, c + " - " + b + " = " + wrong, wrong + " ÷ " + a + " = "
                + app.stepwise.math.Rational.of(wrong, a));
        assertThat(r.firstError()).as(start).contains(1);
        assertThat(r.lines().get(0).misconception()).contains(Misconception.ARITHMETIC_SLIP);
        assertThat(statuses(r)).as(start).isEqualTo("XV");
        assertThat(r.finalAnswerCorrect()).as(start).contains(false);
    }

    @ParameterizedTest(name = "d/dx {0}: {1} → {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            3x^2 + 5x       | 6x + 5                          | V  | true
            3x^2 + 5x       | dy/dx = 6x + 5                  | V  | true
            3x^2 + 5x       | y = 3x^2 + 5x; dy/dx = 6x + 5   | VV | true
            x^3 - 6x        | f'(x) = 3x^2 - 6                | V  | true
            2x^5            | y' = 10x^4                      | V  | true
            8x^2 - 3x + 1   | d/dx(8x^2 - 3x + 1) = 16x - 3   | V  | true
            4/x             | 4x^-1; -4x^-2                   | VV | true
            (2x + 1)^2      | 4x^2 + 4x + 1; 8x + 4           | VV | true
            3x^2 + 5x       | 6x + 5x                         | X  | false
            x^4             | 4x^5                            | X  | false
            1/x^2           | x^-2; -2x^-1                    | VX | false
            7x              | 7x                              | V  | false
            3x^2 + 5x       | y = 3x^2 + 5x                   | V  | false
            x^6 - 2x^3      | 6x^5 - 6x^2 = 6x^2(x^3 - 1)     | V  | true
            x^3 - 3x        | dy/dx = 3x^2 - 3 = 3(x^2 - 1)   | V  | true
            x^3 - 3x        | dy/dx = 3x^2 - 3 = 3(x^2 + 1)   | X  | false
            """)
    void theLastLineOfADerivativesWorkingGetsAVerdict(String f, String work, String verdicts, boolean answer)
            throws Exception {
        LineCheck.Report r = differentiate(f, work);
        assertThat(statuses(r)).as(work).isEqualTo(verdicts);
        assertThat(r.finalAnswerCorrect()).as(work).contains(answer);
    }

    /** a x^n + b x: the power rule's result is the answer; the exponent kept, or the x kept on b, is not. */
    @Property(tries = 60)
    void aDerivativeIsTheAnswerExactlyWhenItIsFPrime(@ForAll @IntRange(min = 1, max = 9) int a,
            @ForAll @IntRange(min = 2, max = 6) int n, @ForAll @IntRange(min = 1, max = 9) int b) throws Exception {
        String f = a + "x^" + n + " + " + b + "x";
        assertThat(differentiate(f, (a * n) + "x^" + (n - 1) + " + " + b).finalAnswerCorrect()).as(f).contains(true);
        assertThat(differentiate(f, (a * n) + "x^" + n + " + " + b).finalAnswerCorrect()).as(f).contains(false);
        assertThat(differentiate(f, (a * n) + "x^" + (n - 1) + " + " + b + "x").finalAnswerCorrect()).as(f)
                .contains(false);
    }
}
