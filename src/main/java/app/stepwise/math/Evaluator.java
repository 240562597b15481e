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

/**
 * Evaluates an expression in real double arithmetic. Undefined values (division by zero, the root or
 * logarithm of a negative, a missing variable) come out as NaN. It also records the largest magnitude met
 * on the way, so that comparisons can scale their tolerance to the rounding error actually possible.
 */
public final class Evaluator {
    private final Map<String, Double> values;
    private double scale;
    /** Set when a value overflowed or a power underflowed to zero: the result then says nothing about the function. */
    private boolean outOfRange;

    private Evaluator(Map<String, Double> values) {
        this.values = values;
    }

    /** The value, or NaN where the expression is undefined. */
    public static double eval(Expr e, Map<String, Double> values) {
        return new Evaluator(values).value(e);
    }

    /**
     * The value, the largest intermediate magnitude, and 1 where a value left the range of doubles (overflow, or a
     * power of a non-zero number that underflowed to 0), else 0: {value, scale, outOfRange}.
     */
    static double[] evalWithScale(Expr e, Map<String, Double> values) {
        Evaluator ev = new Evaluator(values);
        double v = ev.value(e);
        return new double[]{v, Math.max(ev.scale, Math.abs(v)), ev.outOfRange ? 1 : 0};
    }

    private double note(double v) {
        if (Double.isInfinite(v)) {
            outOfRange = true;
            return Double.NaN;
        }
        double a = Math.abs(v);
        if (a > scale) scale = a;
        return v;
    }

    private double value(Expr e) {
        Budget.check();
        return note(switch (e) {
            case Num n -> n.value().toDouble();
            case Var v -> values.getOrDefault(v.name(), Double.NaN);
            case Const c -> c.name().equals("pi") ? Math.PI : Math.E;
            case Neg n -> -value(n.operand());
            case Add a -> {
                double s = 0;
                for (Expr t : a.terms()) s += value(t);
                yield s;
            }
            case Mul m -> {
                double s = 1;
                for (Expr f : m.factors()) s *= value(f);
                yield s;
            }
            case Div d -> {
                double den = value(d.denominator());
                yield den == 0 ? Double.NaN : value(d.numerator()) / den;
            }
            case Pow p -> pow(p);
            case Fn f -> function(f.name(), value(f.arg()));
        });
    }

    private double pow(Pow p) {
        double b = value(p.base());
        // The exponent's own size is no measure of rounding in the value: x^(10^9) must not get a tolerance of 1.
        double saved = scale;
        double x = value(p.exponent());
        scale = saved;
        if (b < 0 && x != Math.rint(x)) {
            // A real odd root of a negative number, e.g. (-8)^(1/3), when the exponent is a rational with odd denominator.
            Rational r = exactExponent(p.exponent());
            if (r != null && r.den().testBit(0) && r.den().bitLength() < 16) {
                double mag = Math.pow(-b, x);
                return r.num().testBit(0) ? -mag : mag;
            }
            return Double.NaN;
        }
        if (b == 0 && x < 0) return Double.NaN;
        double v = Math.pow(b, x);
        if (v == 0 && b != 0 && !Double.isNaN(x)) outOfRange = true;
        return v;
    }

    private static Rational exactExponent(Expr e) {
        try {
            Canonical.RatFun r = new Canonical().of(e);
            return r.isConstant() ? r.constant() : null;
        } catch (RuntimeException ex) {
            return null;
        }
    }

    private static double function(String name, double a) {
        return switch (name) {
            case "sin" -> Math.sin(a);
            case "cos" -> Math.cos(a);
            case "tan" -> Math.abs(Math.cos(a)) < 1e-12 ? Double.NaN : Math.tan(a);
            case "sec" -> 1 / Math.cos(a);
            case "csc" -> 1 / Math.sin(a);
            case "cot" -> 1 / Math.tan(a);
            case "arcsin" -> Math.asin(a);
            case "arccos" -> Math.acos(a);
            case "arctan" -> Math.atan(a);
            case "sinh" -> Math.sinh(a);
            case "cosh" -> Math.cosh(a);
            case "tanh" -> Math.tanh(a);
            case "sech" -> 1 / Math.cosh(a);
            case "csch" -> a == 0 ? Double.NaN : 1 / Math.sinh(a);
            case "coth" -> a == 0 ? Double.NaN : 1 / Math.tanh(a);
            case "arcsinh" -> Math.log(a + Math.sqrt(a * a + 1));
            case "arccosh" -> a >= 1 ? Math.log(a + Math.sqrt(a * a - 1)) : Double.NaN;
            case "arctanh" -> Math.abs(a) < 1 ? 0.5 * Math.log((1 + a) / (1 - a)) : Double.NaN;
            case "arcsec" -> Math.abs(a) >= 1 ? Math.acos(1 / a) : Double.NaN;
            case "arccsc" -> Math.abs(a) >= 1 ? Math.asin(1 / a) : Double.NaN;
            case "arccot" -> a == 0 ? Math.PI / 2 : Math.atan(1 / a) + (a < 0 ? Math.PI : 0);
            case "ln" -> a > 0 ? Math.log(a) : Double.NaN;
            case "log" -> a > 0 ? Math.log10(a) : Double.NaN;
            case "exp" -> Math.exp(a);
            case "sqrt" -> a >= 0 ? Math.sqrt(a) : Double.NaN;
            case "abs" -> Math.abs(a);
            default -> Double.NaN;
        };
    }
}
