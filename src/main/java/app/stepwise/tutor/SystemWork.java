package app.stepwise.tutor;

import app.stepwise.grade.LineCheck;
import app.stepwise.grade.Misconception;
import app.stepwise.math.Expr;
import app.stepwise.math.Exprs;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Rational;
import app.stepwise.math.Statement;
import app.stepwise.solve.GeneralSolver;
import app.stepwise.solve.Worked;
import app.stepwise.text.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks working on two simultaneous linear equations. The system has exactly one solution, so a line follows from
 * it exactly when every equation on the line is true there (a true linear equation is a combination of the two);
 * each line is judged by exact arithmetic at that solution.
 */
final class SystemWork {
    private SystemWork() {}

    static LineCheck.Report check(String start, List<String> lines, List<String> reference) throws MathSyntaxException {
        Map<String, Expr> solution = solution(start);
        List<LineCheck> out = new ArrayList<>();
        Optional<Integer> firstError = Optional.empty();
        int furthest = 0;
        Optional<Boolean> finalRight = Optional.empty();
        for (int i = 0; i < lines.size(); i++) {
            int n = i + 1;
            String raw = lines.get(i);
            String text = raw.strip().replaceFirst("\\.$", "");
            if (!text.matches(".*[0-9A-Za-z].*")) {
                out.add(new LineCheck(n, raw, LineCheck.Status.NOTE, Optional.empty(), Message.NONE, Optional.empty()));
                continue;
            }
            Statement s;
            try {
                s = Parser.parse(text);
            } catch (MathSyntaxException e) {
                out.add(new LineCheck(n, raw, LineCheck.Status.UNREADABLE, Optional.empty(),
                        Message.of("line.cannotRead", e.said()), Optional.empty()));
                if (firstError.isEmpty()) firstError = Optional.of(n);
                continue;
            }
            boolean true_ = holds(s, solution);
            if (!true_) {
                out.add(new LineCheck(n, raw, LineCheck.Status.INVALID, Optional.of(Misconception.ARITHMETIC_SLIP),
                        Message.of("line.systemNotTrue"),
                        Optional.empty()));
                if (firstError.isEmpty()) firstError = Optional.of(n);
                finalRight = Optional.of(false);
                continue;
            }
            Optional<Integer> ref = Optional.empty();
            for (int k = reference.size() - 1; k >= 0; k--)
                if (reference.get(k).replace(" ", "").equals(text.replace(" ", ""))) {
                    ref = Optional.of(k + 1);
                    break;
                }
            ref.ifPresent(k -> {});
            if (ref.isPresent()) furthest = Math.max(furthest, ref.get());
            out.add(new LineCheck(n, raw, ref.isPresent() ? LineCheck.Status.ON_PATH : LineCheck.Status.VALID, Optional.empty(),
                    Message.of(ref.isPresent() ? "line.goodStep" : "grade.correct"), ref));
            finalRight = Optional.of(givesBoth(s, solution));
        }
        Optional<Integer> next = furthest < reference.size() ? Optional.of(furthest + 1) : Optional.empty();
        return new LineCheck.Report(out, firstError, finalRight, next);
    }

    private static Map<String, Expr> solution(String start) throws MathSyntaxException {
        Worked w = GeneralSolver.solve(new GeneralSolver.Request(GeneralSolver.Task.SYSTEM, start, ""), start)
                .orElseThrow(() -> new MathSyntaxException(Message.of("line.systemNoSolution"), 0));
        Map<String, Expr> values = new HashMap<>();
        for (Statement p : parts(Parser.parse(w.answer())))
            if (p instanceof Statement.Equation e && e.lhs() instanceof Expr.Var v) values.put(v.name(), e.rhs());
        return values;
    }

    private static List<Statement> parts(Statement s) {
        return s instanceof Statement.Alternatives a ? a.options() : List.of(s);
    }

    private static boolean holds(Statement s, Map<String, Expr> at) {
        for (Statement p : parts(s)) {
            List<Expr> sides = switch (p) {
                case Statement.Equation e -> List.of(e.lhs(), e.rhs());
                case Statement.Chain c -> c.parts();
                default -> List.of();
            };
            if (sides.size() < 2) return false;
            Optional<Rational> first = value(sides.get(0), at);
            for (Expr side : sides.subList(1, sides.size())) {
                Optional<Rational> v = value(side, at);
                if (first.isEmpty() || v.isEmpty() || !first.get().equals(v.get())) return false;
            }
        }
        return true;
    }

    private static Optional<Rational> value(Expr e, Map<String, Expr> at) {
        if (!at.keySet().containsAll(Exprs.variables(e))) return Optional.empty();
        return Exprs.exactValue(Exprs.substitute(e, at));
    }

    private static boolean givesBoth(Statement s, Map<String, Expr> at) {
        java.util.Set<String> named = new java.util.HashSet<>();
        for (Statement p : parts(s))
            if (p instanceof Statement.Equation e && e.lhs() instanceof Expr.Var v && Exprs.variables(e.rhs()).isEmpty())
                named.add(v.name());
        return named.containsAll(at.keySet());
    }
}
