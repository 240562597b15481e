package app.stepwise.math;

import app.stepwise.text.Message;
import app.stepwise.math.Expr.Add;
import app.stepwise.math.Expr.Const;
import app.stepwise.math.Expr.Div;
import app.stepwise.math.Expr.Fn;
import app.stepwise.math.Expr.Mul;
import app.stepwise.math.Expr.Neg;
import app.stepwise.math.Expr.Num;
import app.stepwise.math.Expr.Pow;
import app.stepwise.math.Expr.Var;
import app.stepwise.math.Poly.Mono;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns expressions into a canonical rational function: a quotient of polynomials over atoms.
 * Variables are atoms; so are pi and e, roots that do not come out exactly (with the rule
 * (b^(1/q))^q = b), and functions of a canonical argument (sin of 2x is the same atom however 2x was written).
 * Two expressions whose difference has a zero numerator are equal wherever both are defined.
 */
final class Canonical implements Poly.Reducer {

    /** num / den; den is never the zero polynomial. */
    record RatFun(Poly num, Poly den) {
        boolean isConstant() {
            return num.isConstant() && den.isConstant();
        }

        Rational constant() {
            return num.constantValue().divide(den.constantValue());
        }
    }

    /** A root atom b^(1/q) with the polynomial b. */
    private record Root(Poly base, int index) {}

    static final String PI = "#pi";
    static final String E = "#e";

    private final Map<String, Root> roots = new HashMap<>();

    RatFun of(Expr e) {
        return switch (e) {
            case Num n -> constant(n.value());
            case Var v -> new RatFun(Poly.atom(v.name()), Poly.ONE);
            case Const c -> new RatFun(Poly.atom(c.name().equals("pi") ? PI : E), Poly.ONE);
            case Neg n -> {
                RatFun r = of(n.operand());
                yield new RatFun(r.num().negate(), r.den());
            }
            case Add a -> {
                RatFun acc = constant(Rational.ZERO);
                for (Expr t : a.terms()) acc = add(acc, of(t));
                yield acc;
            }
            case Mul m -> {
                RatFun acc = constant(Rational.ONE);
                for (Expr f : m.factors()) acc = multiply(acc, of(f));
                yield acc;
            }
            case Div d -> divide(of(d.numerator()), of(d.denominator()));
            case Pow p -> power(p.base(), p.exponent());
            case Fn f -> function(f);
        };
    }

    static RatFun constant(Rational r) {
        return new RatFun(Poly.constant(r), Poly.ONE);
    }

    RatFun add(RatFun a, RatFun b) {
        if (a.den().equals(b.den())) return normal(a.num().add(b.num()), a.den());
        return normal(a.num().multiply(b.den(), this).add(b.num().multiply(a.den(), this)), a.den().multiply(b.den(), this));
    }

    RatFun subtract(RatFun a, RatFun b) {
        return add(a, new RatFun(b.num().negate(), b.den()));
    }

    RatFun multiply(RatFun a, RatFun b) {
        return normal(a.num().multiply(b.num(), this), a.den().multiply(b.den(), this));
    }

    RatFun divide(RatFun a, RatFun b) {
        if (b.num().isZero()) throw new ArithmeticException("division by zero");
        return normal(a.num().multiply(b.den(), this), a.den().multiply(b.num(), this));
    }

    /** Folds a constant denominator into the numerator, so that x/2 and (1/2)x meet. */
    private RatFun normal(Poly num, Poly den) {
        if (den.isZero()) throw new ArithmeticException("division by zero");
        if (den.isConstant()) return new RatFun(num.scale(den.constantValue().reciprocal()), Poly.ONE);
        Rational lc = den.leadingCoefficient();
        return new RatFun(num.scale(lc.reciprocal()), den.scale(lc.reciprocal()));
    }

    private RatFun power(Expr baseExpr, Expr expExpr) {
        if (baseExpr instanceof Const c && c.name().equals("e")) return atom("exp", of(expExpr));
        RatFun exp = of(expExpr);
        if (!exp.isConstant()) return atom("pow", of(baseExpr), exp);
        Rational r = exp.constant();
        RatFun base = of(baseExpr);
        if (r.isInteger()) {
            BigInteger n = r.num();
            if (base.isConstant()) {
                if (n.abs().bitLength() > 31)
                    throw new MathLimitException(Message.of("math.limit.power"));
                Rational b = base.constant();
                if (b.isZero() && n.signum() < 0) throw new ArithmeticException("division by zero");
                return constant(b.pow(n.intValueExact()));
            }
            if (n.abs().compareTo(BigInteger.valueOf(Limits.MAX_EXPANDED_POWER)) > 0) return atom("pow", base, exp);
            int k = n.intValue();
            RatFun pos = new RatFun(base.num().pow(Math.abs(k), this), base.den().pow(Math.abs(k), this));
            return k >= 0 ? normal(pos.num(), pos.den()) : divide(constant(Rational.ONE), pos);
        }
        // A fractional power p/q: write it as (root_q(base))^p.
        if (r.den().bitLength() > 8 || r.num().abs().bitLength() > 8) return atom("pow", base, exp);
        int q = r.den().intValue();
        int pNum = r.num().intValue();
        RatFun root = root(base, q);
        RatFun pos = new RatFun(root.num().pow(Math.abs(pNum), this), root.den().pow(Math.abs(pNum), this));
        return pNum >= 0 ? normal(pos.num(), pos.den()) : divide(constant(Rational.ONE), pos);
    }

    /** The q-th root of a rational function, with exact perfect powers of numbers taken out. */
    private RatFun root(RatFun base, int q) {
        if (base.isConstant()) {
            Rational c = base.constant();
            if (c.signum() < 0 && q % 2 == 0) return atom("root" + q, base); // not real; evaluates to NaN
            boolean negative = c.signum() < 0;
            Rational a = c.abs();
            // root(n/d) = root(n * d^(q-1)) / d
            BigInteger radicand = a.num().multiply(a.den().pow(q - 1));
            BigInteger[] split = perfectPowerSplit(radicand, q);
            Rational outside = new Rational(split[0], a.den());
            if (negative) outside = outside.negate();
            if (split[1].equals(BigInteger.ONE)) return constant(outside);
            return multiply(constant(outside), registerRoot(Poly.constant(new Rational(split[1], BigInteger.ONE)), q));
        }
        if (!base.den().isConstant()) {
            return divide(rootAtom(base.num(), q), rootAtom(base.den(), q));
        }
        return rootAtom(base.num(), q);
    }

    private RatFun rootAtom(Poly base, int q) {
        if (base.isConstant()) return root(new RatFun(base, Poly.ONE), q);
        return registerRoot(base, q);
    }

    private RatFun registerRoot(Poly base, int q) {
        String key = "root" + q + "{" + base + "}";
        roots.putIfAbsent(key, new Root(base, q));
        return new RatFun(Poly.atom(key), Poly.ONE);
    }

    /** Splits n = a^q * b with b free of q-th powers, by trial division by small primes (bounded work). */
    private static BigInteger[] perfectPowerSplit(BigInteger n, int q) {
        BigInteger outside = BigInteger.ONE;
        BigInteger rest = n;
        for (int p = 2; p < 2000 && BigInteger.valueOf(p).pow(q).compareTo(rest) <= 0; p++) {
            BigInteger bp = BigInteger.valueOf(p);
            BigInteger pq = bp.pow(q);
            while (rest.mod(pq).signum() == 0) {
                rest = rest.divide(pq);
                outside = outside.multiply(bp);
            }
        }
        BigInteger r = integerRoot(rest, q);
        if (r.pow(q).equals(rest)) {
            outside = outside.multiply(r);
            rest = BigInteger.ONE;
        }
        return new BigInteger[]{outside, rest};
    }

    /** The largest r with r^q <= n, by bisection (n is bounded by {@link Limits#MAX_BITS}). */
    private static BigInteger integerRoot(BigInteger n, int q) {
        if (q == 2) return n.sqrt();
        BigInteger lo = BigInteger.ZERO;
        BigInteger hi = BigInteger.ONE.shiftLeft(n.bitLength() / q + 1);
        while (lo.compareTo(hi) < 0) {
            BigInteger mid = lo.add(hi).add(BigInteger.ONE).shiftRight(1);
            if (mid.pow(q).compareTo(n) <= 0) lo = mid;
            else
                hi = mid.subtract(BigInteger.ONE);
        }
        return lo;
    }

    private RatFun function(Fn f) {
        RatFun arg = of(f.arg());
        switch (f.name()) {
            case "sqrt" -> {
                return root(arg, 2);
            }
            case "exp" -> {
                return atom("exp", arg);
            }
            case "abs" -> {
                if (arg.isConstant()) return constant(arg.constant().abs());
                return atom("abs", arg);
            }
            case "ln" -> {
                if (arg.isConstant() && arg.constant().isOne()) return constant(Rational.ZERO);
                if (arg.num().equals(Poly.atom(E)) && arg.den().isConstant() && arg.den().constantValue().isOne())
                    return constant(Rational.ONE);
                return atom("ln", arg);
            }
            case "log" -> {
                if (arg.isConstant()) {
                    Optional<Integer> k = powerOfTen(arg.constant());
                    if (k.isPresent()) return constant(Rational.of(k.get()));
                }
                return atom("log", arg);
            }
            default -> {
                if (arg.num().isZero()) {
                    if (Set.of("sin", "tan", "arcsin", "arctan", "sinh", "tanh").contains(f.name()))
                        return constant(Rational.ZERO);
                    if (Set.of("cos", "cosh", "sec").contains(f.name())) return constant(Rational.ONE);
                }
                return atom(f.name(), arg);
            }
        }
    }

    private static Optional<Integer> powerOfTen(Rational r) {
        if (r.signum() <= 0) return Optional.empty();
        for (int k = -30; k <= 30; k++) {
            if (Rational.of(10).pow(k).equals(r)) return Optional.of(k);
        }
        return Optional.empty();
    }

    private RatFun atom(String name, RatFun... args) {
        StringBuilder sb = new StringBuilder(name).append('{');
        for (RatFun a : args) sb.append(a.num()).append('|').append(a.den()).append(';');
        return new RatFun(Poly.atom(sb.append('}').toString()), Poly.ONE);
    }

    @Override
    public Poly reduce(Mono m) {
        Poly factor = null;
        TreeMap<String, Integer> rest = null;
        for (var entry : m.powers().entrySet()) {
            Root r = roots.get(entry.getKey());
            if (r != null && entry.getValue() >= r.index()) {
                if (rest == null) rest = new TreeMap<>(m.powers());
                int whole = entry.getValue() / r.index();
                int left = entry.getValue() % r.index();
                if (left == 0) rest.remove(entry.getKey());
                else
                    rest.put(entry.getKey(), left);
                Poly b = r.base().pow(whole, this);
                factor = factor == null ? b : factor.multiply(b, this);
            }
        }
        if (factor == null) return null;
        return Poly.term(Mono.of(rest), Rational.ONE).multiply(factor, this);
    }

    /** True when every atom of p is a variable, pi or e, so a non-zero p is non-zero as a function. */
    static boolean onlyFreeAtoms(Poly p) {
        for (String a : p.atoms()) {
            if (a.contains("{")) return false;
        }
        return true;
    }
}
