package app.stepwise.math;

import app.stepwise.math.Canonical.RatFun;
import app.stepwise.math.Expr.Add;
import app.stepwise.math.Expr.Div;
import app.stepwise.math.Expr.Fn;
import app.stepwise.math.Expr.Mul;
import app.stepwise.math.Expr.Neg;
import app.stepwise.math.Expr.Num;
import app.stepwise.math.Expr.Pow;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The forms a teacher may require of an answer: expanded, factored, a simplified fraction, exact. */
public final class Forms {
    private Forms() {}

    /** No product or power of a sum remains, and like terms are collected. */
    public static boolean isExpanded(Expr e) {
        boolean productOfSums = Exprs.any(e,
                x -> (x instanceof Mul m && m.factors().stream().filter(f -> unwrapNeg(f) instanceof Add).count() > 0)
                        || (x instanceof Pow p && unwrapNeg(p.base()) instanceof Add
                                && Exprs.exactValue(p.exponent()).map(r -> r.isInteger() && r.signum() > 0).orElse(false)));
        if (productOfSums) return false;
        try {
            RatFun r = new Canonical().of(e);
            int written = e instanceof Add a ? a.terms().size() : 1;
            return written == Math.max(1, r.num().view().size());
        } catch (ArithmeticException | MathLimitException ex) {
            return false;
        }
    }

    /** A product of factors none of which (in one variable) has a rational root left to take out. */
    public static boolean isFactored(Expr e) {
        List<Expr> factors = new ArrayList<>();
        flattenProduct(e, factors);
        if (hasCommonNumberFactor(factors)) return false;
        Set<String> vars = Exprs.variables(e);
        if (vars.size() != 1) return factors.size() > 1 || !(e instanceof Add);
        String x = vars.iterator().next();
        Canonical c = new Canonical();
        for (Expr f : factors) {
            try {
                RatFun r = c.of(f);
                Optional<Rational[]> coeffs = Univariate.coefficients(r.num(), x);
                if (coeffs.isEmpty()) continue;
                int degree = Univariate.degree(coeffs.get());
                if (degree >= 2 && !Univariate.rationalRoots(coeffs.get()).isEmpty()) return false;
            } catch (ArithmeticException | MathLimitException ex) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a sum among the factors still has a whole-number factor greater than 1 in all its terms: {@code 2x - 2},
     * {@code x(2x - 6)}, {@code (x + 2)(2x + 6)}.
     */
    public static boolean hasCommonNumberFactor(Expr e) {
        List<Expr> factors = new ArrayList<>();
        flattenProduct(e, factors);
        return hasCommonNumberFactor(factors);
    }

    private static boolean hasCommonNumberFactor(List<Expr> factors) {
        Canonical c = new Canonical();
        for (Expr f : factors) {
            if (!(f instanceof Add)) continue;
            try {
                RatFun r = c.of(f);
                if (!r.den().isConstant() || r.num().view().size() < 2) continue;
                BigInteger g = BigInteger.ZERO;
                boolean integral = true;
                for (Rational k : r.num().view().values()) {
                    if (!k.isInteger()) {
                        integral = false;
                        break;
                    }
                    g = g.gcd(k.num());
                }
                if (integral && g.compareTo(BigInteger.ONE) > 0) return true;
            } catch (ArithmeticException | MathLimitException ex) {
                // not a polynomial we can look into
            }
        }
        return false;
    }

    private static void flattenProduct(Expr e, List<Expr> out) {
        switch (e) {
            case Mul m -> m.factors().forEach(f -> flattenProduct(f, out));
            case Neg n -> flattenProduct(n.operand(), out);
            case Pow p when Exprs.exactValue(p.exponent()).map(r -> r.isInteger() && r.signum() > 0).orElse(false) ->
                flattenProduct(p.base(), out);
            default -> out.add(e);
        }
    }

    private static Expr unwrapNeg(Expr e) {
        return e instanceof Neg n ? unwrapNeg(n.operand()) : e;
    }

    /** One fraction in lowest terms: no common factor between numerator and denominator, no fraction inside a fraction. */
    public static boolean isSimplifiedFraction(Expr e) {
        Expr core = unwrapNeg(e);
        if (!(core instanceof Div d)) return !Exprs.any(core, x -> x instanceof Div);
        if (Exprs.any(d.numerator(), x -> x instanceof Div) || Exprs.any(d.denominator(), x -> x instanceof Div)) return false;
        Optional<Rational> n = Exprs.exactValue(d.numerator());
        Optional<Rational> m = Exprs.exactValue(d.denominator());
        if (n.isPresent() && m.isPresent()) {
            Rational a = n.get();
            Rational b = m.get();
            return a.isInteger() && b.isInteger() && a.num().gcd(b.num()).equals(BigInteger.ONE) && !b.abs().isOne();
        }
        Set<String> vars = Exprs.variables(e);
        if (vars.size() != 1) return true;
        String x = vars.iterator().next();
        try {
            Canonical c = new Canonical();
            Optional<Rational[]> p = Univariate.coefficients(c.of(d.numerator()).num(), x);
            Optional<Rational[]> q = Univariate.coefficients(c.of(d.denominator()).num(), x);
            if (p.isEmpty() || q.isEmpty()) return true;
            return Univariate.degree(Univariate.gcd(p.get(), q.get())) <= 0;
        } catch (ArithmeticException | MathLimitException ex) {
            return false;
        }
    }

    /** No decimals: exact numbers, fractions, roots and pi only. */
    public static boolean isExact(Expr e) {
        return !Exprs.any(e, x -> x instanceof Num n && n.decimal() && !n.value().isInteger());
    }

    static boolean hasFunction(Expr e, String name) {
        return Exprs.any(e, x -> x instanceof Fn f && f.name().equals(name));
    }
}
