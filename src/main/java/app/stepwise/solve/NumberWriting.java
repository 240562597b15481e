package app.stepwise.solve;

import app.stepwise.math.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;
import java.util.SplittableRandom;

/** Writes numbers and simple forms as a student would: 3x + 5, x/4 - 3, -2x, 3/4. */
final class NumberWriting {
    private NumberWriting() {}

    static String num(Rational r) {
        return r.toString();
    }

    static String num(long n) {
        return Long.toString(n);
    }

    /** A number as a term after an operator: (-3) in 5 × (-3). */
    static String paren(Rational r) {
        return r.signum() < 0 || !r.isInteger() ? "(" + r + ")" : r.toString();
    }

    static String paren(long n) {
        return n < 0 ? "(" + n + ")" : Long.toString(n);
    }

    /** a·x as written: x, -x, 3x, 3x/4, -x/2. */
    static String term(Rational a, String x) {
        if (a.isZero()) return "0";
        Rational abs = a.abs();
        String sign = a.signum() < 0 ? "-" : "";
        String numPart = abs.num().equals(BigInteger.ONE) ? x : abs.num() + x;
        return abs.isInteger() ? sign + numPart : sign + numPart + "/" + abs.den();
    }

    /** a·x + b, leaving out zero parts. */
    static String linear(Rational a, Rational b, String x) {
        if (a.isZero()) return b.toString();
        String t = term(a, x);
        if (b.isZero()) return t;
        return t + (b.signum() < 0 ? " - " + b.abs() : " + " + b);
    }

    /** "+ 5" or "- 5" to append to a sum. */
    static String plusTerm(String term) {
        return term.startsWith("-") ? " - " + term.substring(1) : " + " + term;
    }

    /**
     * A result to exactly {@code figures} significant figures, trailing zeros kept (1.2 to 3 s.f. is 1.20: the zero
     * says the value is known to three figures), in plain notation.
     */
    static String sig(double v, int figures) {
        if (v == 0) return "0";
        BigDecimal d = new BigDecimal(v).round(new MathContext(figures));
        if (d.precision() < figures) d = d.setScale(d.scale() + figures - d.precision()); // 2 to 3 s.f. is 2.00
        String s = d.toPlainString();
        return s.matches("-0(\\.0*)?") ? "0" : s;
    }

    /** A result to 3 significant figures, the way the step solvers state answers. */
    static String sig(double v) {
        return sig(v, 3);
    }

    /**
     * A value written back as given: at most {@code figures} significant figures and no trailing zeros (2 kg, 9.81),
     * for givens and intermediate values whose figures are not a claim about precision.
     */
    static String upTo(double v, int figures) {
        if (v == 0) return "0";
        String s = new BigDecimal(v).round(new MathContext(figures)).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    static int between(SplittableRandom r, int lo, int hi) {
        return lo + r.nextInt(hi - lo + 1);
    }

    static int nonZero(SplittableRandom r, int lo, int hi) {
        int v;
        do {
            v = between(r, lo, hi);
        } while (v == 0);
        return v;
    }

    static <T> T pick(SplittableRandom r, List<T> xs) {
        return xs.get(r.nextInt(xs.size()));
    }

    static Rational parseRational(String s) {
        String t = s.strip();
        int slash = t.indexOf('/');
        return slash < 0
                ? Rational.parse(t)
                : Rational.parse(t.substring(0, slash)).divide(Rational.parse(t.substring(slash + 1)));
    }

    static long parseWhole(String s) {
        return Long.parseLong(s.strip());
    }
}
