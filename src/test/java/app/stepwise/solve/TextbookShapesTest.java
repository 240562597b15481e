package app.stepwise.solve;

import static app.stepwise.solve.TeacherWork.maths;
import static app.stepwise.solve.TeacherWork.solve;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.Task;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 12 (issue 16): on hand-written problems model 2.6.0 failed square-root equations with a bracket, like terms
 * that collect to one term, fractions of a letter, and formulas with the subject in a denominator, taken away, in a
 * straight line or squared beside another term. The teacher's solver worked some of them another way (a bracket
 * square by factorising, like terms as "work out the exponents") and the generators wrote none of them.
 */
class TextbookShapesTest {

    /** The teacher's working of an equation, checked line by line against lines (separated by ;). */
    private static Worked solvedAs(String equation, String x, String lines) {
        Worked w = solve(Task.SOLVE, equation, x);
        assertThat(maths(w)).containsExactly(lines.split(";"));
        return w;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "(x - 2)^2 = 25      | x | x - 2 = ±5;x = 2 ± 5;x = 7 or x = -3",
            "2(x - 1)^2 = 18     | x | (x - 1)^2 = 9;x - 1 = ±3;x = 1 ± 3;x = 4 or x = -2",
            "(2x + 1)^2 = 9      | x | 2x + 1 = ±3;2x = -1 ± 3;x = (-1 ± 3)/2;x = 1 or x = -2",
            "36 = (t - 9)^2      | t | t - 9 = ±6;t = 9 ± 6;t = 15 or t = 3",
            "3(y - 4)^2 - 5 = 43 | y | 3(y - 4)^2 = 48;(y - 4)^2 = 16;y - 4 = ±4;y = 4 ± 4;y = 8 or y = 0"})
    void aSquaredBracketIsSolvedBySquareRoots(String equation, String x, String lines) {
        Worked w = solvedAs(equation, x, lines);
        assertThat(w.family()).isEqualTo("quadratic-square-root");
    }

    /** alg13: a bracket over a number was split into two fractions (x/4 + 5/4 = 3) before the fractions were cleared. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "(x + 5)/4 = 3           | x | x + 5 = 12;x = 12 - 5 = 7",
            "(2m - 1)/3 = (m + 4)/2  | m | 2(2m - 1) = 3(m + 4);4m - 2 = 3m + 12;m - 2 = 12;m = 12 + 2 = 14",
            "(3x - 2)/5 = x - 4      | x | 3x - 2 = 5(x - 4);3x - 2 = 5x - 20;-2x - 2 = -20;-2x = -20 + 2 = -18;"
                    + "x = -18/(-2) = 9"})
    void aBracketOverANumberIsMultipliedOutOfTheFractionAsItStands(String equation, String x, String lines) {
        solvedAs(equation, x, lines);
    }

    /** alg13: with the unknown only on the right the teacher took 3n from both sides and divided by -3. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "20 = 5 + 3n     | n | 3n + 5 = 20;3n = 20 - 5 = 15;n = 15/3 = 5",
            "7 = y - 12      | y | y - 12 = 7;y = 7 + 12 = 19",
            "12 = 4(x - 1)   | x | 4(x - 1) = 12;4x - 4 = 12;4x = 12 + 4 = 16;x = 16/4 = 4"})
    void anUnknownOnTheRightIsTurnedRoundFirst(String equation, String x, String lines) {
        Worked w = solvedAs(equation, x, lines);
        assertThat(w.steps().get(0).text()).isEqualTo("Write the equation the other way round, so the side with " + x
                + " is on the left.");
    }

    /** Session 13: with a surd root the teacher multiplied the bracket out and used the formula. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "(x + 3)^2 = 7       | x | x + 3 = ±√7;x = -3 ± √7;x = -3 + √7 or x = -3 - √7",
            "(p - 1)^2 = 20      | p | p - 1 = ±2√5;p = 1 ± 2√5;p = 1 + 2√5 or p = 1 - 2√5",
            "2(2a - 1)^2 - 1 = 13 | a | 2(2a - 1)^2 = 14;(2a - 1)^2 = 7;2a - 1 = ±√7;2a = 1 ± √7;a = (1 ± √7)/2;"
                    + "a = (1 + √7)/2 or a = (1 - √7)/2"})
    void aSquaredBracketWithASurdRootIsSolvedBySquareRootsToo(String equation, String x, String lines) {
        Worked w = solvedAs(equation, x, lines);
        assertThat(w.family()).isEqualTo("quadratic-square-root");
    }

    /** Session 13: a formula with the subject under a square root was refused ("can't check this kind of problem"). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "T = 2π√(l/g)     | l | T^2 = 4π^2 l/g;T^2 g = 4π^2 l;l = T^2 g/(4π^2)",
            "v = √(2gh)       | h | v^2 = 2gh;h = v^2/(2g)",
            "c = √(a^2 + b^2) | a | c^2 = a^2 + b^2;a^2 = c^2 - b^2;a = √(c^2 - b^2)",
            "√(x/k) = t       | x | x/k = t^2;x = kt^2"})
    void aFormulaWithTheSubjectUnderARootIsSquaredFirst(String formula, String subject, String lines) {
        Worked w = solvedAs(formula, subject, lines);
        assertThat(w.steps().get(0).text()).isEqualTo("Square both sides to undo the square root.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "568 = 4m^2 - 8 | m | 4m^2 = 576;m^2 = 144;m = ±12;m = 12 or m = -12",
            "50 - 2m^2 = 0  | m | 2m^2 = 50;m^2 = 25;m = ±5;m = 5 or m = -5",
            "x^2/4 = 25     | x | x^2 = 100;x = ±10;x = 10 or x = -10",
            "4x^2 = 9       | x | x^2 = 9/4;x = ±3/2;x = 3/2 or x = -3/2"})
    void theSquareIsAloneWithAPositiveNumberInFront(String equation, String x, String lines) {
        Worked w = solvedAs(equation, x, lines);
        assertThat(w.steps()).extracting(Step::text).doesNotContain("Divide both sides by 1/4.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2m - 6n + m + 4n - 3m | 2 + 1 - 3 = 0, -6 + 4 = -2 | -2n",
            "6 - 2(k + 3) + 5k     | 6 - 6 = 0, -2 + 5 = 3      | 3k",
            "4ab + 3ba - 2ab       | 4 + 3 - 2 = 5              | 5ab"})
    void likeTermsThatCollectToOneTermAreCollected(String expression, String sums, String answer) {
        Worked w = solve(Task.SIMPLIFY, expression, "");
        assertThat(w.family()).isEqualTo("simplify-expression");
        assertThat(w.steps()).extracting(Step::text).noneMatch(t -> t.contains("exponents"));
        assertThat(w.steps().get(w.steps().size() - 1).text()).endsWith(": " + sums + ".");
        assertThat(w.answer()).isEqualTo(answer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "x/2 + x/3     | 3x/6 + 2x/6            | 5x/6",
            "2a/3 + a/6    | 4a/6 + a/6             | 5a/6",
            "x/4 - x/6 + x | 3x/12 - 2x/12 + 12x/12 | 13x/12"})
    void fractionsOfALetterGoOverACommonDenominator(String expression, String over, String answer) {
        Worked w = solve(Task.SIMPLIFY, expression, "");
        assertThat(w.family()).isEqualTo("simplify-expression");
        assertThat(maths(w)).containsExactly(over, answer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0.5t + 1.2 - 0.3t + 0.8 | 0.5t - 0.3t + 1.2 + 0.8 | 0.5 - 0.3 = 0.2, 1.2 + 0.8 = 2 | 0.2t + 2",
            "2.5(x + 4) - 1.5x       | 2.5x + 10 - 1.5x        | 2.5 - 1.5 = 1                  | x + 10"})
    void decimalsStayDecimals(String expression, String first, String sums, String answer) {
        Worked w = solve(Task.SIMPLIFY, expression, "");
        assertThat(w.steps().get(0).math()).isEqualTo(first);
        assertThat(w.steps().get(w.steps().size() - 1).text()).endsWith(": " + sums + ".");
        assertThat(w.answer()).isEqualTo(answer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"x^5 * x^3", "12p^7 / (4p^2)", "3x^2 y * 5x y^4"})
    void oneTermWithExponentWorkStaysExponentRules(String expression) {
        assertThat(solve(Task.SIMPLIFY, expression, "").family()).isEqualTo("exponent-rules");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "V = 1/3 πr^2 h      | h | 3V = πr^2 h;h = 3V/(πr^2)",
            "P = 3(7B + πc p)/h  | p | Ph = 3(7B + πcp);Ph = 3πcp + 21B;3πcp = Ph - 21B;p = (Ph - 21B)/(3πc)",
            "v = u + a t         | a | at = v - u;a = (v - u)/t"})
    void aFormulaIsWrittenAsTextbooksWriteIt(String formula, String s, String lines) {
        assertThat(maths(solve(Task.SOLVE, formula, s))).containsExactly(lines.split(";"));
    }

    private static int count(BiFunction<SplittableRandom, String, String> shape, String x, int n, Task task, String family,
            Predicate<String> kind) {
        SplittableRandom r = new SplittableRandom(12);
        int found = 0;
        for (int i = 0; i < n; i++) {
            String start = shape.apply(r, x);
            if (!kind.test(start)) continue;
            var w = GeneralSolver.solve(new GeneralSolver.Request(task, start, task == Task.SIMPLIFY ? "" : x), start);
            if (w.isPresent() && w.get().family().equals(family)) found++;
        }
        return found;
    }

    @Test
    void theSquareRootShapesHaveBracketsAndFractions() {
        int n = 300;
        String q = "quadratic-square-root";
        assertThat(count(Shapes::squareRoot, "x", n, Task.SOLVE, q, s -> s.contains(")^2"))).as("a squared bracket")
                .isGreaterThan(n / 10);
        assertThat(count(Shapes::squareRoot, "x", n, Task.SOLVE, q, s -> s.matches("\\d+x\\^2 = \\d+")
                && GeneralSolver.solve(new GeneralSolver.Request(Task.SOLVE, s, "x"), s).orElseThrow().answer().contains("/")))
                .as("a fraction answer").isGreaterThan(n / 50);
        assertThat(count(Shapes::squareRoot, "x", n, Task.SOLVE, q, s -> s.contains("^2/"))).as("x^2/k").isGreaterThan(n / 50);
    }

    @Test
    void theSimplifyShapesHaveFractionsOfALetterAndCancellingTerms() {
        int n = 400;
        String f = "simplify-expression";
        assertThat(count(Shapes::simplify, "x", n, Task.SIMPLIFY, f, s -> s.matches(".*x/\\d.*"))).as("x/2 + x/3")
                .isGreaterThan(n / 50);
        assertThat(count(Shapes::simplify, "x", n, Task.SIMPLIFY, f,
                s -> !GeneralSolver.solve(new GeneralSolver.Request(Task.SIMPLIFY, s, ""), s).map(w -> w.answer().contains("x"))
                        .orElse(true)))
                .as("the x-terms cancel").isGreaterThan(n / 50);
    }

    @Test
    void formulasHaveTheSubjectBelowTakenAwayInALineAndSquaredBesideATerm() {
        int n = 600;
        String f = "rearrange-formula";
        BiFunction<SplittableRandom, String, String> formula = Formulas::formula;
        assertThat(count(formula, "x", n, Task.SOLVE, f, s -> s.matches(".*/\\(?x\\b.*"))).as("x in a denominator")
                .isGreaterThan(n / 50);
        assertThat(count(formula, "x", n, Task.SOLVE, f, s -> s.matches(".*- (\\d+|[A-Za-z] )x\\b(?!\\^).*")))
                .as("the x-term taken away").isGreaterThan(n / 50);
        assertThat(count(formula, "x", n, Task.SOLVE, f, s -> s.matches(".*x.* = \\d+"))).as("a straight line, 2x + 3y = 12")
                .isGreaterThan(n / 50);
        assertThat(count(formula, "x", n, Task.SOLVE, f, s -> s.matches(".*x\\^2 [-+] .*|.*[-+] [^=]*x\\^2.*")))
                .as("x^2 beside another term").isGreaterThan(n / 100);
        assertThat(count(formula, "x", n, Task.SOLVE, f, s -> s.matches(".*\\d\\([^()]*x\\b[^()]*\\).*")))
                .as("x inside a bracket times a number, P = 2(l + x)").isGreaterThan(n / 50);
        assertThat(count(formula, "x", n, Task.SOLVE, f, s -> s.matches(".*[A-Za-z]\\^2 x\\b.*")))
                .as("another letter squared beside x, V = 1/3 πr^2 x").isGreaterThan(n / 100);
    }

    /**
     * Session 14 (alg13's leftover): decimals in a linear equation were cleared by × 10 and the answer came out as a
     * fraction (m + 2.5 = 1.1 gave m = -7/5); a textbook keeps the decimals through every line and answers m = -1.4.
     * A fraction written in the problem, or an answer with no short decimal, still goes the fraction way.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "m + 2.5 = 1.1           | m | m = 1.1 - 2.5 = -1.4",
            "0.2k + 1.5 = 4.3        | k | 0.2k = 4.3 - 1.5 = 2.8;k = 2.8/0.2 = 14",
            "0.25x = 1.5             | x | x = 1.5/0.25 = 6",
            "x - 0.75 = 2            | x | x = 2 + 0.75 = 2.75",
            "1.5x + 2 = 0.5x + 7     | x | x + 2 = 7;x = 7 - 2 = 5",
            "2.5y - 1 = 4            | y | 2.5y = 4 + 1 = 5;y = 5/2.5 = 2",
            "0.5(x + 4) = 3.5        | x | 0.5x + 2 = 3.5;0.5x = 3.5 - 2 = 1.5;x = 1.5/0.5 = 3",
            "x/4 + 0.5 = 2           | x | x + 2 = 8;x = 8 - 2 = 6",
            // read14's corpus check: like terms collected in a line of their own, a negative top without brackets
            "3x + 4x = -23.1         | x | 7x = -23.1;x = -23.1/7 = -3.3",
            "3(1.5x - 7) - 13 = -70  | x | 4.5x - 21 - 13 = -70;4.5x - 34 = -70;4.5x = -70 + 34 = -36;x = -36/4.5 = -8"})
    void decimalsInALinearEquationAreKeptToTheAnswer(String equation, String x, String lines) {
        solvedAs(equation, x, lines);
    }
}
