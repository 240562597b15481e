package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.Task;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * One number, one verdict (ADR 0024, grade25): a current written as a decimal, in the answer box and as the working's
 * last line, gets the same verdict, at any size (0.00952 A to 95.2 A, so that roundings reach 0.010, 0.10, 1.0, 10.0 and
 * 100.0) and to 2–4 significant figures, rounded right, off by one in its last figure, or rounded to a place fewer
 * (which reaches a power of ten: 1.0 for 0.952, wrong in both, as grade25 found it right in the box). Whole numbers are left out:
 * grade25 found them judged apart (its report). Replay a seed with {@code -Djqwik.seed=N}.
 */
@AddLifecycleHook(SeedFromSystemProperty.class)
class Grade25OneVerdictPropertiesTest {

    @Property(tries = 120)
    void aDecimalCurrentGetsOneVerdictInTheBoxAndInTheWorking(@ForAll @IntRange(min = 2, max = 240) int volts,
            @ForAll @IntRange(min = 3, max = 97) int ohms, @ForAll @IntRange(min = -2, max = 2) int power,
            @ForAll @IntRange(min = 2, max = 4) int figures, @ForAll @IntRange(min = -1, max = 2) int off) throws Exception {
        oneVerdict(volts, new BigDecimal(ohms).scaleByPowerOfTen(-power), figures, off);
    }

    /** Currents just under a power of ten (950–999 V over 10 Ω to 10 kΩ: 0.0950 A to 99.9 A), where roundings reach it. */
    @Property(tries = 100)
    void aCurrentJustUnderAPowerOfTenGetsOneVerdict(@ForAll @IntRange(min = 950, max = 999) int volts,
            @ForAll @IntRange(min = 1, max = 4) int power, @ForAll @IntRange(min = 2, max = 4) int figures,
            @ForAll @IntRange(min = -1, max = 2) int off) throws Exception {
        oneVerdict(volts, BigDecimal.TEN.pow(power), figures, off);
    }

    private static void oneVerdict(int volts, BigDecimal r, int figures, int off) throws Exception {
        BigDecimal value = new BigDecimal(volts).divide(r, 30, RoundingMode.HALF_UP);
        BigDecimal right = value.round(new MathContext(figures, RoundingMode.HALF_UP));
        // off 2: the value to one place fewer, which may reach a power of ten (0.952 to 1.0) where its figures do not
        BigDecimal written = off == 2
                ? value.setScale(right.scale() - 1, RoundingMode.HALF_UP)
                : right.add(right.ulp().multiply(BigDecimal.valueOf(off)));
        if (written.scale() <= 0 || written.signum() <= 0) return; // a whole number: left out (see above)
        // near a rounding boundary the pack's value, written to 8 figures, cannot tell one last figure from the next
        BigDecimal fromBoundary = value.subtract(value.setScale(right.scale(), RoundingMode.DOWN))
                .subtract(right.ulp().divide(BigDecimal.TWO)).abs();
        if (fromBoundary.compareTo(right.ulp().movePointLeft(4)) < 0) return;
        String expected = value.round(new MathContext(8)).toPlainString();
        AnswerSpec.Quantity spec = new AnswerSpec.Quantity(expected + " A", Optional.empty(), Optional.empty(), false);
        String problem = "V=" + volts + " V, R=" + r.toPlainString() + " Ω -> I = " + expected + " A";
        Grade box = AnswerChecker.check(spec, written.toPlainString() + " A");
        for (String work : List.of("I = " + written.toPlainString() + " A",
                "I = " + volts + "/" + r.toPlainString() + " = " + written.toPlainString() + " A")) {
            LineCheck.Report line = StudentLinesTableTest.check(Task.PHYSICS, problem, List.of(work));
            assertThat(line.finalAnswerCorrect()).as("%s | %s: box %s (%s), working %s", problem, work, box.correct(),
                    box.message(), line.lines().get(0).message()).contains(box.correct());
        }
    }
}
