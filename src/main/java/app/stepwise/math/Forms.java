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
        if (isMixedNumber(core)) return true;
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

    /** 1½ (read as 1 + 1/2): a whole number and a proper fraction in lowest terms, a simplified way to write 3/2. */
    private static boolean isMixedNumber(Expr e) {
        if (!(e instanceof Expr.Add a) || a.terms().size() != 2) return false;
        if (!(a.terms().get(0) instanceof Expr.Num whole) || !whole.value().isInteger() || whole.value().signum() <= 0)
            return false;
        if (!(a.terms().get(1) instanceof Div d && d.numerator() instanceof Expr.Num n && d.denominator() instanceof Expr.Num m))
            return false;
        Rational top = n.value(), bottom = m.value();
        return top.isInteger() && bottom.isInteger() && top.signum() > 0 && top.compareTo(bottom) < 0
                && top.num().gcd(bottom.num()).equals(BigInteger.ONE);
    }

    /**
     * Nothing left to combine, as the laws of indices leave an answer: each base once in a product ({@code x^7}, not
     * {@code x^3 x^4} or {@code x^9/x^2}), no power of a power or of a product ({@code x^12}, not {@code (x^3)^4}), no
     * power 0 or 1, no sum or product of plain numbers left to work out ({@code x^(3+4)}, {@code 2 × 6x}), one number
     * in front (a fraction in lowest terms), and no like terms left in a sum.
     */
    public static boolean isSimplified(Expr e) {
        return switch (e) {
            case Num n -> true;
            case Expr.Var v -> true;
            case Expr.Const c -> true;
            case Neg n -> !(n.operand() instanceof Neg) && isSimplified(n.operand());
            case Fn f -> isSimplified(f.arg()) && !(f.name().equals("sqrt") && squareInside(f.arg()));
            // x + 0: a zero term left (grade17's table of what a teacher calls simplified)
            case Add a -> a.terms().stream().allMatch(Forms::isSimplified) && noLikeTerms(a.terms())
                    && a.terms().stream().noneMatch(t -> t instanceof Num n && n.value().isZero());
            case Mul m -> productSimplified(e);
            case Div d -> productSimplified(e);
            case Pow p -> powerSimplified(p);
        };
    }

    /**
     * √8, √12, √4: a whole number under a square root with a square factor (8 = 4 × 2), which a teacher takes out (2√2);
     * √0 and √1 are numbers. grade17: √8 was simplified, so "simplify √8" accepted √8.
     */
    private static boolean squareInside(Expr arg) {
        if (!(arg instanceof Num n) || !n.value().isInteger() || n.value().signum() < 0) return false;
        BigInteger k = n.value().num();
        if (k.compareTo(BigInteger.ONE) <= 0) return true;
        if (k.bitLength() > 40) return false; // too large to look for factors here: taken as written
        long v = k.longValueExact();
        for (long d = 2; d * d <= v; d++) if (v % (d * d) == 0) return true;
        return false;
    }

    private static boolean powerSimplified(Pow p) {
        Optional<Rational> k = Exprs.exactValue(p.exponent());
        if (k.isPresent() && (k.get().isZero() || k.get().isOne())) return false;
        if (k.isPresent() && !literalNumber(p.exponent())) return false; // x^(3+4)
        Expr base = unwrapNeg(p.base());
        if (base instanceof Pow || k.isPresent() && (base instanceof Mul || base instanceof Div)) return false;
        return isSimplified(p.base()) && isSimplified(p.exponent());
    }

    /** A number as written: 7, -2, 1/2 (in lowest terms), not 3 + 4 or 2 × 3. */
    private static boolean literalNumber(Expr e) {
        return switch (e) {
            case Num n -> true;
            case Neg n -> literalNumber(n.operand());
            case Div d -> d.numerator() instanceof Num a && d.denominator() instanceof Num b && a.value().isInteger()
                    && b.value().isInteger() && a.value().num().gcd(b.value().num()).equals(BigInteger.ONE) && !b.value().isOne();
            default -> false;
        };
    }

    private static boolean productSimplified(Expr e) {
        List<Expr> top = new ArrayList<>();
        List<Expr> bottom = new ArrayList<>();
        splitProduct(e, top, bottom, false);
        List<Rational> numbers = new ArrayList<>();
        List<String> bases = new ArrayList<>();
        int topNumbers = 0;
        int bottomNumbers = 0;
        for (List<Expr> side : List.of(top, bottom)) {
            for (Expr f : side) {
                if (f instanceof Num n) {
                    if (n.value().isZero() && top.size() + bottom.size() > 1) return false; // 0x is 0
                    if (n.value().isOne() && (top.size() + bottom.size() > 1) && side == top) {
                        if (bottom.isEmpty()) return false; // 1·x
                        continue; // 1/x^2: the 1 only holds the place of the numerator
                    }
                    numbers.add(n.value());
                    if (side == top) topNumbers++;
                    else
                        bottomNumbers++;
                    continue;
                }
                if (!isSimplified(f)) return false;
                // a number to a power beside other factors is a number left to work out: 2^4 x^12 is 16x^12
                if (f instanceof Pow p && Exprs.variables(p).isEmpty() && top.size() + bottom.size() > 1
                        && Exprs.exactValue(p.exponent()).map(Rational::isInteger).orElse(false))
                    return false;
                Expr base = f instanceof Pow p && Exprs.exactValue(p.exponent()).isPresent() ? p.base() : f;
                String key = Printer.text(base);
                if (bases.contains(key)) return false;
                bases.add(key);
            }
        }
        if (topNumbers > 1 || bottomNumbers > 1) return false;
        if (bottomNumbers == 1) {
            Rational b = numbers.get(numbers.size() - 1);
            Rational a = topNumbers == 1 ? numbers.get(0) : Rational.of(1);
            if (!a.isInteger() || !b.isInteger() || b.isOne() || !a.num().gcd(b.num()).equals(BigInteger.ONE)) return false;
        }
        return true;
    }

    /** The factors above and below the line of a product or quotient; a minus sign in front is not a factor. */
    private static void splitProduct(Expr e, List<Expr> top, List<Expr> bottom, boolean below) {
        switch (e) {
            case Mul m -> m.factors().forEach(f -> splitProduct(f, top, bottom, below));
            case Div d -> {
                splitProduct(d.numerator(), top, bottom, below);
                splitProduct(d.denominator(), top, bottom, !below);
            }
            case Neg n -> splitProduct(n.operand(), top, bottom, below);
            default -> (below ? bottom : top).add(e);
        }
    }

    /** No two terms of a sum differ only in their number: 3x + 4x, or two plain numbers. */
    private static boolean noLikeTerms(List<Expr> terms) {
        List<String> seen = new ArrayList<>();
        for (Expr t : terms) {
            List<Expr> top = new ArrayList<>();
            List<Expr> bottom = new ArrayList<>();
            splitProduct(t, top, bottom, false);
            String key = top.stream().filter(f -> !(f instanceof Num)).map(Printer::text).sorted().toList() + "/"
                    + bottom.stream().filter(f -> !(f instanceof Num)).map(Printer::text).sorted().toList();
            if (seen.contains(key)) return false;
            seen.add(key);
        }
        return true;
    }

    /** No decimals: exact numbers, fractions, roots and pi only. */
    public static boolean isExact(Expr e) {
        return !Exprs.any(e, x -> x instanceof Num n && n.decimal() && !n.value().isInteger());
    }

    static boolean hasFunction(Expr e, String name) {
        return Exprs.any(e, x -> x instanceof Fn f && f.name().equals(name));
    }
}
