package app.stepwise.solve;

import app.stepwise.math.Rational;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random expression trees for the corpus (issue 16, session 9): where {@link Shapes} draws from a menu of forms, these
 * grow the arithmetic and the functions to differentiate from a small grammar, so the model meets structures nobody
 * listed. Each tree keeps its exact value so that divisions come out whole and numbers stay at school size; the
 * general solver still works and verifies every problem the corpus keeps.
 */
final class Trees {
    private Trees() {}

    /** Binding strength of a written expression: a sum, a product or quotient, a power, an atom. */
    private static final int SUM = 0, PRODUCT = 1, POWER = 2, ATOM = 3;

    /** An expression as written, its exact value, and how tightly it binds. */
    private record T(String text, Rational value, int binds) {
        String at(int needed) {
            return binds >= needed ? text : "(" + text + ")";
        }
    }

    private static final Rational LIMIT = Rational.of(2000);

    private static final java.util.regex.Pattern OPERATOR = java.util.regex.Pattern.compile(" [-+×÷] |\\^");

    private static boolean small(Rational v) {
        return v.abs().compareTo(LIMIT) <= 0;
    }

    // ---- arithmetic ---------------------------------------------------------------------------------------------

    /** Two to six whole numbers joined by any of + - × ÷ and powers, with brackets where the tree needs them. */
    static String arithmetic(SplittableRandom r) {
        T t = whole(r, NumberWriting.between(r, 2, 3));
        if (!small(t.value()) || !t.value().isInteger()) throw new IllegalArgumentException("too large");
        String s = t.text();
        if (OPERATOR.matcher(s).results().count() < 2) throw new IllegalArgumentException("too short");
        // a leading negative number is written without its bracket as often as with it
        if (s.startsWith("(-") && r.nextBoolean()) s = s.replaceFirst("^\\((-\\d+)\\)", "$1");
        return s;
    }

    private static T wholeAtom(SplittableRandom r) {
        int n = r.nextInt(5) == 0 ? -NumberWriting.between(r, 1, 15) : NumberWriting.between(r, 1, 40);
        return n < 0 ? new T("(" + n + ")", Rational.of(n), ATOM) : new T(Integer.toString(n), Rational.of(n), ATOM);
    }

    private static T whole(SplittableRandom r, int depth) {
        if (depth == 0) return wholeAtom(r);
        return switch (r.nextInt(9)) {
            case 0, 1, 2 -> sum(r, whole(r, depth - 1), whole(r, depth - 1), r.nextBoolean());
            case 3, 4 -> times(whole(r, depth - 1), whole(r, depth - 1), POWER);
            case 5 -> quotient(r, whole(r, depth - 1));
            case 6 -> power(r, depth);
            case 7 -> sum(r, whole(r, depth - 1), wholeAtom(r), r.nextBoolean());
            default -> wholeAtom(r);
        };
    }

    private static T sum(SplittableRandom r, T a, T b, boolean plus) {
        String op = plus ? " + " : " - ";
        // the right of a minus is bracketed when it is a sum; the right of a plus sometimes, as people write it
        String right = b.binds() == SUM && (!plus || r.nextBoolean()) ? "(" + b.text() + ")" : b.text();
        return new T(a.text() + op + right, plus ? a.value().add(b.value()) : a.value().subtract(b.value()), SUM);
    }

    /** a × b, the right factor bracketed unless it binds at least as tightly as {@code right}. */
    private static T times(T a, T b, int right) {
        return new T(a.at(PRODUCT) + " × " + b.at(right), a.value().multiply(b.value()), PRODUCT);
    }

    /** A quotient that comes out whole: the divisor is any small tree, the dividend a multiple of its value. */
    private static T quotient(SplittableRandom r, T divisor) {
        Rational d = divisor.value();
        if (d.isZero() || !d.isInteger() || d.abs().compareTo(Rational.of(15)) > 0) return wholeAtom(r);
        Rational top = d.multiply(Rational.of(NumberWriting.nonZero(r, -6, 12)));
        String topText = top.signum() < 0 ? "(" + top + ")" : top.toString();
        return new T(topText + " ÷ " + divisor.at(POWER), top.divide(d), PRODUCT);
    }

    private static T power(SplittableRandom r, int depth) {
        T base = depth > 1 && r.nextBoolean()
                ? sum(r, wholeAtom(r), wholeAtom(r), r.nextBoolean())
                : wholeAtom(r);
        if (base.value().abs().compareTo(Rational.of(12)) > 0) {
            int b = NumberWriting.between(r, 2, 9);
            base = new T(Integer.toString(b), Rational.of(b), ATOM);
        }
        int e = base.value().abs().compareTo(Rational.of(5)) <= 0 ? NumberWriting.between(r, 2, 3) : 2;
        Rational v = Rational.ONE;
        for (int i = 0; i < e; i++) v = v.multiply(base.value());
        return new T(base.at(ATOM) + "^" + e, v, POWER);
    }

    // ---- fractions ----------------------------------------------------------------------------------------------

    /** Two or three fractions (and now and then a whole number) joined by + - × ÷, bracketed as the tree needs. */
    static String fractions(SplittableRandom r) {
        T t = fractionTree(r, NumberWriting.between(r, 1, 2));
        if (t.value().num().abs().bitLength() > 14 || t.value().den().bitLength() > 12)
            throw new IllegalArgumentException("too large");
        return t.text();
    }

    private static T fractionAtom(SplittableRandom r) {
        if (r.nextInt(6) == 0) {
            int n = NumberWriting.between(r, 2, 9);
            return new T(Integer.toString(n), Rational.of(n), ATOM);
        }
        int d = NumberWriting.between(r, 2, 12), n = NumberWriting.between(r, 1, d + 3);
        if (n % d == 0) n++;
        String text = n + "/" + d;
        return new T(r.nextInt(4) == 0 ? "(" + text + ")" : text, Rational.of(n, d), r.nextInt(4) == 0 ? ATOM : PRODUCT);
    }

    private static T fractionTree(SplittableRandom r, int depth) {
        if (depth == 0) return fractionAtom(r);
        T a = fractionTree(r, depth - 1), b = fractionTree(r, depth - 1);
        return switch (r.nextInt(4)) {
            case 0 -> sum(r, a, b, true);
            case 1 -> sum(r, a, b, false);
            case 2 -> times(a, b, ATOM);
            default -> b.value().isZero()
                    ? a
                    : new T(a.at(PRODUCT) + " ÷ " + b.at(ATOM), a.value().divide(b.value()), PRODUCT);
        };
    }

    // ---- functions to differentiate -------------------------------------------------------------------------------

    /** A polynomial in x of one to three terms, any degree up to 4, any coefficients, in the order people write. */
    private static String polynomial(SplittableRandom r, int terms) {
        StringBuilder sb = new StringBuilder();
        List<Integer> powers = List.of(4, 3, 2, 1, 0);
        int used = 0;
        for (int p : powers) {
            if (used == terms) break;
            if (r.nextInt(5) < 2 && p != 1 && p != 0) continue;
            Rational c = Rational.of(used == 0 ? NumberWriting.nonZero(r, -6, 9) : NumberWriting.nonZero(r, -9, 9));
            String t = p == 0 ? c.toString() : NumberWriting.term(c, p == 1 ? "x" : "x^" + p);
            sb.append(used == 0 ? t : NumberWriting.plusTerm(t));
            used++;
        }
        return sb.toString();
    }

    /** An outside function of an inside polynomial: a power, a root, sin, cos, e^ or ln of it, perhaps times a number. */
    static String chain(SplittableRandom r) {
        String in = r.nextInt(3) == 0 ? polynomial(r, 2).replaceFirst("^x\\^", "x^") : linearInside(r);
        String f = switch (r.nextInt(7)) {
            case 0, 1 -> "(" + in + ")^" + NumberWriting.between(r, 2, 7);
            case 2 -> "√(" + in + ")";
            case 3 -> "sin(" + in + ")";
            case 4 -> "cos(" + in + ")";
            case 5 -> "e^(" + in + ")";
            default -> "ln(" + in + ")";
        };
        return r.nextInt(4) == 0 ? NumberWriting.between(r, 2, 9) + f : f;
    }

    private static String linearInside(SplittableRandom r) {
        int a = NumberWriting.nonZero(r, -7, 9), b = r.nextInt(3) == 0 ? 0 : NumberWriting.nonZero(r, -12, 12);
        if (a == 1 && b == 0) a = NumberWriting.between(r, 2, 9);
        if (b != 0 && r.nextInt(3) == 0) return b + NumberWriting.plusTerm(NumberWriting.term(Rational.of(a), "x"));
        return NumberWriting.linear(Rational.of(a), Rational.of(b), "x");
    }

    /** A product of two different kinds of factor: a power or polynomial of x, and sin, cos, e^ or ln of k·x. */
    static String product(SplittableRandom r) {
        int n = NumberWriting.between(r, 1, 4), k = r.nextInt(3) == 0 ? NumberWriting.between(r, 2, 5) : 1;
        String xn = n == 1 ? "x" : "x^" + n;
        String left = switch (r.nextInt(4)) {
            case 0, 1 -> r.nextInt(3) == 0 ? NumberWriting.between(r, 2, 9) + xn : xn;
            case 2 -> "(" + linearInside(r) + ")";
            default -> "(" + polynomial(r, 2) + ")";
        };
        String kx = k == 1 ? "x" : k + "x";
        String right = switch (r.nextInt(4)) {
            case 0 -> "sin(" + kx + ")";
            case 1 -> "cos(" + kx + ")";
            case 2 -> "e^(" + kx + ")";
            default -> "ln(x)";
        };
        // a bracket may come second, as in e^(2x)(3x + 1)
        return left.startsWith("(") && r.nextInt(3) == 0 ? right + left : left + " " + right;
    }
}
