package app.stepwise.math;

import app.stepwise.math.Statement.Alternatives;
import app.stepwise.math.Statement.Equation;
import app.stepwise.math.Statement.Expression;
import app.stepwise.math.Statement.SetOf;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Solution sets written in any order and notation: {@code {2, -3}}, {@code x = -3 or x = 2}, {@code x = 2, x = -3}. */
public final class SolutionSets {
    private SolutionSets() {}

    /** How a response's set compares with the expected one. */
    public record Comparison(int expected, int matched, int extra) {
        public boolean same() {
            return matched == expected && extra == 0;
        }
    }

    /** The values a statement lists, or empty when it is not a list of values (e.g. an equation to solve). */
    public static Optional<List<Expr>> values(Statement s) {
        List<Expr> out = new ArrayList<>();
        switch (s) {
            case SetOf so -> out.addAll(so.elements());
            case Expression e -> out.add(e.expr());
            case Equation q -> {
                Optional<Expr> v = valueOf(q);
                if (v.isEmpty()) return Optional.empty();
                out.add(v.get());
            }
            case Statement.Chain c -> {
                Optional<Expr> v = valueOf(c.asEquation());
                if (v.isEmpty()) return Optional.empty();
                out.add(v.get());
            }
            case Alternatives a -> {
                for (Statement o : a.options()) {
                    Optional<List<Expr>> vs = values(o);
                    if (vs.isEmpty()) return Optional.empty();
                    out.addAll(vs.get());
                }
            }
        }
        return Optional.of(out);
    }

    /** The variables a list of values names ({@code x} in {@code x = 2 or x = 3}); empty when none is named. */
    public static Set<String> namedVariables(Statement s) {
        Set<String> out = new TreeSet<>();
        switch (s) {
            case Equation q -> named(q, out);
            case Statement.Chain c -> named(c.asEquation(), out);
            case Alternatives a -> a.options().forEach(o -> out.addAll(namedVariables(o)));
            default -> {
            }
        }
        return out;
    }

    private static void named(Equation q, Set<String> out) {
        if (valueOf(q).isEmpty()) return;
        if (q.lhs() instanceof Expr.Var v && Exprs.variables(q.rhs()).isEmpty()) out.add(v.name());
        else if (q.rhs() instanceof Expr.Var v) out.add(v.name());
    }

    /** {@code x = 3} or {@code 3 = x}: the value given to a lone variable. */
    public static Optional<Expr> valueOf(Equation q) {
        if (q.lhs() instanceof Expr.Var && Exprs.variables(q.rhs()).isEmpty()) return Optional.of(q.rhs());
        if (q.rhs() instanceof Expr.Var && Exprs.variables(q.lhs()).isEmpty()) return Optional.of(q.lhs());
        return Optional.empty();
    }

    public static Comparison compare(List<Expr> expected, List<Expr> response) {
        List<Expr> unmatched = new ArrayList<>(dedupe(response));
        int matched = 0;
        for (Expr e : dedupe(expected)) {
            for (int i = 0; i < unmatched.size(); i++) {
                if (Equivalence.of(e, unmatched.get(i)).equivalent()) {
                    matched++;
                    unmatched.remove(i);
                    break;
                }
            }
        }
        return new Comparison(dedupe(expected).size(), matched, unmatched.size());
    }

    private static List<Expr> dedupe(List<Expr> values) {
        List<Expr> out = new ArrayList<>();
        for (Expr v : values) {
            if (out.stream().noneMatch(o -> Equivalence.of(o, v).equivalent())) out.add(v);
        }
        return out;
    }
}
