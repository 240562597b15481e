package app.stepwise.solve;

import app.stepwise.grade.LineCheck;
import app.stepwise.grade.PhysicsSteps;
import app.stepwise.grade.StepChecker;
import app.stepwise.grade.WorkChecker;
import app.stepwise.math.Derivative;
import app.stepwise.math.Equivalence;
import app.stepwise.math.Evaluator;
import app.stepwise.math.Expr;
import app.stepwise.math.Exprs;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Quantity;
import app.stepwise.math.SolutionSets;
import app.stepwise.math.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Checks a worked solution twice: every step with the grading module's math-engine checks (each line follows
 * from the one before and the last one answers the problem), and the answer by an independent plain floating-point
 * evaluation (substituting it into the problem, finite differences for derivatives, the family's own arithmetic
 * for physics).
 */
public final class Verifier {
    private Verifier() {}

    /** The problems found; empty when the solution is right. */
    public static List<String> check(Worked w) {
        List<String> problems = new ArrayList<>();
        if (w.steps().isEmpty()) problems.add("no steps");
        try {
            switch (WorkChecker.Method.of(w.task())) {
                case PHYSICS -> physics(w, problems);
                case SYSTEM -> system(w, problems);
                case ALGEBRA -> algebra(w, problems);
            }
        } catch (MathSyntaxException e) {
            problems.add("unreadable: " + e.getMessage());
        } catch (RuntimeException e) {
            problems.add("verification failed: " + e);
        }
        return problems;
    }

    private static void algebra(Worked w, List<String> problems) throws MathSyntaxException {
        LineCheck.Report r = StepChecker.check(w.task(), w.start(), w.mathLines(), List.of());
        for (LineCheck l : r.lines()) {
            if (l.status() != LineCheck.Status.VALID && l.status() != LineCheck.Status.ON_PATH)
                problems.add("step " + l.line() + " (" + l.text() + "): " + l.status() + " " + l.message());
        }
        if (r.finalAnswerCorrect().isPresent() && !r.finalAnswerCorrect().get())
            problems.add("the last step does not answer the problem");
        Statement start = Statement.collapse(Parser.parse(w.start()));
        Statement answer = Statement.collapse(Parser.parse(w.answer()));
        switch (w.task()) {
            case SOLVE -> {
                if (!(start instanceof Statement.Equation eq)) {
                    problems.add("a solve task needs an equation");
                    return;
                }
                var vars = Exprs.variables(start);
                if (vars.size() == 1) {
                    String x = vars.iterator().next();
                    Optional<List<Expr>> values = SolutionSets.values(answer);
                    if (values.isEmpty()) problems.add("the answer lists no values");
                    else
                        for (Expr v : values.get()) {
                            double xv = Evaluator.eval(v, Map.of());
                            double l = Evaluator.eval(eq.lhs(), Map.of(x, xv));
                            double rr = Evaluator.eval(eq.rhs(), Map.of(x, xv));
                            if (!(Math.abs(l - rr) <= 1e-9 * Math.max(1, Math.abs(l) + Math.abs(rr))))
                                problems.add("x = " + xv + " does not satisfy the equation numerically");
                        }
                } else if (answer instanceof Statement.Equation ae) {
                    // a rearranged formula: at random values of the others, it gives the same subject value as the original equation
                    sameRelationNumerically(eq, ae, problems);
                }
            }
            case DIFFERENTIATE -> {
                Expr f = ((Statement.Expression) start).expr();
                Expr d = answer instanceof Statement.Expression ax ? ax.expr() : ((Statement.Equation) answer).rhs();
                var fvars = Exprs.variables(f);
                String v = fvars.contains("x") || fvars.isEmpty() ? "x" : fvars.iterator().next();
                SplittableRandom rnd = new SplittableRandom(7);
                for (int i = 0; i < 5; i++) {
                    double x = 0.3 + rnd.nextDouble() * 2;
                    double h = 1e-5;
                    double fd = (Evaluator.eval(f, Map.of(v, x + h)) - Evaluator.eval(f, Map.of(v, x - h))) / (2 * h);
                    double got = Evaluator.eval(d, Map.of(v, x));
                    if (!(Math.abs(fd - got) <= 1e-4 * Math.max(1, Math.abs(fd))))
                        problems.add("derivative differs numerically at x = " + x + ": " + got + " vs " + fd);
                }
                Expr symbolic = Derivative.of(f, v);
                if (!Equivalence.of(symbolic, d).equivalent()) problems.add("the answer is not the derivative");
            }
            case SYSTEM, PHYSICS -> throw new IllegalStateException("not an algebra task: " + w.task().id());
            case SIMPLIFY, EXPAND, FACTOR, EVALUATE -> {
                Expr s = ((Statement.Expression) start).expr();
                Expr a = answer instanceof Statement.Expression ax ? ax.expr() : ((Statement.Equation) answer).rhs();
                SplittableRandom rnd = new SplittableRandom(11);
                for (int i = 0; i < 5; i++) {
                    Map<String, Double> at = new HashMap<>();
                    for (String v : Exprs.variables(s)) at.put(v, 0.5 + rnd.nextDouble() * 3);
                    double x = Evaluator.eval(s, at);
                    double y = Evaluator.eval(a, at);
                    if (!(Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x))))
                        problems.add("answer differs numerically: " + y + " vs " + x);
                }
            }
        }
    }

    private static void sameRelationNumerically(Statement.Equation original, Statement.Equation answer, List<String> problems) {
        if (!(answer.lhs() instanceof Expr.Var subject)) {
            problems.add("a rearranged formula has its subject alone on the left");
            return;
        }
        SplittableRandom rnd = new SplittableRandom(3);
        int checked = 0;
        for (int i = 0; i < 40 && checked < 5; i++) {
            Map<String, Double> at = new HashMap<>();
            for (String v : Exprs.variables(new Statement.Equation(original.lhs(), original.rhs())))
                if (!v.equals(subject.name())) at.put(v, 1 + rnd.nextDouble() * 4);
            double value = Evaluator.eval(answer.rhs(), at);
            // u = √(v² − 2as) is defined only where v² > 2as: points outside the formula's domain check nothing
            if (Double.isNaN(value)) continue;
            checked++;
            at.put(subject.name(), value);
            double l = Evaluator.eval(original.lhs(), at);
            double r = Evaluator.eval(original.rhs(), at);
            if (!(Math.abs(l - r) <= 1e-9 * Math.max(1, Math.abs(l))))
                problems.add("the rearranged formula does not satisfy the original numerically");
        }
        if (checked < 5) problems.add("the rearranged formula could not be checked at enough points");
    }

    private static void physics(Worked w, List<String> problems) throws MathSyntaxException {
        List<Map.Entry<String, String>> givens = w.givens().stream().map(g -> Map.entry(g.symbol(), g.value())).toList();
        var situation = PhysicsSteps.Situation.of(givens, Optional.of(w.start()), Optional.of(w.answer()));
        LineCheck.Report r = PhysicsSteps.check(situation, w.mathLines(), w.mathLines());
        for (LineCheck l : r.lines()) {
            if (l.status() != LineCheck.Status.VALID && l.status() != LineCheck.Status.ON_PATH)
                problems.add("step " + l.line() + " (" + l.text() + "): " + l.status() + " " + l.message());
        }
        if (!r.finalAnswerCorrect().orElse(false)) problems.add("the last step does not state the unknown");
        double answerSi = Quantity.parse(w.answer()).si();
        if (!(Math.abs(answerSi - w.checkValue()) <= 0.006 * Math.max(Math.abs(w.checkValue()), 1e-12))) {
            problems.add("answer " + w.answer() + " (" + answerSi + " SI) differs from the independent value " + w.checkValue());
        }
    }

    private static void system(Worked w, List<String> problems) throws MathSyntaxException {
        Map<String, Double> solution = new HashMap<>();
        Statement ans = Parser.parse(w.answer());
        List<Statement> parts = ans instanceof Statement.Alternatives a ? a.options() : List.of(ans);
        for (Statement p : parts) {
            if (p instanceof Statement.Equation e && e.lhs() instanceof Expr.Var v)
                solution.put(v.name(), Evaluator.eval(e.rhs(), Map.of()));
        }
        if (solution.size() != 2) {
            problems.add("the answer does not give both unknowns");
            return;
        }
        List<String> lines = new ArrayList<>(List.of(w.start().split(";")));
        lines.addAll(w.mathLines());
        for (String line : lines) {
            Statement s = Parser.parse(line.strip());
            List<Statement> eqs = s instanceof Statement.Alternatives a ? a.options() : List.of(s);
            for (Statement st : eqs) {
                if (st instanceof Statement.Chain c) {
                    for (int k = 0; k + 1 < c.parts().size(); k++) {
                        if (!close(Evaluator.eval(c.parts().get(k), solution), Evaluator.eval(c.parts().get(k + 1), solution)))
                            problems.add("a link of \"" + line + "\" is false");
                    }
                } else if (st instanceof Statement.Equation e) {
                    if (!close(Evaluator.eval(e.lhs(), solution), Evaluator.eval(e.rhs(), solution)))
                        problems.add("\"" + line + "\" is not true of the solution");
                } else {
                    problems.add("\"" + line + "\" is not an equation");
                }
            }
        }
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a) + Math.abs(b));
    }
}
