package app.stepwise.solve;

import app.stepwise.grade.LineCheck;
import app.stepwise.grade.StepChecker;
import app.stepwise.lesson.Task;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Polynomials;
import app.stepwise.math.Rational;
import app.stepwise.math.Statement;
import app.stepwise.text.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * Other valid routes through a linear equation, as students take them: divide through first
 * ({@code 3x + 6 = 21 → x + 2 = 7}), or gather the letter on the right-hand side
 * ({@code 2x + 3 = 5x - 9 → 12 = 3x}). Each route is checked line by line by the grading module before it is
 * offered, like every solver step.
 */
public final class AlternativeRoutes {
    private AlternativeRoutes() {}

    public static List<List<Step>> of(Worked w) {
        List<List<Step>> out = new ArrayList<>();
        if (w.task() != Task.SOLVE || !w.family().startsWith("linear-")) return out;
        String x = w.params().getOrDefault("variable", "x");
        Rational[] c;
        try {
            if (!(Statement.collapse(Parser.parse(w.start())) instanceof Statement.Equation eq)) return out;
            var l = Polynomials.coefficients(eq.lhs(), x);
            var r = Polynomials.coefficients(eq.rhs(), x);
            if (l.isEmpty() || r.isEmpty() || l.get().length > 2 || r.get().length > 2) return out;
            c = new Rational[]{at(l.get(), 1), at(l.get(), 0), at(r.get(), 1), at(r.get(), 0)};
        } catch (MathSyntaxException e) {
            return out;
        }
        Rational aL = c[0], bL = c[1], aR = c[2], bR = c[3];
        // divide through first: a x + b = d with a dividing b and d
        if (aR.isZero() && aL.isInteger() && !aL.abs().equals(Rational.ONE) && !bL.isZero() && bL.divide(aL).isInteger()
                && bR.divide(aL).isInteger()) {
            Rational b = bL.divide(aL), d = bR.divide(aL);
            List<Step> route = new ArrayList<>();
            route.add(new Step(Message.of("step.divideEveryTerm", aL.toString()),
                    NumberWriting.linear(Rational.ONE, b, x) + " = " + d,
                    "divide-both-sides"));
            route.addAll(LinearSolver.steps(NumberWriting.linear(Rational.ONE, b, x) + " = " + d, x));
            keepIfValid(w, route, out);
        }
        // letters on the right: a x + b = c x + d with c > a
        if (!aR.isZero() && aR.compareTo(aL) > 0) {
            Rational k = aR.subtract(aL);
            List<Step> route = new ArrayList<>();
            route.add(new Step(Message.of("step.gatherRight", NumberWriting.term(aL.abs(), x), x),
                    bL + " = " + NumberWriting.linear(k, bR, x), "subtract-both-sides"));
            Rational lhs = bL.subtract(bR);
            route.add(
                    new Step(Message.of("step.aloneRight", x), lhs + " = " + NumberWriting.term(k, x),
                            "subtract-both-sides"));
            route.add(new Step(Message.of("step.divideBoth", k.toString()), lhs.divide(k) + " = " + x, "divide-both-sides"));
            if (aL.signum() > 0) keepIfValid(w, route, out);
        }
        return out;
    }

    private static Rational at(Rational[] c, int i) {
        return i < c.length ? c[i] : Rational.ZERO;
    }

    private static void keepIfValid(Worked w, List<Step> route, List<List<Step>> out) {
        try {
            LineCheck.Report r = StepChecker.check(Task.SOLVE, w.start(), route.stream().map(Step::math).toList(), List.of());
            if (r.firstError().isEmpty() && r.finalAnswerCorrect().orElse(false)) out.add(List.copyOf(route));
        } catch (MathSyntaxException e) {
            // not offered
        }
    }
}
