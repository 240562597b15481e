package app.stepwise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.Task;
import app.stepwise.math.Parser;
import app.stepwise.math.Rational;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * How students, teachers and textbooks write working (grade8, from the held-out set {@code cases/math-heldout.csv}):
 * words between the math, labels, checks by substitution, lines starting with =, derivatives with primes and Leibniz's
 * d/dx, roots rounded, coordinate pairs. Each notation is read, and none of them lets a wrong line or answer through.
 */
class StudentNotationTest {

    private static LineCheck.Report check(Task task, String start, String... lines) throws Exception {
        return StepChecker.check(task, start, List.of(lines), List.of());
    }

    @Test
    void wordsSayingWhatIsDoneAreNotesNotMath() throws Exception {
        LineCheck.Report r = check(Task.SOLVE, "x/3 + 1/2 = 2", "multiply both sides by 6", "2x + 3 = 12",
                "subtract 3 from both sides",
                "2x = 9", "divide by 2", "x = 9/2");
        assertThat(r.firstError()).isEmpty();
        assertThat(r.lines().get(0).status()).isEqualTo(LineCheck.Status.NOTE);
        assertThat(r.lines().get(2).status()).isEqualTo(LineCheck.Status.NOTE);
        // the words do not hide a wrong line after them
        assertThat(check(Task.SOLVE, "2x + 3 = 11", "subtract 3 from both sides", "2x = 14").firstError()).contains(2);
        // letters that are math stay math: a slip written with letters is judged
        assertThat(StepChecker.wordsOnly("9abc", java.util.Set.of("a", "b"))).isFalse();
        assertThat(StepChecker.wordsOnly("sqrt x", java.util.Set.of("x"))).isFalse();
        assertThat(StepChecker.wordsOnly("x = 2 and more", java.util.Set.of("x"))).isFalse();
        assertThat(StepChecker.wordsOnly("expand the brackets", java.util.Set.of("x"))).isTrue();
    }

    @Test
    void aLabelBeforeTheMathIsNotPartOfIt() throws Exception {
        assertThat(check(Task.SOLVE, "2x + 3 = 11", "x = 4", "check: 2(4) + 3 = 11").firstError()).isEmpty();
        assertThat(SystemSteps.check("x + y = 10; x - y = 4", List.of("adding: 2x = 14", "x = 7", "y = 3"), List.of())
                .firstError()).isEmpty();
        assertThat(SystemSteps.check("x + y = 10; x - y = 4", List.of("adding: 2x = 16"), List.of()).firstError()).contains(1);
    }

    @Test
    void aSubstitutionCheckIsJudgedAndTheWorkingGoesOnFromTheLineBeforeIt() throws Exception {
        LineCheck.Report wrong = check(Task.SOLVE, "2x + 3 = 11", "x = 4", "check: 2(4) + 3 = 13");
        assertThat(wrong.firstError()).contains(2);
        assertThat(wrong.lines().get(1).message()).contains("13");
        LineCheck.Report after = check(Task.SOLVE, "3x + 5 = 20", "3 × 5 + 5 = 20", "3x = 15", "x = 5");
        assertThat(after.firstError()).isEmpty();
        assertThat(after.finalAnswerCorrect()).contains(true);
    }

    @Property(tries = 150)
    void aCheckByNumbersIsRightExactlyWhenItIsTrue(@ForAll @IntRange(min = 1, max = 9) int a,
            @ForAll @IntRange(min = -20, max = 20) int b, @ForAll @IntRange(min = -9, max = 9) int s,
            @ForAll @IntRange(min = -3, max = 3) int slip) throws Exception {
        int c = a * s + b;
        String start = a + "x + (" + b + ") = " + c;
        LineCheck.Report r = check(Task.SOLVE, start, "x = " + s, a + "(" + s + ") + (" + b + ") = " + (c + slip));
        assertThat(r.firstError()).as("%s; check with %d", start, c + slip)
                .isEqualTo(slip == 0 ? Optional.empty() : Optional.of(2));
        // a wrong value checked truthfully is still the mistake it was
        LineCheck.Report wrongValue = check(Task.SOLVE, start, "x = " + (s + 1),
                a + "(" + (s + 1) + ") + (" + b + ") = " + (c + a));
        assertThat(wrongValue.firstError()).contains(1);
        assertThat(wrongValue.finalAnswerCorrect()).contains(false);
    }

    @Test
    void aPartOfTheCalculationWorkedOutOnItsOwnIsJudgedAndTheWorkingGoesOn() throws Exception {
        assertThat(check(Task.EVALUATE, "45/60 × 100", "45/60 = 0.75", "0.75 × 100 = 75").firstError()).isEmpty();
        assertThat(check(Task.EVALUATE, "45/60 × 100", "45/60 = 0.8", "0.8 × 100 = 80").firstError()).contains(1);
        assertThat(check(Task.EVALUATE, "45/60 × 100", "45/60 = 0.75", "0.75").firstError()).contains(2);
        // a true sum that is no part of the expression is a wrong method, not a side calculation
        assertThat(check(Task.EVALUATE, "20 - 6 ÷ 2", "14 ÷ 2 = 7").firstError()).contains(1);
        assertThat(check(Task.EVALUATE, "3 + 4 × 2", "7 × 2 = 14").firstError()).contains(1);
        assertThat(check(Task.EVALUATE, "3 + 4 × 2", "4 × 2 = 8", "3 + 8 = 11").firstError()).isEmpty();
    }

    /** review12: the change worked out first, the usual school method, had its first line marked wrong. */
    @Test
    void theChangeOfAPercentageChangeWorkedOutFirstIsRightAndTheWorkingGoesOn() throws Exception {
        String sale = "85 × (100 - 20)/100", vat = "384.3 × (100 + 20)/100";
        assertThat(check(Task.EVALUATE, sale, "85 × 0.2 = 17", "85 - 17 = 68").firstError()).isEmpty();
        assertThat(check(Task.EVALUATE, sale, "20% of 85 = 17", "85 - 17 = 68").firstError()).isEmpty();
        assertThat(check(Task.EVALUATE, sale, "85 × 20/100 = 17", "68").firstError()).isEmpty();
        assertThat(check(Task.EVALUATE, vat, "384.3 × 0.2 = 76.86", "384.3 + 76.86 = 461.16").firstError()).isEmpty();
        // the change added where it is taken off, a slip in the change, the rate taken off as an amount: wrong
        assertThat(check(Task.EVALUATE, sale, "85 × 0.2 = 17", "85 + 17 = 102").firstError()).contains(2);
        assertThat(check(Task.EVALUATE, vat, "384.3 × 0.2 = 76.86", "384.3 - 76.86 = 307.44").firstError()).contains(2);
        assertThat(check(Task.EVALUATE, sale, "85 × 0.2 = 18", "85 - 18 = 67").firstError()).contains(1);
        assertThat(check(Task.EVALUATE, sale, "85 - 20 = 65").firstError()).contains(1);
        // a true sum of other numbers is no part of it
        assertThat(check(Task.EVALUATE, sale, "17 × 4 = 68").firstError()).isEmpty(); // the value itself: a valid line
        assertThat(check(Task.EVALUATE, sale, "85 × 2 = 170").firstError()).contains(1);
    }

    /** review12: the products the teacher lists ("2 × 5 = 10, 3 × 8 = 24"), written as lines, were marked wrong. */
    @Test
    void someFactorsOrSomeDivisorsOfAProductMultipliedOnTheirOwnAreAPart() throws Exception {
        assertThat(check(Task.EVALUATE, "2/3 × 5/8", "2 × 5 = 10", "3 × 8 = 24", "10/24", "5/12").firstError()).isEmpty();
        assertThat(check(Task.EVALUATE, "12/100 × 45.50", "45.5 × 12 = 546", "546/100 = 5.46").firstError()).isEmpty();
        assertThat(check(Task.EVALUATE, "12/100 × 45.50", "45.5/100 = 0.455", "0.455 × 12 = 5.46").firstError())
                .isEmpty();
        assertThat(check(Task.EVALUATE, "(3/2)/(7/11)", "3 × 11 = 33", "2 × 7 = 14", "33/14").firstError()).isEmpty();
        assertThat(check(Task.EVALUATE, "24 ÷ 6 × 2", "24 × 2 = 48", "48 ÷ 6 = 8").firstError()).isEmpty();
        // a slip in the part; a factor times a divisor; a number that is no factor; the part given as the answer
        assertThat(check(Task.EVALUATE, "12/100 × 45.50", "45.5 × 12 = 556", "5.56").firstError()).contains(1);
        assertThat(check(Task.EVALUATE, "2/3 × 5/8", "2 × 8 = 16").firstError()).contains(1);
        assertThat(check(Task.EVALUATE, "24 ÷ 6 × 2", "6 × 2 = 12", "24 ÷ 12 = 2").firstError()).contains(1);
        assertThat(check(Task.EVALUATE, "12/100 × 45.50", "45.5 × 100 = 4550").firstError()).contains(1);
        assertThat(check(Task.EVALUATE, "2/3 × 5/8", "2 × 5 = 10", "10").firstError()).contains(2);
    }

    @Property(tries = 150)
    void aSideCalculationIsRightOnlyWhenItIsAPartAndTrue(@ForAll @IntRange(min = 1, max = 30) int a,
            @ForAll @IntRange(min = 1, max = 9) int b, @ForAll @IntRange(min = 1, max = 9) int c,
            @ForAll @IntRange(min = -2, max = 2) int slip) throws Exception {
        String start = a + " + " + b + " × " + c;
        LineCheck.Report part = check(Task.EVALUATE, start, b + " × " + c + " = " + (b * c + slip),
                a + " + " + (b * c) + " = " + (a + b * c));
        assertThat(part.firstError()).as(start).isEqualTo(slip == 0 ? Optional.empty() : Optional.of(1));
        // adding first is no part of the expression: wrong whatever its arithmetic
        Assume.that(c != 1);
        LineCheck.Report wrongOrder = check(Task.EVALUATE, start, (a + b) + " × " + c + " = " + ((a + b) * c));
        assertThat(wrongOrder.firstError()).as(start).contains(1);
    }

    @Test
    void percentagesInWorking() throws Exception {
        assertThat(Parser.parseExpression("15% of 80", Parser.Context.NONE))
                .isEqualTo(Parser.parseExpression("(15/100) × 80", Parser.Context.NONE));
        assertThat(Parser.parseExpression("2/3 of 27", Parser.Context.NONE))
                .isEqualTo(Parser.parseExpression("2/3 × 27", Parser.Context.NONE));
        assertThat(check(Task.EVALUATE, "80 - 15/100 × 80", "15% of 80 = 12", "80 - 12 = 68").firstError()).isEmpty();
        assertThat(check(Task.EVALUATE, "80 - 15/100 × 80", "15% of 80 = 1.2", "80 - 1.2 = 78.8").firstError()).contains(1);
        // worked out × 100, the % is a label on the number of percent; elsewhere it is /100
        assertThat(check(Task.EVALUATE, "360/2400 × 100", "360/2400 × 100 = 15%").firstError()).isEmpty();
        assertThat(check(Task.EVALUATE, "360/2400 × 100", "= 15%").firstError()).isEmpty();
        assertThat(check(Task.EVALUATE, "360/2400 × 100", "360/2400 × 100 = 13%").firstError()).contains(1);
        assertThat(check(Task.EVALUATE, "3/20", "3/20 = 15%").firstError()).isEmpty();
        assertThat(check(Task.EVALUATE, "3/20", "3/20 = 0.15%").firstError()).contains(1);
    }

    @Property(tries = 150)
    void aPercentageWorkedOutIsRightOnlyAtItsValue(@ForAll @IntRange(min = 1, max = 99) int part,
            @ForAll @IntRange(min = -3, max = 3) int slip) throws Exception {
        String start = part + "/200 × 100";
        String percent = new BigDecimal(part).divide(BigDecimal.valueOf(2)).add(BigDecimal.valueOf(slip)).toPlainString();
        LineCheck.Report r = check(Task.EVALUATE, start, start + " = " + percent + "%");
        assertThat(r.firstError()).as("%s = %s%%", start, percent).isEqualTo(slip == 0 ? Optional.empty() : Optional.of(1));
        // the same number of percent for the fraction itself is a hundred times too big
        LineCheck.Report fraction = check(Task.EVALUATE, part + "/200", part + "/200 = " + percent + "%");
        assertThat(fraction.firstError()).isEqualTo(slip == 0 ? Optional.empty() : Optional.of(1));
        LineCheck.Report hundredfold = check(Task.EVALUATE, part + "/200",
                part + "/200 = " + new BigDecimal(part).divide(BigDecimal.valueOf(200)).toPlainString() + "%");
        assertThat(hundredfold.firstError()).contains(1);
    }

    @Test
    void aLineStartingWithEqualsGoesOnFromTheLineBefore() throws Exception {
        assertThat(check(Task.EVALUATE, "2/3 + 1/4", "= 8/12 + 3/12", "= 11/12").firstError()).isEmpty();
        assertThat(check(Task.EVALUATE, "2/3 + 1/4", "= 8/12 + 3/12", "= 11/24").firstError()).contains(2);
        assertThat(check(Task.SOLVE, "3x + 5 = 20", "3x = 20 - 5", "= 15", "x = 5").firstError()).isEmpty();
        assertThat(check(Task.SOLVE, "3x + 5 = 20", "3x = 20 - 5", "= 25").firstError()).contains(2);
    }

    @Test
    void derivativesAreWrittenWithPrimesAndLeibnizsNotation() throws Exception {
        for (String d : List.of("f'(x) = 3x^2 + 2", "y' = 3x² + 2", "y’ = 3x^2 + 2", "d/dx(x^3 + 2x) = 3x^2 + 2",
                "dy/dx = 3x^2 + 2"))
            assertThat(check(Task.DIFFERENTIATE, "x^3 + 2x", d).firstError()).as(d).isEmpty();
        for (String d : List.of("f'(x) = 3x^2 + 2x", "y' = 3x^2", "d/dx(x^3 + 2x) = 3x^2", "d/dx(x^3) = 3x^2 + 2"))
            assertThat(check(Task.DIFFERENTIATE, "x^3 + 2x", d).firstError()).as(d).contains(1);
        var answer = new AnswerSpec.Expression("3x^2 + 2", Optional.empty());
        assertThat(AnswerChecker.check(answer, "f'(x) = 3x^2 + 2").correct()).isTrue();
        assertThat(AnswerChecker.check(answer, "y' = 3x^2").correct()).isFalse();
    }

    @Test
    void theFunctionWrittenAgainBeforeDifferentiatingIsNotTakenForTheDerivative() throws Exception {
        assertThat(check(Task.DIFFERENTIATE, "6/x", "y = 6x^-1", "dy/dx = -6x^-2").firstError()).isEmpty();
        assertThat(check(Task.DIFFERENTIATE, "(x + 1)^2", "x^2 + 2x + 1", "2x + 2").firstError()).isEmpty();
        assertThat(check(Task.DIFFERENTIATE, "(x + 1)^2", "x^2 + 1", "2x").firstError()).contains(1);
        // once a derivative is written, the function again is not the derivative
        assertThat(check(Task.DIFFERENTIATE, "x^3", "dy/dx = 3x^2", "x^3").firstError()).contains(2);
        assertThat(check(Task.DIFFERENTIATE, "x^3", "y = x^3 + 1").firstError()).contains(1);
    }

    @Test
    void fractionsInOneCharacterAndMixedNumbersWrittenWithThem() throws Exception {
        assertThat(Parser.parseExpression("4¼", Parser.Context.NONE))
                .isEqualTo(Parser.parseExpression("(4 + 1/4)", Parser.Context.NONE));
        assertThat(check(Task.EVALUATE, "7/2 - 5/4", "3½ − 1¼ = 2¼").firstError()).isEmpty();
        assertThat(check(Task.EVALUATE, "7/2 - 5/4", "3½ − 1¼ = 2½").firstError()).contains(1);
        assertThat(AnswerChecker.check(new AnswerSpec.Expression("9/4", Optional.empty()), "-2¼").correct()).isFalse();
        assertThat(AnswerChecker.check(new AnswerSpec.Expression("-9/4", Optional.empty()), "-2¼").correct()).isTrue();
        // with a space, like 2 1/2, it has no agreed reading and is refused (ADR 0008)
        assertThat(AnswerChecker.check(new AnswerSpec.Expression("9/4", Optional.empty()), "2 ¼").kind())
                .isEqualTo(Grade.Kind.UNREADABLE);
    }

    @Test
    void aMixedNumberIsASimplifiedFraction() {
        var threeHalves = new AnswerSpec.Expression("3/2", Optional.of(AnswerSpec.Form.SIMPLIFIED_FRACTION));
        assertThat(AnswerChecker.check(threeHalves, "1½").correct()).isTrue();
        assertThat(AnswerChecker.check(threeHalves, "1⅔").correct()).isFalse();
        assertThat(AnswerChecker.check(threeHalves, "1 + 2/4").partial()).isTrue(); // 2/4 is not in lowest terms
        assertThat(AnswerChecker.check(threeHalves, "6/4").partial()).isTrue();
    }

    @Test
    void eachStatementOnASystemsLineIsJudged() throws Exception {
        assertThat(SystemSteps.check("2x + 3y = 12; 4x - 3y = 6", List.of("adding gives 6x = 18", "x = 3"), List.of())
                .firstError()).isEmpty();
        assertThat(SystemSteps.check("2x + 3y = 12; 4x - 3y = 6", List.of("6x = 18 so x = 4"), List.of()).firstError())
                .contains(1);
        assertThat(SystemSteps.check("2x + 3y = 12; 4x - 3y = 6", List.of("6x = 16 so x = 3"), List.of()).firstError())
                .contains(1);
    }

    @Property(tries = 200)
    void rootsRoundedToThePlacesWrittenAreRightAndNoOthers(@ForAll @IntRange(min = -9, max = 9) int b,
            @ForAll @IntRange(min = -9, max = 9) int c, @ForAll @IntRange(min = 1, max = 3) int places,
            @ForAll @IntRange(min = -1, max = 1) int slip) throws Exception {
        double disc = b * b - 4.0 * c;
        Assume.that(disc > 0 && Math.sqrt(disc) != Math.rint(Math.sqrt(disc)));
        BigDecimal r1 = BigDecimal.valueOf((-b + Math.sqrt(disc)) / 2).setScale(places, RoundingMode.HALF_UP);
        BigDecimal r2 = BigDecimal.valueOf((-b - Math.sqrt(disc)) / 2).setScale(places, RoundingMode.HALF_UP);
        Assume.that(r1.stripTrailingZeros().precision() >= 2 && r2.stripTrailingZeros().precision() >= 2
                && r1.stripTrailingZeros().scale() >= 1 && r2.stripTrailingZeros().scale() >= 1);
        BigDecimal written = r1.add(BigDecimal.valueOf(slip).movePointLeft(places));
        String start = "x^2 + (" + b + ")x + (" + c + ") = 0";
        String values = "x = " + written.toPlainString() + " or x = " + r2.toPlainString();
        LineCheck.Report r = check(Task.SOLVE, start, "x = (" + (-b) + " ± √" + (int) disc + ")/2", values);
        assertThat(r.firstError()).as("%s → %s", start, values).isEqualTo(slip == 0 ? Optional.empty() : Optional.of(2));
        assertThat(r.finalAnswerCorrect()).contains(slip == 0);
        String expected = "x = (" + (-b) + " + √" + (int) disc + ")/2 or x = (" + (-b) + " - √" + (int) disc + ")/2";
        assertThat(AnswerChecker.check(new AnswerSpec.SolutionSet(expected), values).correct()).isEqualTo(slip == 0);
    }

    @Test
    void aDecimalIsRoundedToThePlacesAsWrittenTrailingZerosIncluded() throws Exception {
        assertThat(check(Task.SOLVE, "3x = 10", "x = 3.3").firstError()).isEmpty();
        assertThat(check(Task.SOLVE, "3x = 10", "x = 3.33").firstError()).isEmpty();
        // 3.30 is 10/3 to two places written wrongly (3.33), not 3.3 to one
        assertThat(check(Task.SOLVE, "3x = 10", "x = 3.30").firstError()).contains(1);
        assertThat(check(Task.SOLVE, "x^2 - 2x - 1 = 0", "x = (2 ± √8)/2", "x = 2.40 or x = -0.41").firstError()).contains(2);
        assertThat(check(Task.SOLVE, "x^2 - 2x - 1 = 0", "x = (2 ± √8)/2", "x = 2.41 or x = -0.41").firstError()).isEmpty();
    }

    @Test
    void theAnswerIsWhatTheLastStepArrivesAt() {
        var x8 = new AnswerSpec.Equation("x = 8");
        assertThat(AnswerChecker.check(x8, "2x = 16 => x = 8").correct()).isTrue();
        assertThat(AnswerChecker.check(x8, "2x = 16 therefore x = 8").correct()).isTrue();
        assertThat(AnswerChecker.check(x8, "x = 8 so x = 9").correct()).isFalse();
        var set = new AnswerSpec.SolutionSet("x = 1 or x = -5");
        assertThat(AnswerChecker.check(set, "(x + 5)(x - 1) = 0 so x = -5 or x = 1").correct()).isTrue();
    }

    @Property(tries = 100)
    void aCoordinatePairGivesTheLettersInAlphabeticalOrder(@ForAll @IntRange(min = -9, max = 9) int x,
            @ForAll @IntRange(min = -9, max = 9) int y) {
        var spec = new AnswerSpec.SolutionSet("x = " + x + ", y = " + y);
        assertThat(AnswerChecker.check(spec, "(" + x + ", " + y + ")").correct()).isTrue();
        assertThat(AnswerChecker.check(spec, "(" + y + ", " + x + ")").correct()).isEqualTo(x == y);
        assertThat(AnswerChecker.check(spec, "(" + x + ", " + (y + 1) + ")").correct()).isFalse();
        // review8: the key's order is no reading of (…, …): (a, b) and (x, y) whatever order the key names the letters
        var ab = new AnswerSpec.SolutionSet("b = " + y + ", a = " + x);
        assertThat(AnswerChecker.check(ab, "(" + x + ", " + y + ")").correct()).isTrue();
        assertThat(AnswerChecker.check(ab, "(" + y + ", " + x + ")").correct()).isEqualTo(x == y);
        var yx = new AnswerSpec.SolutionSet("y = " + y + ", x = " + x);
        assertThat(AnswerChecker.check(yx, "(" + x + ", " + y + ")").correct()).isTrue();
        assertThat(AnswerChecker.check(yx, "(" + y + ", " + x + ")").correct()).isEqualTo(x == y);
        assertThat(Rational.of(x)).isNotNull();
    }
}
