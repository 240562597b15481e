package app.stepwise.solve;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.Task;
import app.stepwise.math.Exprs;
import app.stepwise.math.Parser;
import app.stepwise.math.Rational;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 12 (issue 16): on hand-written fraction, percentage and elimination problems model 2.6.0 went wrong where the
 * teacher left numbers to its head (simplifying 224/168, the new numerators over a common denominator, the sums when two
 * equations are added, which equation to scale), where the corpus wrote a percentage as 291/2, and where the corpus's
 * 3/2 ÷ 7/11 meant ((3/2)/7)/11 while the reader reads (3/2) ÷ (7/11).
 */
class NumberStepsTest {

    private static Worked solve(Task task, String start, String family) {
        Worked w = GeneralSolver.solve(new GeneralSolver.Request(task, start, "", "", family), start).orElseThrow();
        assertThat(Verifier.check(w)).as(start).isEmpty();
        return w;
    }

    private static final Pattern CALCULATION = Pattern.compile("(-?\\d+) ([×÷]) \\(?(-?\\d+)\\)? = (-?\\d+)");

    /** Every "a × b = c" or "a ÷ b = c" a sentence lists is true. */
    private static void listedCalculationsAreTrue(String sentence) {
        Matcher m = CALCULATION.matcher(sentence);
        while (m.find()) {
            long a = Long.parseLong(m.group(1)), b = Long.parseLong(m.group(3)), c = Long.parseLong(m.group(4));
            if (m.group(2).equals("×")) assertThat(a * b).as(sentence).isEqualTo(c);
            else
                assertThat(Rational.of(a, b)).as(sentence).isEqualTo(Rational.of(c));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "(7/8) ÷ (21/32) | Simplify the fraction: 224 ÷ 56 = 4, 168 ÷ 56 = 3. | 4/3",
            "(3/5) × (10/21) | Simplify the fraction: 30 ÷ 15 = 2, 105 ÷ 15 = 7.  | 2/7",
            "(-2/5) × (15/4) | Simplify the fraction: 30 ÷ 10 = 3, 20 ÷ 10 = 2.  | -3/2"})
    void simplifyingAFractionListsTheDivisions(String start, String sentence, String answer) {
        Worked w = solve(Task.EVALUATE, start, "");
        assertThat(w.steps()).extracting(Step::text).contains(sentence);
        assertThat(w.answer()).isEqualTo(answer);
        w.steps().forEach(s -> listedCalculationsAreTrue(s.text()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "4/15 + 2/9       | Write the fractions over the common denominator 45: 4 × 3 = 12, 2 × 5 = 10.          | 22/45",
            "1/2 + 1/3 + 1/4  | Write the fractions over the common denominator 12: 1 × 6 = 6, 1 × 4 = 4, 1 × 3 = 3. | 13/12",
            "-3/4 + 1/6       | Write the fractions over the common denominator 12: 3 × 3 = 9, 1 × 2 = 2.            | -7/12"})
    void aCommonDenominatorListsEachNewNumerator(String start, String sentence, String answer) {
        Worked w = solve(Task.EVALUATE, start, "");
        assertThat(w.steps().get(0).text()).isEqualTo(sentence); // -3/4 is a fraction, not a division to do first
        assertThat(w.answer()).isEqualTo(answer);
    }

    /** Session 13: a negative fraction was shown as -(7/12) and (-7)/12, and 8/12 - 15/12 as 8/12 - (15/12). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2/3 - 5/4   | 8/12 - 15/12 | -7/12",
            "1/4 - 5/6   | 3/12 - 10/12 | -7/12",
            "-1/2 - 1/3  | -3/6 - 2/6   | -5/6"})
    void aNegativeFractionIsWrittenWithItsSignInFront(String start, String common, String answer) {
        Worked w = solve(Task.EVALUATE, start, "");
        assertThat(w.steps()).extracting(Step::math).contains(common);
        assertThat(w.answer()).isEqualTo(answer);
        assertThat(w.steps()).extracting(Step::math).noneMatch(m -> m.matches(".*(-\\(\\d+/\\d+\\)|\\(-\\d+\\)/|- \\(\\d+/).*"));
        assertThat(w.steps()).extracting(Step::math).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "54/100 × 854          | 461.16",
            "970 × (100 - 85)/100  | 145.5",
            "(2400 - 2100)/2400 × 100 | 12.5",
            "27/36 × 100           | 75",
            "(70 - 19)/19 × 100    | 5100/19"})
    void aPercentageComesOutAsADecimalWhenItIsOne(String start, String answer) {
        Worked w = solve(Task.EVALUATE, start, "percentages");
        assertThat(w.answer()).isEqualTo(answer);
        assertThat(w.steps().get(w.steps().size() - 1).math()).isEqualTo(answer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3m + 4n = 2; 5m + 6n = 4 | Multiply the first equation by 3 to make the n-terms 12n: 3 × 3 = 9, 3 × 4 = 12, 3 × 2 = 6."
                    + " | Subtract the first equation from the second, so the n-terms cancel: 10 - 9 = 1, 8 - 6 = 2. | m = 2 | m = 2, n = -1",
            "6x - 5y = 8; 4x + 3y = 18 | Multiply the first equation by 2 to make the x-terms 12x: 2 × 6 = 12, 2 × (-5) = -10, 2 × 8 = 16."
                    + " | Subtract the first equation from the second, so the x-terms cancel: 9 - (-10) = 19, 54 - 16 = 38. | 19y = 38"
                    + " | x = 3, y = 2",
            "5x + 3y = 21; 2x + 3y = 12 | State both values."
                    + " | Subtract the equations, so the y-terms cancel: 5 - 2 = 3, 21 - 12 = 9. | 3x = 9 | x = 3, y = 2",
            "x + 2y = 8; 3x - 2y = 16 | State both values."
                    + " | Add the equations, so the y-terms cancel: 1 + 3 = 4, 8 + 16 = 24. | 4x = 24 | x = 6, y = 1"})
    void eliminationNamesItsAimAndListsItsNumbers(String system, String scaling, String combining, String line,
            String answer) {
        Worked w = solve(Task.SYSTEM, system, "");
        List<String> texts = w.steps().stream().map(Step::text).toList();
        assertThat(texts).contains(scaling, combining);
        assertThat(w.steps()).extracting(Step::math).contains(line);
        assertThat(w.answer()).isEqualTo(answer);
        texts.forEach(NumberStepsTest::listedCalculationsAreTrue);
        // the value found and the other letter are worked out in the line: 3y = 21 - 15 = 6, y = 6/3 = 2
        assertThat(w.steps()).extracting(Step::math).anyMatch(m -> m.matches("-?\\d*[a-z] = -?\\d+ - \\(?-?\\d+\\)? = -?\\d+"));
    }

    /** A bare fraction after ÷ is bracketed, so the problem means what the reader reads (3/2 ÷ (7/11), not ((3/2)/7)/11). */
    @Test
    void aFractionAfterDivisionIsBracketed() throws Exception {
        SplittableRandom r = new SplittableRandom(12);
        int divisions = 0;
        for (int i = 0; i < 3000; i++) {
            String s;
            try {
                s = i % 2 == 0 ? Trees.fractions(r) : Shapes.fractions(r);
            } catch (IllegalArgumentException e) {
                continue;
            }
            assertThat(s).as(s).doesNotContainPattern("÷ -?\\d+/\\d+");
            if (s.contains("÷ (")) divisions++;
        }
        assertThat(divisions).isGreaterThan(100);
        assertThat(Exprs.exactValue(Parser.parseExpression("3/2 ÷ (7/11)")).orElseThrow()).isEqualTo(Rational.of(33, 14));
    }

    /** A fraction problem with × or ÷ starts as the reader restates it: every bare fraction in brackets. */
    @Test
    void fractionProblemsStartAsTheReaderRestatesThem() {
        assertThat(Shapes.asRead("3/5 × 10/21 + 1")).isEqualTo("(3/5) × (10/21) + 1");
        assertThat(Shapes.asRead("3/2 ÷ 7/11 + 6")).isEqualTo("(3/2) ÷ (7/11) + 6");
        assertThat(Shapes.asRead("3/2/7/11 + 6")).isEqualTo("3/2/7/11 + 6");
        assertThat(Shapes.asRead("(3/4) ÷ (1/8)")).isEqualTo("(3/4) ÷ (1/8)");
        assertThat(Shapes.asRead("(3/4 + 1) ÷ 2")).isEqualTo("((3/4) + 1) ÷ 2");
        assertThat(Solvers.family("fraction-arithmetic").orElseThrow()
                .solve(Map.of("expression", "(3/4) ÷ (1/8)"), 0).answer()).isEqualTo("6");
        SplittableRandom r = new SplittableRandom(7);
        int products = 0, divisions = 0;
        for (int i = 0; i < 400; i++) {
            Worked w = Shapes.generate(Solvers.family("fraction-arithmetic").orElseThrow(), r, i).orElseThrow();
            if (!w.start().contains("×") && !w.start().contains("÷")) continue;
            products++;
            if (w.start().contains("÷")) divisions++;
            assertThat(w.start()).as(w.start()).doesNotContainPattern("(^|[^(/\\d])\\d+/\\d+($|[^)/\\d])")
                    .doesNotContainPattern("\\(\\(\\d+/\\d+\\)\\)");
        }
        assertThat(products).isGreaterThan(100);
        assertThat(divisions).as("divisions between fractions are generated, not dropped").isGreaterThan(20);
    }

    /** Percentages of amounts with a decimal point (8% of 3.50) are among the wide percentage problems. */
    @Test
    void somePercentagesAreOfDecimalAmounts() {
        SplittableRandom r = new SplittableRandom(5);
        int decimal = 0;
        for (int i = 0; i < 400; i++)
            if (Shapes.percent(r).matches(".*× \\d+\\.\\d+")) decimal++;
        assertThat(decimal).isBetween(40, 160);
    }
}
