package app.stepwise.solve;

import app.stepwise.math.Expr;
import app.stepwise.math.Exprs;
import app.stepwise.math.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A sum of terms c·x^a·y^b… with rational coefficients and rational exponents (so x^(-2) and x^(1/2) are terms too):
 * what the general solvers expand, collect, factorise and differentiate with, and how they write the result back.
 */
record Polynomial(TreeMap<Monomial, Rational> terms) {

    /** The largest number of terms a solver works with; bigger expressions are not a textbook exercise. */
    static final int MAX_TERMS = 200;

    /** A product of variables to rational powers; the empty one is 1. Ordered by total degree, highest first. */
    record Monomial(TreeMap<String, Rational> powers) implements Comparable<Monomial> {
        static final Monomial ONE = new Monomial(new TreeMap<>());

        static Monomial of(String var) {
            TreeMap<String, Rational> p = new TreeMap<>();
            p.put(var, Rational.ONE);
            return new Monomial(p);
        }

        Monomial times(Monomial o) {
            TreeMap<String, Rational> p = new TreeMap<>(powers);
            o.powers.forEach((v, n) -> p.merge(v, n, Rational::add));
            p.values().removeIf(Rational::isZero);
            return new Monomial(p);
        }

        Monomial pow(Rational r) {
            TreeMap<String, Rational> p = new TreeMap<>();
            powers.forEach((v, n) -> p.put(v, n.multiply(r)));
            p.values().removeIf(Rational::isZero);
            return new Monomial(p);
        }

        Rational degree() {
            return powers.values().stream().reduce(Rational.ZERO, Rational::add);
        }

        Rational power(String var) {
            return powers.getOrDefault(var, Rational.ZERO);
        }

        String text() {
            return text("");
        }

        /** Written with the letter {@code last} after a power, as formulas write their subject: πr^2h (session 12). */
        String text(String last) {
            StringBuilder sb = new StringBuilder();
            // π first, as textbooks write πr²h: after a letter (hπ) it would read as one name
            List<Map.Entry<String, Rational>> order = new ArrayList<>(powers.entrySet());
            order.sort(java.util.Comparator.comparing(e -> !e.getKey().equals("π")));
            // only beside a power, as in πr^2h and a^2b: at and ku stay in the order of the alphabet
            if (!last.isEmpty() && powers.entrySet().stream().anyMatch(e -> !e.getKey().equals(last) && !e.getValue().isOne()))
                order.sort(java.util.Comparator.comparing(e -> e.getKey().equals(last)));
            for (var e : order) {
                if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != ' ' && !e.getValue().isOne()) sb.append("");
                sb.append(e.getKey());
                if (!e.getValue().isOne()) sb.append('^').append(exponent(e.getValue())).append(' ');
            }
            return sb.toString().strip();
        }

        @Override
        public int compareTo(Monomial o) {
            int d = o.degree().compareTo(degree());
            return d != 0 ? d : key().compareTo(o.key());
        }

        private String key() {
            StringBuilder sb = new StringBuilder();
            powers.forEach((v, n) -> sb.append(v).append(n).append(';'));
            return sb.toString();
        }
    }

    static String exponent(Rational r) {
        return r.isInteger() && r.signum() > 0 ? r.toString() : "(" + r + ")";
    }

    static final Polynomial ZERO = new Polynomial(new TreeMap<>());

    static Polynomial constant(Rational c) {
        return term(c, Monomial.ONE);
    }

    static Polynomial term(Rational c, Monomial m) {
        TreeMap<Monomial, Rational> t = new TreeMap<>();
        if (!c.isZero()) t.put(m, c);
        return new Polynomial(t);
    }

    static Polynomial var(String name) {
        return term(Rational.ONE, Monomial.of(name));
    }

    Polynomial plus(Polynomial o) {
        TreeMap<Monomial, Rational> t = new TreeMap<>(terms);
        o.terms.forEach((m, c) -> t.merge(m, c, Rational::add));
        t.values().removeIf(Rational::isZero);
        return new Polynomial(t);
    }

    Polynomial negate() {
        return scale(Rational.MINUS_ONE);
    }

    Polynomial minus(Polynomial o) {
        return plus(o.negate());
    }

    Polynomial scale(Rational k) {
        TreeMap<Monomial, Rational> t = new TreeMap<>();
        if (!k.isZero()) terms.forEach((m, c) -> t.put(m, c.multiply(k)));
        return new Polynomial(t);
    }

    Polynomial times(Polynomial o) {
        Polynomial out = ZERO;
        for (var a : terms.entrySet())
            for (var b : o.terms.entrySet())
                out = out.plus(term(a.getValue().multiply(b.getValue()), a.getKey().times(b.getKey())));
        if (out.terms.size() > MAX_TERMS) throw new NotPolynomial("too many terms");
        return out;
    }

    boolean isZero() {
        return terms.isEmpty();
    }

    boolean isConstant() {
        return terms.isEmpty() || terms.size() == 1 && terms.firstKey().powers().isEmpty();
    }

    Rational constantValue() {
        return terms.getOrDefault(Monomial.ONE, Rational.ZERO);
    }

    boolean isSingleTerm() {
        return terms.size() == 1;
    }

    java.util.Set<String> variables() {
        java.util.Set<String> vs = new java.util.TreeSet<>();
        terms.keySet().forEach(m -> vs.addAll(m.powers().keySet()));
        return vs;
    }

    /** Whether every exponent is a whole number ≥ 0. */
    boolean isOrdinary() {
        return terms.keySet().stream()
                .allMatch(m -> m.powers().values().stream().allMatch(r -> r.isInteger() && r.signum() > 0));
    }

    /** Coefficients in x (index = power) when this is an ordinary polynomial in x alone. */
    Optional<Rational[]> coefficients(String x) {
        if (!isOrdinary() || !variables().stream().allMatch(x::equals)) return Optional.empty();
        int deg = terms.keySet().stream().mapToInt(m -> m.power(x).num().intValueExact()).max().orElse(0);
        Rational[] c = new Rational[deg + 1];
        java.util.Arrays.fill(c, Rational.ZERO);
        terms.forEach((m, k) -> c[m.power(x).num().intValueExact()] = k);
        return Optional.of(c);
    }

    static Polynomial fromCoefficients(Rational[] c, String x) {
        Polynomial p = ZERO;
        for (int i = 0; i < c.length; i++)
            p = p.plus(term(c[i], i == 0 ? Monomial.ONE : Monomial.of(x).pow(Rational.of(i))));
        return p;
    }

    /** The polynomial an expression stands for, when it is one (no functions, no letter in a sum under a division). */
    static Optional<Polynomial> of(Expr e) {
        try {
            return Optional.of(read(e));
        } catch (NotPolynomial | ArithmeticException ex) {
            return Optional.empty();
        }
    }

    static final class NotPolynomial extends RuntimeException {
        NotPolynomial(String why) {
            super(why, null, false, false);
        }
    }

    private static Polynomial read(Expr e) {
        return switch (e) {
            case Expr.Num n -> constant(n.value());
            case Expr.Var v -> var(v.name());
            case Expr.Const c when c.name().equals("pi") -> var("π"); // a letter-like constant in formulas: C = 2πr
            case Expr.Const c -> throw new NotPolynomial("constant " + c.name());
            case Expr.Fn f when f.name().equals("sqrt") -> power(read(f.arg()), Rational.of(1, 2));
            case Expr.Fn f -> throw new NotPolynomial("function " + f.name());
            case Expr.Neg n -> read(n.operand()).negate();
            case Expr.Add a -> {
                Polynomial p = ZERO;
                for (Expr t : a.terms()) p = p.plus(read(t));
                yield p;
            }
            case Expr.Mul m -> {
                Polynomial p = constant(Rational.ONE);
                for (Expr f : m.factors()) p = p.times(read(f));
                yield p;
            }
            case Expr.Div d -> read(d.numerator()).times(inverse(read(d.denominator())));
            case Expr.Pow pw -> {
                Rational r = Exprs.exactValue(pw.exponent()).orElseThrow(() -> new NotPolynomial("exponent"));
                yield power(read(pw.base()), r);
            }
        };
    }

    static Polynomial inverse(Polynomial p) {
        if (!p.isSingleTerm()) throw new NotPolynomial("division by a sum");
        var t = p.terms.firstEntry();
        return term(t.getValue().reciprocal(), t.getKey().pow(Rational.MINUS_ONE));
    }

    static Polynomial power(Polynomial base, Rational r) {
        if (r.isInteger() && r.signum() >= 0 && r.num().compareTo(BigInteger.valueOf(12)) <= 0) {
            Polynomial p = constant(Rational.ONE);
            for (int i = 0; i < r.num().intValueExact(); i++) p = p.times(base);
            return p;
        }
        if (!base.isSingleTerm()) throw new NotPolynomial("power of a sum");
        var t = base.terms.firstEntry();
        Rational c = t.getValue();
        Rational cr;
        if (r.isInteger()) {
            if (r.num().abs().compareTo(BigInteger.valueOf(64)) > 0) throw new NotPolynomial("power too large");
            cr = c.pow(r.num().intValueExact());
        } else if (c.isOne()) {
            cr = Rational.ONE;
        } else {
            cr = exactRoot(c, r).orElseThrow(() -> new NotPolynomial("irrational coefficient"));
        }
        return term(cr, t.getKey().pow(r));
    }

    /** c^r for a fractional r when it is rational: 4^(1/2) = 2, 8^(2/3) = 4. */
    private static Optional<Rational> exactRoot(Rational c, Rational r) {
        if (c.signum() <= 0 || r.den().compareTo(BigInteger.valueOf(6)) > 0) return Optional.empty();
        int q = r.den().intValueExact();
        Optional<BigInteger> n = intRoot(c.num(), q), d = intRoot(c.den(), q);
        if (n.isEmpty() || d.isEmpty()) return Optional.empty();
        Rational root = new Rational(n.get(), d.get());
        int p = r.num().intValueExact();
        return Optional.of(root.pow(p));
    }

    static Optional<BigInteger> intRoot(BigInteger n, int q) {
        if (n.signum() < 0) return Optional.empty();
        BigInteger x = BigInteger.valueOf(Math.round(Math.pow(n.doubleValue(), 1.0 / q)));
        for (BigInteger c = x.subtract(BigInteger.ONE).max(BigInteger.ZERO); c.compareTo(x.add(BigInteger.TWO)) <= 0; c = c
                .add(BigInteger.ONE))
            if (c.pow(q).equals(n)) return Optional.of(c);
        return Optional.empty();
    }

    /** Exact square root of a non-negative rational, when it is rational. */
    static Optional<Rational> sqrt(Rational r) {
        if (r.signum() < 0) return Optional.empty();
        Optional<BigInteger> n = intRoot(r.num(), 2), d = intRoot(r.den(), 2);
        return n.isPresent() && d.isPresent() ? Optional.of(new Rational(n.get(), d.get())) : Optional.empty();
    }

    /** Written as a student writes it: 3x^2 - 5x + 1/2, x/4, -2xy. */
    String text() {
        return text(true);
    }

    /**
     * The sum written out; where it starts with a minus, a positive term goes first (v - u rather than -u + v): one of
     * the same degree, or any one where {@code sameDegree} is false (a formula's 2A - ah).
     */
    String text(boolean sameDegree) {
        return text(sameDegree, "");
    }

    /** As {@link #text(boolean)}, with the letter {@code last} written last in each term (a formula's subject). */
    String text(boolean sameDegree, String last) {
        if (terms.isEmpty()) return "0";
        StringBuilder sb = new StringBuilder();
        List<Map.Entry<Monomial, Rational>> order = new ArrayList<>(terms.entrySet());
        if (order.get(0).getValue().signum() < 0) {
            for (int i = 1; i < order.size(); i++)
                if (order.get(i).getValue().signum() > 0
                        && (!sameDegree || order.get(i).getKey().degree().equals(order.get(0).getKey().degree()))) {
                            order.add(0, order.remove(i));
                            break;
                        }
        }
        for (var t : order) {
            String s = termText(t.getValue(), t.getKey(), last);
            if (sb.isEmpty()) sb.append(s);
            else if (s.startsWith("-")) sb.append(" - ").append(s.substring(1));
            else
                sb.append(" + ").append(s);
        }
        return sb.toString();
    }

    static String termText(Rational c, Monomial m) {
        return termText(c, m, "");
    }

    static String termText(Rational c, Monomial m, String last) {
        if (m.powers().isEmpty()) return c.toString();
        String sign = c.signum() < 0 ? "-" : "";
        Rational a = c.abs();
        String num = a.num().equals(BigInteger.ONE) ? "" : a.num().toString();
        String body = num + m.text(last);
        return sign + (a.den().equals(BigInteger.ONE) ? body : body + "/" + a.den());
    }

    /** The terms in written order, each as its own one-term polynomial. */
    List<Polynomial> termList() {
        List<Polynomial> out = new ArrayList<>();
        terms.forEach((m, c) -> out.add(term(c, m)));
        return out;
    }

    /** The whole-number content of the coefficients and the lowest power of each letter in every term. */
    Polynomial commonFactor() {
        BigInteger g = BigInteger.ZERO;
        BigInteger l = BigInteger.ONE;
        for (Rational c : terms.values()) {
            g = g.gcd(c.num());
            l = l.divide(l.gcd(c.den())).multiply(c.den());
        }
        TreeMap<String, Rational> low = null;
        for (Monomial m : terms.keySet()) {
            if (low == null) {
                low = new TreeMap<>(m.powers());
            } else {
                TreeMap<String, Rational> next = new TreeMap<>();
                for (var e : low.entrySet()) {
                    Rational p = m.power(e.getKey());
                    if (p.signum() > 0) next.put(e.getKey(), p.compareTo(e.getValue()) < 0 ? p : e.getValue());
                }
                low = next;
            }
        }
        if (low == null) low = new TreeMap<>();
        low.values().removeIf(r -> r.signum() <= 0);
        Rational k = new Rational(g.signum() == 0 ? BigInteger.ONE : g, l);
        if (!terms.isEmpty() && terms.firstEntry().getValue().signum() < 0) k = k.negate();
        return term(k, new Monomial(low));
    }

    /** Each term divided by a one-term polynomial. */
    Polynomial divideBy(Polynomial single) {
        return times(inverse(single));
    }

    static <K, V> Map<K, V> sorted(Map<K, V> m) {
        return Collections.unmodifiableMap(new TreeMap<>(m));
    }
}
