package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.AnswerSpec.Tolerance;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * grade19's fixes: a rounded decimal of a numeric answer with no tolerance (ADR 0020), working that stops before the
 * answer, m s^-1 written ms^-1 in the answer box. The rows are in {@code src/test/resources/grade/answers-box-19.tsv} (run by
 * AnswerBoxTableTest with every answer-box table) and {@code student-lines-grade19.tsv} (run by StudentLinesTableTest with
 * every student-lines table).
 */
class Grade19FixesTest {

    /**
     * p/q whose decimal never ends, as a numeric answer with no tolerance and as a set's answer: the value rounded half
     * up to k places (two significant figures or more) is right; one off in the last place, or cut off instead of
     * rounded, is wrong; a rounding rounded again (0.455 = 0.46 for 5/11) is never graded above the honest rounding.
     */
    @Property(tries = 200)
    void aRoundedDecimalOfAnEndlessExactAnswerIsRightOnlyWhereItIsTheExactValueRoundedOnce(
            @ForAll @IntRange(min = 1, max = 300) int p, @ForAll @IntRange(min = 3, max = 97) int q,
            @ForAll @IntRange(min = 1, max = 4) int places, @ForAll boolean negative) {
        int rest = q / java.math.BigInteger.valueOf(p).gcd(java.math.BigInteger.valueOf(q)).intValue();
        while (rest % 2 == 0) rest /= 2;
        while (rest % 5 == 0) rest /= 5;
        if (rest == 1 || p % q == 0) return; // the decimal ends (or is whole): written in full, not this rule
        String exact = (negative ? "-" : "") + p + "/" + q;
        BigDecimal value = new BigDecimal(p).divide(new BigDecimal(q), 30, RoundingMode.HALF_UP);
        if (negative) value = value.negate();
        BigDecimal toPlaces = value.setScale(places, RoundingMode.HALF_UP);
        if (toPlaces.signum() == 0 || toPlaces.abs().precision() < 2) return; // one figure is no rounding the grader takes
        // to the figures it shows too: -9/91 to two places is -0.10, which shows two figures, and -0.099 is those (grade25)
        BigDecimal once = value.round(new java.math.MathContext(toPlaces.precision(), RoundingMode.HALF_UP));
        if (once.compareTo(toPlaces) != 0)
            assertThat(AnswerChecker.check(new AnswerSpec.Numeric(exact, Tolerance.EXACT, Optional.empty(), Optional.empty()),
                    toPlaces.toPlainString()).correct()).as("%s ← %s", exact, toPlaces).isFalse();
        places = once.scale();
        AnswerSpec numeric = new AnswerSpec.Numeric(exact, Tolerance.EXACT, Optional.empty(), Optional.empty());
        AnswerSpec set = new AnswerSpec.SolutionSet("x = " + exact);
        Grade right = AnswerChecker.check(numeric, once.toPlainString());
        assertThat(right.correct()).as("%s ← %s: %s", exact, once, right.message()).isTrue();
        assertThat(right.said().in(java.util.Locale.forLanguageTag("es"))).startsWith("Correcto: " + once.toPlainString());
        assertThat(AnswerChecker.check(set, "x = " + once.toPlainString()).correct()).as("set %s ← %s", exact, once).isTrue();
        BigDecimal step = BigDecimal.ONE.movePointLeft(places);
        for (BigDecimal off : List.of(once.add(step), once.subtract(step), value.setScale(places, RoundingMode.DOWN),
                value.setScale(places, RoundingMode.UP), once.negate())) {
            if (off.compareTo(once) == 0) continue;
            Grade g = AnswerChecker.check(numeric, off.toPlainString());
            assertThat(g.correct() || g.partial()).as("%s ← %s: %s", exact, off, g.message()).isFalse();
        }
        BigDecimal more = value.setScale(places + 1, RoundingMode.HALF_UP);
        BigDecimal twice = more.setScale(places, RoundingMode.HALF_UP);
        if (twice.compareTo(once) != 0 && !negative) {
            Grade g = AnswerChecker.check(numeric, more.toPlainString() + " = " + twice.toPlainString());
            assertThat(g.correct()).as("%s ← %s = %s", exact, more, twice).isFalse();
            assertThat(AnswerChecker.check(numeric, twice.toPlainString()).correct()).isFalse();
        }
    }

    /**
     * ax + b = c worked to ax = c - b: every line right, and the last says the working is not finished (in English and
     * Spanish); the same working carried on to x = its value, with or without a check after it, is never told so.
     */
    @Property(tries = 60)
    void workingThatStopsBeforeTheAnswerIsToldSoAndFinishedWorkingNever(@ForAll @IntRange(min = 2, max = 9) int a,
            @ForAll @IntRange(min = -9, max = 9) int b, @ForAll @IntRange(min = -9, max = 9) int x) throws Exception {
        String problem = a + "x + " + b + " = " + (a * x + b);
        String stop = a + "x = " + (a * x);
        for (List<String> lines : List.of(List.of(stop), List.of(a + "x = " + (a * x + b) + " - " + b, stop))) {
            LineCheck.Report r = StudentLinesTableTest.check(app.stepwise.lesson.Task.SOLVE, problem, lines);
            assertThat(r.lines()).as("%s | %s", problem, lines).allMatch(l -> l.status() == LineCheck.Status.VALID
                    || l.status() == LineCheck.Status.ON_PATH);
            LineCheck last = r.lines().getLast();
            assertThat(last.message()).as("%s | %s", problem, lines).contains("not finished");
            assertThat(last.said().in(java.util.Locale.forLanguageTag("es"))).contains("no has terminado");
        }
        for (List<String> lines : List.of(List.of(stop, "x = " + x), List.of("x = " + x),
                List.of(stop, "x = " + x, "check: " + a + "(" + x + ") + " + b + " = " + (a * x + b)))) {
            LineCheck.Report r = StudentLinesTableTest.check(app.stepwise.lesson.Task.SOLVE, problem, lines);
            assertThat(r.finalAnswerCorrect()).as("%s | %s", problem, lines).contains(true);
            assertThat(r.lines()).as("%s | %s", problem, lines).noneMatch(l -> l.message().contains("not finished"));
        }
    }

    /**
     * Numbers multiplied straight after a name, with no formula written: W = F × d as 10 × 3 or 3 × 10, KE = ½ m v² worked
     * out as it went in (2 × 9, 0.5 × 4 × 9, 4 × 9 / 2), p = m v are never made wrong; a product of other numbers that
     * comes out at the work done (15 × 2 for F = 10 N, d = 3 m) is the line's mistake and never the right answer.
     */
    @Property(tries = 60)
    void numbersWithNoFormulaMustBeTheLettersValuesAndRightWorkingIsNeverMadeWrong(
            @ForAll @IntRange(min = 2, max = 20) int force, @ForAll @IntRange(min = 2, max = 9) int distance,
            @ForAll @IntRange(min = 1, max = 5) int half, @ForAll @IntRange(min = 2, max = 9) int speed,
            @ForAll @IntRange(min = 2, max = 9) int other) throws Exception {
        int work = force * distance;
        String wProblem = "F=" + force + " N, d=" + distance + " m -> W = " + work + " J";
        int mass = 2 * half, ke = half * speed * speed;
        String kProblem = "m=" + mass + " kg, v=" + speed + " m/s -> E = " + ke + " J";
        String pProblem = "m=" + mass + " kg, v=" + speed + " m/s -> p = " + mass * speed + " kg m/s";
        List<List<String>> right = List.of(List.of(wProblem, "W = " + force + " × " + distance + " = " + work + " J"),
                List.of(wProblem, "W = " + distance + " x " + force + " = " + work + " J"),
                List.of(wProblem, "W = " + work + " J"),
                List.of(kProblem, "KE = " + half + " × " + speed * speed + " = " + ke + " J"),
                List.of(kProblem, "KE = 0.5 × " + mass + " × " + speed * speed + " = " + ke + " J"),
                List.of(kProblem, "KE = " + mass + " × " + speed * speed + " / 2 = " + ke + " J"),
                List.of(kProblem, "KE = 0.5 × " + mass + " × " + speed + "^2 = " + ke + " J"),
                List.of(pProblem, "p = " + mass + " × " + speed + " = " + mass * speed + " kg m/s"));
        for (List<String> row : right) {
            LineCheck.Report r = StudentLinesTableTest.check(app.stepwise.lesson.Task.PHYSICS, row.get(0), List.of(row.get(1)));
            assertThat(r.lines().get(0).status()).as("%s | %s → %s", row.get(0), row.get(1), r.lines().get(0).message())
                    .isIn(LineCheck.Status.VALID, LineCheck.Status.ON_PATH);
        }
        if (work % other != 0 || other == force || other == distance || work / other == 1) return;
        // halving one and doubling the other, or moving a power of ten, is a regrouping done in the head: right working,
        // which Grade20FixesTest checks (grade20: 6 × 10 for F = 12 N, d = 5 m was made wrong here)
        if (Grade20FixesTest.regroupsByTwoOrTen(force, distance, work / other, other)) return;
        String wrong = "W = " + work / other + " × " + other + " = " + work + " J";
        LineCheck.Report r = StudentLinesTableTest.check(app.stepwise.lesson.Task.PHYSICS, wProblem, List.of(wrong));
        assertThat(r.lines().get(0).status()).as("%s | %s → %s", wProblem, wrong, r.lines().get(0).message())
                .isEqualTo(LineCheck.Status.INVALID);
        assertThat(r.finalAnswerCorrect()).isNotEqualTo(Optional.of(true));
    }
}
