package app.stepwise.solve;

import app.stepwise.math.Expr;
import app.stepwise.math.Exprs;
import app.stepwise.math.Printer;
import app.stepwise.math.Rational;
import app.stepwise.solve.Polynomial.Monomial;
import app.stepwise.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Differentiates sums of powers of x (any rational exponent, so 1/x² and √x too), and products and compositions of
 * those with sin, cos, e^ and ln: the power rule term by term, the product rule, the chain rule.
 */
final class DerivativeSolver {
    private DerivativeSolver() {}

    /** Which rule the derivative needs: power, product or chain. */
    static String rule(Expr f, String x) {
        Optional<Polynomial> p = Polynomial.of(f).filter(q -> !powerOfSum(f));
        if (p.isPresent()) return "power";
        Expr core = withoutConstant(f, x);
        if (core instanceof Expr.Mul m && m.factors().stream().filter(g -> depends(g, x)).count() >= 2) return "product";
        if (core instanceof Expr.Div d && depends(d.denominator(), x) && depends(d.numerator(), x)) return "quotient";
        return "chain";
    }

    /** (3x + 1)^5: a chain-rule exercise, not one to multiply out. */
    static boolean powerOfSum(Expr f) {
        return Exprs.any(f, e -> e instanceof Expr.Pow p && p.base() instanceof Expr.Add && Exprs.exactValue(p.exponent())
                .filter(r -> !r.equals(Rational.of(2)) || !(f instanceof Expr.Add)).isPresent())
                || Exprs.any(f, e -> e instanceof Expr.Fn fn && fn.name().equals("sqrt") && fn.arg() instanceof Expr.Add);
    }

    static List<Step> steps(Expr f, String x) {
        List<Step> steps = new ArrayList<>();
        Optional<Polynomial> p = Polynomial.of(f).filter(q -> !powerOfSum(f));
        if (p.isPresent()) {
            if (!p.get().variables().stream().allMatch(x::equals))
                throw new IllegalArgumentException("other letters in the function");
            List<String> parts = new ArrayList<>();
            for (var t : p.get().terms().entrySet()) {
                Rational n = t.getKey().power(x);
                if (n.isZero()) continue;
                Rational c = t.getValue();
                Monomial lower = t.getKey().times(Monomial.of(x).pow(Rational.MINUS_ONE));
                String coefficient = c.isOne()
                        ? EquationSolver.paren(n)
                        : EquationSolver.paren(c) + " × " + EquationSolver.paren(n);
                parts.add(lower.powers().isEmpty() ? coefficient : coefficient + " × " + lower.text());
            }
            Polynomial d = derivative(p.get(), x);
            String rule = parts.isEmpty() ? "0" : String.join(" + ", parts);
            steps.add(new Step(Message.of("step.powerRule", x), rule, "power-rule"));
            if (!rule.equals(d.text())) steps.add(new Step(Message.of("step.multiplyNumbers"), d.text(), "simplify"));
            return steps;
        }
        Rational k = constantFactor(f, x);
        Expr core = withoutConstant(f, x);
        String prefix = k.isOne() ? "" : EquationSolver.paren(k) + " × ";
        if (core instanceof Expr.Mul m) {
            List<Expr> dependent = m.factors().stream().filter(g -> depends(g, x)).toList();
            if (dependent.size() == 2) {
                Expr u = dependent.get(0), v = dependent.get(1);
                String du = simple(u, x), dv = simple(v, x);
                String line = prefix + "(" + du + " × " + wrap(v) + " + " + wrap(u) + " × " + wrapText(dv) + ")";
                if (k.isOne()) line = du + " × " + wrap(v) + " + " + wrap(u) + " × " + wrapText(dv);
                steps.add(new Step(
                        Message.of("step.productRule", Printer.text(u), Printer.text(v), String.valueOf(du), String.valueOf(dv)),
                        line, "product-rule"));
                return steps;
            }
            throw new IllegalArgumentException("more than two factors depend on " + x);
        }
        if (core instanceof Expr.Div d && depends(d.denominator(), x)) {
            Expr u = d.numerator(), v = d.denominator();
            String du = simple(u, x), dv = simple(v, x);
            String line = prefix + "(" + wrapText(du) + " × " + wrap(v) + " - " + wrap(u) + " × " + wrapText(dv) + ")/" + wrap(v)
                    + "^2";
            steps.add(
                    new Step(Message.of("step.quotientRule", Printer.text(u), Printer.text(v)), line, "quotient-rule"));
            return steps;
        }
        String chain = simple(core, x);
        steps.add(new Step(Message.of("step.chainRule"),
                k.isOne() ? chain : prefix + wrapText(chain), "chain-rule"));
        return steps;
    }

    static Polynomial derivative(Polynomial p, String x) {
        Polynomial d = Polynomial.ZERO;
        for (var t : p.terms().entrySet()) {
            Rational n = t.getKey().power(x);
            if (n.isZero()) continue;
            d = d.plus(Polynomial.term(t.getValue().multiply(n), t.getKey().times(Monomial.of(x).pow(Rational.MINUS_ONE))));
        }
        return d;
    }

    private static boolean depends(Expr e, String x) {
        return Exprs.variables(e).contains(x);
    }

    private static Rational constantFactor(Expr f, String x) {
        if (f instanceof Expr.Neg n) return constantFactor(n.operand(), x).negate();
        if (f instanceof Expr.Mul m) {
            Rational k = Rational.ONE;
            for (Expr g : m.factors())
                if (!depends(g, x))
                    k = k.multiply(Exprs.exactValue(g).orElseThrow(() -> new IllegalArgumentException("letters")));
            return k;
        }
        return Rational.ONE;
    }

    private static Expr withoutConstant(Expr f, String x) {
        if (f instanceof Expr.Neg n) return withoutConstant(n.operand(), x);
        if (f instanceof Expr.Mul m) {
            List<Expr> rest = m.factors().stream().filter(g -> depends(g, x)).toList();
            return rest.size() == 1 ? rest.get(0) : new Expr.Mul(rest);
        }
        return f;
    }

    /** The derivative of a basic piece, written tidily: a polynomial, sin/cos/e^/ln of a polynomial, a power of a sum. */
    static String simple(Expr e, String x) {
        Optional<Polynomial> p = Polynomial.of(e);
        if (p.isPresent() && !powerOfSum(e)) return derivative(p.get(), x).text();
        Rational k = constantFactor(e, x);
        Expr core = withoutConstant(e, x);
        if (!k.isOne()) return EquationSolver.paren(k) + " × " + wrapText(simple(core, x));
        switch (core) {
            case Expr.Fn f -> {
                String inner = Printer.text(f.arg());
                String di = simple(f.arg(), x);
                String times = di.equals("1") ? "" : " × " + wrapText(di);
                return switch (f.name()) {
                    case "sin" -> "cos(" + inner + ")" + times;
                    case "cos" -> "-sin(" + inner + ")" + times;
                    case "exp" -> "exp(" + inner + ")" + times;
                    case "ln" -> di.equals("1") ? "1/(" + inner + ")" : wrapText(di) + "/(" + inner + ")";
                    case "sqrt" -> wrapText(di) + "/(2√(" + inner + "))";
                    case "tan" -> "1/cos(" + inner + ")^2" + times;
                    default -> throw new IllegalArgumentException("Stepwise does not differentiate " + f.name());
                };
            }
            case Expr.Pow pw when pw.base() instanceof Expr.Const c && c.name().equals("e") -> {
                String inner = Printer.text(pw.exponent());
                String di = simple(pw.exponent(), x);
                return "e^(" + inner + ")" + (di.equals("1") ? "" : " × " + wrapText(di));
            }
            case Expr.Pow pw when Exprs.exactValue(pw.exponent()).isPresent() -> {
                Rational n = Exprs.exactValue(pw.exponent()).get();
                String inner = Printer.text(pw.base());
                String di = simple(pw.base(), x);
                Rational n1 = n.subtract(Rational.ONE);
                String power = n1.isOne() ? "(" + inner + ")" : "(" + inner + ")^" + Polynomial.exponent(n1);
                return EquationSolver.paren(n) + power + (di.equals("1") ? "" : " × " + wrapText(di));
            }
            default -> throw new IllegalArgumentException("Stepwise does not differentiate " + Printer.text(core));
        }
    }

    private static String wrap(Expr e) {
        String t = Printer.text(e);
        return e instanceof Expr.Var || e instanceof Expr.Fn || e instanceof Expr.Num ? t : "(" + t + ")";
    }

    private static String wrapText(String t) {
        return t.matches("[A-Za-z0-9^]+|[a-z]+\\([^()]*\\)") ? t : "(" + t + ")";
    }
}
