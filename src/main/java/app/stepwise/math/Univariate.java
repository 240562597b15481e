package app.stepwise.math;

import app.stepwise.text.Message;
import app.stepwise.math.Canonical.RatFun;
import app.stepwise.math.Poly.Mono;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Polynomials in one variable with rational coefficients (index = power): gcd, square-free part, rational roots. */
final class Univariate {
    private Univariate() {}

    /** Coefficients of p if it is a polynomial in x alone (constants allowed). */
    static Optional<Rational[]> coefficients(Poly p, String x) {
        int deg = 0;
        for (Mono m : p.view().keySet()) {
            if (m.powers().size() > 1 || (m.powers().size() == 1 && !m.powers().containsKey(x))) return Optional.empty();
            deg = Math.max(deg, m.powers().getOrDefault(x, 0));
        }
        Rational[] c = new Rational[deg + 1];
        Arrays.fill(c, Rational.ZERO);
        for (Map.Entry<Mono, Rational> t : p.view().entrySet()) c[t.getKey().powers().getOrDefault(x, 0)] = t.getValue();
        return Optional.of(c);
    }

    static Rational[] trim(Rational[] c) {
        int n = c.length;
        while (n > 1 && c[n - 1].isZero()) n--;
        return Arrays.copyOf(c, n);
    }

    static int degree(Rational[] c) {
        Rational[] t = trim(c);
        return t.length == 1 && t[0].isZero() ? -1 : t.length - 1;
    }

    static Rational[] derivative(Rational[] c) {
        if (c.length <= 1) return new Rational[]{Rational.ZERO};
        Rational[] d = new Rational[c.length - 1];
        for (int i = 1; i < c.length; i++) d[i - 1] = c[i].multiply(Rational.of(i));
        return d;
    }

    /** Remainder of a divided by b (b non-zero). */
    static Rational[][] divide(Rational[] a, Rational[] b) {
        Rational[] r = trim(a).clone();
        Rational[] bt = trim(b);
        int db = degree(bt);
        int dr = degree(r);
        Rational[] q = new Rational[Math.max(1, dr - db + 1)];
        Arrays.fill(q, Rational.ZERO);
        while (dr >= db && dr >= 0) {
            Rational k = r[dr].divide(bt[db]);
            q[dr - db] = k;
            for (int i = 0; i <= db; i++) r[dr - db + i] = r[dr - db + i].subtract(bt[i].multiply(k));
            r = trim(r);
            dr = degree(r);
        }
        return new Rational[][]{trim(q), r};
    }

    static Rational[] gcd(Rational[] a, Rational[] b) {
        Rational[] x = trim(a);
        Rational[] y = trim(b);
        int guard = 0;
        while (degree(y) >= 0) {
            if (++guard > 200) throw new MathLimitException(Message.of("math.limit.polynomial"));
            Rational[] r = divide(x, y)[1];
            x = y;
            y = r;
        }
        return monic(x);
    }

    static Rational[] monic(Rational[] c) {
        Rational[] t = trim(c);
        Rational lead = t[t.length - 1];
        if (lead.isZero()) return t;
        Rational[] out = new Rational[t.length];
        for (int i = 0; i < t.length; i++) out[i] = t[i].divide(lead);
        return out;
    }

    /** The square-free part: same roots, each once. */
    static Rational[] squareFree(Rational[] c) {
        if (degree(c) <= 0) return monic(c);
        return monic(divide(c, gcd(c, derivative(c)))[0]);
    }

    /** The rational zeros of a univariate expression's numerator (bounded search by the rational root theorem). */
    static List<Rational> rationalRoots(Canonical c, Expr e, String x) {
        try {
            RatFun r = c.of(e);
            Optional<Rational[]> coeffs = coefficients(r.num(), x);
            return coeffs.map(Univariate::rationalRoots).orElse(List.of());
        } catch (ArithmeticException | MathLimitException ex) {
            return List.of();
        }
    }

    static List<Rational> rationalRoots(Rational[] coefficients) {
        Rational[] c = trim(coefficients);
        TreeSet<Rational> roots = new TreeSet<>();
        if (degree(c) <= 0) return List.of();
        int low = 0;
        while (low < c.length && c[low].isZero()) low++;
        if (low > 0) roots.add(Rational.ZERO);
        c = Arrays.copyOfRange(c, low, c.length);
        if (c.length <= 1) return new ArrayList<>(roots);
        BigInteger lcm = BigInteger.ONE;
        for (Rational r : c) lcm = lcm.divide(lcm.gcd(r.den())).multiply(r.den());
        BigInteger a0 = c[0].multiply(new Rational(lcm, BigInteger.ONE)).num().abs();
        BigInteger an = c[c.length - 1].multiply(new Rational(lcm, BigInteger.ONE)).num().abs();
        List<BigInteger> ps = divisors(a0);
        List<BigInteger> qs = divisors(an);
        if (ps.isEmpty() || qs.isEmpty()) return new ArrayList<>(roots);
        for (BigInteger p : ps) {
            for (BigInteger q : qs) {
                for (int sign : new int[]{1, -1}) {
                    Rational cand = new Rational(p.multiply(BigInteger.valueOf(sign)), q);
                    if (evaluate(c, cand).isZero()) roots.add(cand);
                }
            }
        }
        return new ArrayList<>(roots);
    }

    static Rational evaluate(Rational[] c, Rational x) {
        Rational acc = Rational.ZERO;
        for (int i = c.length - 1; i >= 0; i--) acc = acc.multiply(x).add(c[i]);
        return acc;
    }

    /** Divisors of n when n is small enough to enumerate (up to 10^12); otherwise none. */
    private static List<BigInteger> divisors(BigInteger n) {
        if (n.signum() == 0 || n.bitLength() > 40) return List.of();
        long v = n.longValueExact();
        List<BigInteger> out = new ArrayList<>();
        for (long d = 1; d * d <= v; d++) {
            if (v % d == 0) {
                out.add(BigInteger.valueOf(d));
                if (d != v / d) out.add(BigInteger.valueOf(v / d));
            }
            if (d > 1_000_000) break;
        }
        return out;
    }

    static boolean proportional(Rational[] a, Rational[] b) {
        return Arrays.equals(monic(a), monic(b));
    }
}
