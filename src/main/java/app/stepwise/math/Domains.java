package app.stepwise.math;

import app.stepwise.math.Expr.Div;
import app.stepwise.math.Expr.Num;
import app.stepwise.math.Expr.Pow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where expressions are defined: the denominators they divide by, and definedness at a point. */
final class Domains {
    private Domains() {}

    static List<Expr> denominators(Expr... exprs) {
        List<Expr> out = new ArrayList<>();
        for (Expr e : exprs) {
            Exprs.any(e, x -> {
                if (x instanceof Div d) out.add(d.denominator());
                if (x instanceof Pow p && Exprs.exactValue(p.exponent()).map(r -> r.signum() < 0).orElse(false))
                    out.add(p.base());
                return false;
            });
        }
        return out;
    }

    /** True when the expression has a real value (division by zero anywhere makes it undefined). */
    static boolean definedAt(Expr constant) {
        try {
            new Canonical().of(constant);
        } catch (ArithmeticException e) {
            return false;
        } catch (MathLimitException e) {
            return true;
        }
        // Other variables get an arbitrary ordinary value: definedness here is about the substituted one.
        Map<String, Double> others = new HashMap<>();
        for (String v : Exprs.variables(constant)) others.put(v, 0.731);
        return !Double.isNaN(Evaluator.eval(constant, others));
    }

    static Expr number(Rational r) {
        return new Num(r, false);
    }
}
