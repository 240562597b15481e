package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.AnswerSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * grade17: a name written for one moment of a motion held to that moment's value, and the other leftovers of session 16.
 * The working's table is {@code grade/student-lines-17.tsv}, run by {@link StudentLinesTableTest} with every working table; the
 * answer box's is {@code grade/answers-box-17.tsv}, run by {@link AnswerBoxTableTest} with every answer-box table.
 */
class Grade17FixesTest {

    static List<Arguments> timesX() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                Grade17FixesTest.class.getResourceAsStream("/grade/times-x-17.tsv")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t", -1);
                out.add(Arguments.of(c[0], c[1]));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "\"{0}\" is read \"{1}\"")
    @MethodSource("timesX")
    void anXBeforeANumberIsATimesSignOneRuleForWorkingAnswerAndCheck(String typed, String read) {
        assertThat(PhysicsSteps.timesBeforeNumbers(typed).replaceAll("\\s+", " ").strip()).isEqualTo(read);
        // the same in a check after an answer: read as the rule reads it
        StudentWriting.ownCheck("x = 3 (" + typed + " = 12)").ifPresent(own -> assertThat(own.checks().get(0))
                .isEqualTo(PhysicsSteps.timesBeforeNumbers(typed + " = 12").strip()));
    }

    /**
     * Work-energy with a wrong KE_1 carried into W = KE_2 - KE_1 as numbers: the last line follows from the student's value
     * where it is worked out right with it, is a second mistake where it is not, and is never the right answer.
     */
    @Property(tries = 120)
    void aWrongValueCarriedForwardRightlyFollowsFromItAndIsNeverTheAnswer(@ForAll @IntRange(min = 1, max = 6) int m,
            @ForAll @IntRange(min = 1, max = 4) int u, @ForAll @IntRange(min = 1, max = 3) int dv,
            @ForAll @IntRange(min = -3, max = 3) int off, @ForAll @IntRange(min = -2, max = 2) int slip) throws Exception {
        BigDecimal ke1 = BigDecimal.valueOf(m * u * u).divide(BigDecimal.TWO), ke2 = BigDecimal.valueOf(
                m * (u + dv) * (u + dv)).divide(BigDecimal.TWO);
        BigDecimal wrong = ke1.add(BigDecimal.valueOf(off));
        // a wrong KE_1 equal to KE_2 makes "W = 4 - 4" ambiguous (which 4 is the wrong one?): not this property's case
        if (off == 0 || wrong.signum() <= 0 || wrong.compareTo(ke2) == 0) return;
        String result = ke2.subtract(wrong).add(BigDecimal.valueOf(slip)).stripTrailingZeros().toPlainString();
        String problem = "m=" + m + " kg, u=" + u + " m/s, v=" + (u + dv) + " m/s -> W = "
                + ke2.subtract(ke1).stripTrailingZeros().toPlainString() + " J";
        List<String> lines = List.of("KE_1 = " + wrong.stripTrailingZeros().toPlainString() + " J",
                "KE_2 = " + ke2.stripTrailingZeros().toPlainString() + " J", "W = " + ke2.stripTrailingZeros().toPlainString()
                        + " - " + wrong.stripTrailingZeros().toPlainString() + " = " + result + " J");
        LineCheck.Report r = StudentLinesTableTest.check(app.stepwise.lesson.Task.PHYSICS, problem, lines);
        assertThat(r.lines().get(0).status()).as("%s %s", problem, lines).isEqualTo(LineCheck.Status.INVALID);
        LineCheck last = r.lines().get(2);
        if (slip == 0)
            assertThat(last.status() == LineCheck.Status.VALID && last.message().contains("earlier value"))
                    .as("%s %s → %s", problem, lines, last.message()).isTrue();
        else
            assertThat(last.status()).as("%s %s → %s", problem, lines, last.message()).isEqualTo(LineCheck.Status.INVALID);
        assertThat(r.finalAnswerCorrect()).as("%s %s", problem, lines).isNotEqualTo(Optional.of(true));
    }

    static List<Arguments> simplified() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                Grade17FixesTest.class.getResourceAsStream("/grade/simplified-17.tsv")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t", -1);
                out.add(Arguments.of(c[0], c[1].equals("T")));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} simplified: {1}")
    @MethodSource("simplified")
    void simplifiedIsWhatATeacherCallsSimplified(String written, boolean simplified) throws Exception {
        java.util.Set<String> letters = new java.util.HashSet<>();
        written.codePoints().filter(Character::isLetter).forEach(c -> letters.add(Character.toString(c)));
        app.stepwise.math.Expr e = app.stepwise.math.Parser.parseExpression(written,
                app.stepwise.math.Parser.Context.of(letters));
        assertThat(app.stepwise.math.Forms.isSimplified(e)).as(written).isEqualTo(simplified);
    }

    /**
     * p/q rounded to k + 1 places, then that rounded to k: right where it is p/q rounded to k places (and p/q's decimal
     * never ends, or was written in full: ADR 0020); otherwise partly right and the value rounded once named, never
     * right; the last value alone, if not p/q rounded, is wrong.
     */
    @Property(tries = 300)
    void aRoundingRoundedAgainIsRightOnlyWhereItIsTheExactValueRoundedOnce(@ForAll @IntRange(min = 1, max = 200) int p,
            @ForAll @IntRange(min = 2, max = 40) int q, @ForAll @IntRange(min = 1, max = 3) int k) {
        BigDecimal exact = new BigDecimal(p).divide(new BigDecimal(q), 30, RoundingMode.HALF_UP);
        BigDecimal from = exact.setScale(k + 1, RoundingMode.HALF_UP);
        BigDecimal to = from.setScale(k, RoundingMode.HALF_UP);
        BigDecimal once = exact.setScale(k, RoundingMode.HALF_UP);
        AnswerSpec spec = new AnswerSpec.SolutionSet("x = " + p + "/" + q);
        String chain = "x = " + p + "/" + q + " = " + from.toPlainString() + " = " + to.toPlainString();
        Grade g = AnswerChecker.check(spec, chain);
        // no rounding to judge; or one significant figure, which the grader never takes as a rounding (x ≈ 0.3 for 1/3)
        if (exact.compareTo(to) == 0 || from.stripTrailingZeros().scale() <= k || to.precision() < 2) return;
        // a value whose decimal ends (9/8 = 1.125) is written in full before it is rounded (ADR 0020, taken into sets by
        // grade20): x = 9/8 = 1.13 = 1.1 never writes 1.125, so it is wrong and says so
        boolean inFull = !app.stepwise.math.Rational.of(p, q).isTerminatingDecimal() || from.compareTo(exact) == 0;
        if (to.compareTo(once) == 0 && inFull) {
            assertThat(g.correct()).as("%s → %s", chain, g).isTrue();
        } else if (to.compareTo(once) == 0) {
            assertThat(g.correct() || g.partial()).as("%s → %s", chain, g).isFalse();
            assertThat(g.message()).as("%s → %s", chain, g).contains("written in full");
        } else {
            assertThat(g.correct()).as("%s → %s", chain, g).isFalse();
            assertThat(g.partial() && g.message().contains(once.toPlainString())).as("%s → %s", chain, g).isTrue();
            Grade alone = AnswerChecker.check(spec, "x = " + to.toPlainString());
            assertThat(alone.correct() || alone.partial()).as("x = %s → %s", to, alone).isFalse();
        }
    }
}
