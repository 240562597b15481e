package app.stepwise.math;

import app.stepwise.math.Expr.Add;
import app.stepwise.math.Expr.Const;
import app.stepwise.math.Expr.Div;
import app.stepwise.math.Expr.Fn;
import app.stepwise.math.Expr.Mul;
import app.stepwise.math.Expr.Neg;
import app.stepwise.math.Expr.Num;
import app.stepwise.math.Expr.Pow;
import app.stepwise.math.Expr.Var;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/** Small structural helpers on expressions: variables, substitution, searching. */
public final class Exprs {
    private Exprs() {}

    public static Set<String> variables(Expr e) {
        Set<String> out = new TreeSet<>();
        collect(e, out);
        return out;
    }

    public static Set<String> variables(Statement s) {
        Set<String> out = new TreeSet<>();
        switch (s) {
            case Statement.Expression x -> collect(x.expr(), out);
            case Statement.Equation q -> {
                collect(q.lhs(), out);
                collect(q.rhs(), out);
            }
            case Statement.Alternatives a -> a.options().forEach(o -> out.addAll(variables(o)));
            case Statement.Chain c -> c.parts().forEach(x -> collect(x, out));
            case Statement.SetOf so -> so.elements().forEach(x -> collect(x, out));
        }
        return out;
    }

    private static void collect(Expr e, Set<String> out) {
        switch (e) {
            case Var v -> out.add(v.name());
            case Num n -> {
            }
            case Const c -> {
            }
            case Neg n -> collect(n.operand(), out);
            case Add a -> a.terms().forEach(t -> collect(t, out));
            case Mul m -> m.factors().forEach(f -> collect(f, out));
            case Div d -> {
                collect(d.numerator(), out);
                collect(d.denominator(), out);
            }
            case Pow p -> {
                collect(p.base(), out);
                collect(p.exponent(), out);
            }
            case Fn f -> collect(f.arg(), out);
        }
    }

    public static Expr substitute(Expr e, Map<String, Expr> values) {
        return switch (e) {
            case Var v -> values.getOrDefault(v.name(), v);
            case Num n -> n;
            case Const c -> c;
            case Neg n -> new Neg(substitute(n.operand(), values));
            case Add a -> new Add(a.terms().stream().map(t -> substitute(t, values)).toList());
            case Mul m -> new Mul(m.factors().stream().map(t -> substitute(t, values)).toList());
            case Div d -> new Div(substitute(d.numerator(), values), substitute(d.denominator(), values));
            case Pow p -> new Pow(substitute(p.base(), values), substitute(p.exponent(), values));
            case Fn f -> new Fn(f.name(), substitute(f.arg(), values));
        };
    }

    /** True when some node of e satisfies the test. */
    public static boolean any(Expr e, Predicate<Expr> test) {
        if (test.test(e)) return true;
        return switch (e) {
            case Var v -> false;
            case Num n -> false;
            case Const c -> false;
            case Neg n -> any(n.operand(), test);
            case Add a -> a.terms().stream().anyMatch(t -> any(t, test));
            case Mul m -> m.factors().stream().anyMatch(t -> any(t, test));
            case Div d -> any(d.numerator(), test) || any(d.denominator(), test);
            case Pow p -> any(p.base(), test) || any(p.exponent(), test);
            case Fn f -> any(f.arg(), test);
        };
    }

    /** The exact value when the expression is a number (possibly written as 3/4, -2, 10^-3, √4). */
    public static Optional<Rational> exactValue(Expr e) {
        try {
            Canonical.RatFun r = new Canonical().of(e);
            return r.isConstant() ? Optional.of(r.constant()) : Optional.empty();
        } catch (ArithmeticException | MathLimitException ex) {
            return Optional.empty();
        }
    }

    /** The size of the tree, used to bound work. */
    public static int size(Expr e) {
        int[] n = {0};
        any(e, x -> {
            n[0]++;
            return false;
        });
        return n[0];
    }
}
