package app.stepwise.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.stepwise.lesson.Task;
import app.stepwise.math.Equations;
import app.stepwise.math.Equivalence;
import app.stepwise.math.Parser;
import app.stepwise.math.SolutionSets;
import app.stepwise.math.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class GeneralSolverTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvFileSource(resources = "/solve/general-solver.csv", delimiter = '|', numLinesToSkip = 1)
    void solvesAnyTextbookInstanceWithAVerifiedSolution(String task, String start, String unknown, String expected,
            String family) throws Exception {
        var request = new GeneralSolver.Request(Task.of(task).orElseThrow(), start,
                unknown == null ? "" : unknown);
        Optional<Worked> w = GeneralSolver.solve(request, start);
        assertTrue(w.isPresent(), () -> "no verified solution; steps: " + safeSteps(request));
        assertTrue(Verifier.check(w.get()).isEmpty());
        assertEquals(family, w.get().family());
        Statement got = Statement.collapse(Parser.parse(w.get().answer()));
        Statement want = Statement.collapse(Parser.parse(expected));
        boolean same;
        if (want instanceof Statement.Expression we && got instanceof Statement.Expression ge)
            same = Equivalence.of(we.expr(), ge.expr()).equivalent();
        else if (want instanceof Statement.Equation we && got instanceof Statement.Equation ge)
            same = Equations.sameSolutions(we, ge).equivalent() || Equivalence.of(we.rhs(), ge.rhs()).equivalent();
        else
            same = SolutionSets.compare(SolutionSets.values(want).orElseThrow(), SolutionSets.values(got).orElseThrow())
                    .same();
        assertTrue(same, () -> "answer " + w.get().answer() + " expected " + expected + "; steps " + w.get().mathLines());
    }

    private static String safeSteps(GeneralSolver.Request r) {
        try {
            var steps = GeneralSolver.steps(r);
            var w = new Worked("?", "", r.task(), r.start(), java.util.List.of(), steps,
                    GeneralSolver.answerOf(steps.get(steps.size() - 1).math()), "", java.util.List.of(), java.util.Map.of(), 0,
                    Double.NaN);
            return steps.stream().map(Step::math).toList() + " problems " + Verifier.check(w);
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    @Test
    void aPercentageOfAnAmountIsNotExplainedWithNumerators() {
        Optional<Worked> w = GeneralSolver.solve(new GeneralSolver.Request(Task.EVALUATE, "15/100 × 80", "", "", "percentages"),
                "15% of 80");
        assertTrue(w.isPresent());
        assertEquals("12", w.get().answer());
        for (var s : w.get().steps()) assertTrue(!s.text().contains("numerator"), s.text());
        assertTrue(w.get().steps().get(0).text().contains("percentage"), w.get().steps().get(0).text());
        // a fraction problem keeps its fraction wording
        Optional<Worked> f = GeneralSolver.solve(new GeneralSolver.Request(Task.EVALUATE, "3/4 × 8/9", ""), "3/4 × 8/9");
        assertTrue(f.get().steps().stream().anyMatch(s -> s.text().contains("numerators")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "(-7) × (-6) - 50 ÷ 5 | 42 - 10      | 32",
            "100 - 6*7 + 12/4     | 100 - 42 + 3 | 61",
            "2 × (12/4 + 1)       | 2 × (3 + 1)  | 8",
            "7 - 50/5             | 7 - 10       | -3"})
    void aWholeQuotientAmongWholeNumbersIsDividedWithTheProducts(String start, String first, String answer) {
        Worked w = GeneralSolver.solve(new GeneralSolver.Request(Task.EVALUATE, start, ""), start).orElseThrow();
        assertEquals(first, w.steps().get(0).math());
        assertEquals(answer, w.answer());
        for (var s : w.steps()) assertTrue(!s.text().contains("denominator"), s.text());
    }

    /**
     * A step that works out numbers inside a longer line says which (session 10): a student sees where each number
     * came from, and the model writes each with its calculator. A line that collapses to one number needs no list.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "(-7) × (-6) - 50 ÷ 5 | Multiply and divide, from left to right: (-7) × (-6) = 42, 50/5 = 10.",
            "-18 + 12 × 9         | Multiply and divide, from left to right: 12 × 9 = 108.",
            "2^3 × 5 - 4          | Work out the power: 2^3 = 8.",
            "(3 + 4) × 2 - 1      | Work out the brackets first: 3 + 4 = 7.",
            "0.5 × 4 + 1.5        | Multiply and divide, from left to right: 0.5 × 4 = 2.",
            "21 - 10 × (14 - 42)^2 | Work out the brackets first: 14 - 42 = -28."})
    void aStepThatWorksOutNumbersInsideTheLineShowsThem(String start, String sentence) {
        Worked w = GeneralSolver.solve(new GeneralSolver.Request(Task.EVALUATE, start, ""), start).orElseThrow();
        assertEquals(sentence, w.steps().get(0).text());
        Step last = w.steps().get(w.steps().size() - 1);
        assertTrue(!last.text().contains("="), last.text()); // the collapse to one number: the plain sentence
    }

    /**
     * A formula is rearranged as a teacher does it (session 10): every denominator cleared first, a positive term first
     * in a sum. Before, y = (3x - k)/p gave x = (y + kp^(-1))/(3p^(-1)) and A = 1/2 (a + b) h gave b = (-ah + 2A)/h.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "y = (3x - k)/p    | x | py = 3x - k  | x = (py + k)/3",
            "A = 1/2 (a + b) h | b | 2A = ah + bh | b = (2A - ah)/h",
            "s = (u + v)t/2    | u | 2s = (u + v)t | u = (2s - tv)/t",
            "y = a/x + b       | x | xy = bx + a  | x = a/(y - b)",
            "v = u + a t       | t | at = v - u   | t = (v - u)/a"})
    void aFormulaIsRearrangedAsATeacherDoesIt(String formula, String subject, String first, String last) {
        Worked w = GeneralSolver.solve(new GeneralSolver.Request(Task.SOLVE, formula, subject), formula).orElseThrow();
        assertEquals(first, w.steps().get(0).math());
        assertEquals(last, w.steps().get(w.steps().size() - 1).math());
        assertEquals("rearrange-formula", w.family());
    }

    /** Lines without brackets that change nothing (× and powers bind tighter than -): 21 - 10 × (-28)^2. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "21 - 10 × (14 - 42)^2 | 21 - 10 × (-28)^2 | 21 - 10 × 784",
            "5 - 2 × 3^2 + 4       | 5 - 2 × 9 + 4     | 5 - 18 + 4"})
    void linesHaveNoBracketsThatChangeNothing(String start, String first, String second) {
        Worked w = GeneralSolver.solve(new GeneralSolver.Request(Task.EVALUATE, start, ""), start).orElseThrow();
        assertEquals(first, w.steps().get(0).math());
        assertEquals(second, w.steps().get(1).math());
    }

    @Test
    void aWholeQuotientBesideARealFractionStaysAFraction() {
        Worked w = GeneralSolver.solve(new GeneralSolver.Request(Task.EVALUATE, "3/4 + 12/4", ""), "3/4 + 12/4").orElseThrow();
        assertEquals("(3 + 12)/4", w.steps().get(0).math());
        assertEquals("15/4", w.answer());
    }

    /** Found by session 9's newcomer run: from x = 26/4 the next hint was 2x = 13, a step away from the answer. */
    @Test
    void fromTheUnknownEqualToAnUnsimplifiedFractionTheNextStepSimplifiesIt() {
        var r = new GeneralSolver.Request(Task.SOLVE, "4(x - 2) = 18", "x");
        Step next = GeneralSolver.nextFrom(r, "x = 26/4").orElseThrow();
        assertEquals("x = 13/2", next.math());
        assertTrue(next.text().contains("Simplify"), next.text());
        // the teacher's \frac{26}{4} as plain text
        assertEquals("x = 13/2", GeneralSolver.nextFrom(r, "x = ((26)/(4))").orElseThrow().math());
        assertTrue(GeneralSolver.nextFrom(r, "x = 13/2").isEmpty());
        assertTrue(GeneralSolver.nextFrom(r, "x = 6.5").isEmpty());
    }
}
