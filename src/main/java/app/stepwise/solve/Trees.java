package app.stepwise.solve;

import app.stepwise.math.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Random expression trees for the corpus (issue 16, sessions 9 and 10): where {@link Shapes} draws from a menu of
 * forms, these grow the arithmetic, the functions to differentiate, linear equations, systems and expressions to
 * simplify, expand or factorise from small grammars, so the model meets structures nobody listed. Each tree keeps its exact value so that divisions come out whole and numbers stay at school size; the
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
        if (r.nextInt(6) == 0) { // a negative number first, -7 + ... (session 11: divisions now keep their family)
            int k = -NumberWriting.between(r, 1, 20);
            t = sum(r, new T("(" + k + ")", Rational.of(k), ATOM), t, r.nextBoolean());
        }
        if (!small(t.value()) || !t.value().isInteger()) throw new IllegalArgumentException("too large");
        String s = t.text();
        if (OPERATOR.matcher(s).results().count() < 2) throw new IllegalArgumentException("too short");
        // a leading negative number is written without its bracket as often as with it
        if (s.startsWith("(-") && r.nextBoolean()) s = s.replaceFirst("^\\((-\\d+)\\)", "$1");
        return s;
    }

    private static T negativeAtom(SplittableRandom r) {
        int n = -NumberWriting.between(r, 1, 12);
        return new T("(" + n + ")", Rational.of(n), ATOM);
    }

    private static T wholeAtom(SplittableRandom r) {
        int n = r.nextInt(5) == 0 ? -NumberWriting.between(r, 1, 15) : NumberWriting.between(r, 1, 40);
        return n < 0 ? new T("(" + n + ")", Rational.of(n), ATOM) : new T(Integer.toString(n), Rational.of(n), ATOM);
    }

    private static T whole(SplittableRandom r, int depth) {
        if (depth == 0) return wholeAtom(r);
        return switch (r.nextInt(12)) {
            case 0, 1, 2 -> sum(r, whole(r, depth - 1), whole(r, depth - 1), r.nextBoolean());
            case 3, 4 -> times(whole(r, depth - 1), whole(r, depth - 1), POWER);
            case 5 -> quotient(r, whole(r, depth - 1));
            case 6 -> power(r, depth);
            case 7 -> sum(r, whole(r, depth - 1), wholeAtom(r), r.nextBoolean());
            case 8 -> dividedBy(r, whole(r, depth - 1));
            case 9 -> minusPower(r, depth);
            case 10 -> times(negativeAtom(r), negativeAtom(r), POWER); // (-6) × (-4): two negatives
            default -> wholeAtom(r);
        };
    }

    /**
     * A tree divided by a small number that goes into it, often a negative one: (12 - (3 + 5) × 2) ÷ (-4), 48 ÷ (-6)
     * (session 11: hand-written exercises divide whole expressions and divide by negatives; the trees rarely did).
     */
    private static T dividedBy(SplittableRandom r, T a) {
        if (!a.value().isInteger() || a.value().isZero()) return a;
        BigInteger v = a.value().num().abs();
        List<Integer> divisors = new ArrayList<>();
        for (int d = 2; d <= 12; d++) if (v.mod(BigInteger.valueOf(d)).signum() == 0) divisors.add(d);
        if (divisors.isEmpty()) return a;
        int d = NumberWriting.pick(r, divisors) * (r.nextInt(3) == 0 ? -1 : 1);
        String divisor = d < 0 ? "(" + d + ")" : Integer.toString(d);
        return new T(a.at(PRODUCT) + " ÷ " + divisor, a.value().divide(Rational.of(d)), PRODUCT);
    }

    /** Minus a power, -2^3 or -3^2: the power comes before the minus (a classic slip: -3^2 is -9, not 9). */
    private static T minusPower(SplittableRandom r, int depth) {
        T p = power(r, depth);
        if (p.text().startsWith("(")) return p;
        return new T("-" + p.text(), p.value().negate(), SUM);
    }

    private static T sum(SplittableRandom r, T a, T b, boolean plus) {
        String op = plus ? " + " : " - ";
        // the right of a minus is bracketed when it is a sum; the right of a plus sometimes, as people write it
        String right = b.binds() == SUM && (!plus || r.nextBoolean() || b.text().startsWith("-"))
                ? "(" + b.text() + ")"
                : b.text();
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
        if (r.nextInt(10) == 0) { // a mixed number as the reader restates one: 2 1/4 is (2 + 1/4) (session 11)
            int w = NumberWriting.between(r, 1, 5), d = NumberWriting.between(r, 2, 9), n = NumberWriting.between(r, 1, d - 1);
            return new T("(" + w + " + " + n + "/" + d + ")", Rational.of(w).add(Rational.of(n, d)), ATOM);
        }
        if (r.nextInt(6) == 0) {
            int n = NumberWriting.between(r, 2, 9);
            return new T(Integer.toString(n), Rational.of(n), ATOM);
        }
        int d = NumberWriting.between(r, 2, 12), n = NumberWriting.between(r, 1, d + 3);
        if (n % d == 0) n++;
        String text = n + "/" + d;
        boolean bracketed = r.nextInt(4) == 0, atom = r.nextInt(4) == 0;
        // a fraction written in its brackets needs no more: ((5/3)) is no way anyone writes it
        return new T(bracketed ? "(" + text + ")" : text, Rational.of(n, d), bracketed || atom ? ATOM : PRODUCT);
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
                    : new T(a.at(PRODUCT) + " ÷ " + divisor(b), a.value().divide(b.value()), PRODUCT);
        };
    }

    /**
     * The right of a ÷, bracketed when it is a bare fraction: people (and the reader) take 3/2 ÷ 7/11 as 3/2 ÷ (7/11),
     * while the engine reads it from left to right as ((3/2)/7)/11 (session 12: 27 of 1000 fraction problems taught the
     * left-to-right value, which the reader never gives).
     */
    private static String divisor(T b) {
        String t = b.at(ATOM);
        return t.matches("-?\\d+/\\d+") ? "(" + t + ")" : t;
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

    // ---- linear equations and systems ----------------------------------------------------------------------------

    /**
     * A linear expression in one or two letters as written, with its exact coefficients (of the first letter, of the
     * second, and the constant) and whether it is a sum at the top (so a minus in front of it needs a bracket).
     */
    private record Lin(String text, Rational a, Rational b, Rational c, boolean sum) {
        Rational at(Rational x, Rational y) {
            return a.multiply(x).add(b.multiply(y)).add(c);
        }

        boolean bounded() {
            for (Rational v : List.of(a, b, c))
                if (v.num().abs().bitLength() > 10 || v.den().bitLength() > 7) return false;
            return true;
        }
    }

    /** What a side may contain: brackets (including a fraction of a bracket), fractions like x/3 and 2/5. */
    private record Style(boolean brackets, boolean fractions) {}

    private static final List<Rational> DECIMALS = List.of(Rational.of(1, 2), Rational.of(1, 4), Rational.of(3, 4),
            Rational.of(3, 2), Rational.of(5, 2), Rational.of(1, 5), Rational.of(6, 5), Rational.of(3, 10),
            Rational.of(-1, 2), Rational.of(-3, 2), Rational.of(2, 5), Rational.of(-1, 4));

    /** k·v as people write it: 3x, -m, x, 0.25t, x/3, 2x/5, -x/4. */
    private static String coefficientTerm(Rational k, String v, SplittableRandom r) {
        if (!k.isInteger() && !NumberWriting.term(k, v).contains("/") && r.nextBoolean()) return NumberWriting.term(k, v);
        String dec = LinearFamilies.decimal(k);
        if (!k.isInteger() && !dec.contains("/") && (r.nextBoolean() || k.den().bitLength() > 4)) return dec + v;
        return NumberWriting.term(k, v);
    }

    private static Lin letter(SplittableRandom r, String v, boolean first, Style st) {
        Rational k = switch (r.nextInt(10)) {
            case 0, 1, 2, 3 -> Rational.of(NumberWriting.nonZero(r, -9, 12));
            case 4 -> Rational.ONE;
            case 5 -> Rational.MINUS_ONE;
            case 6, 7 -> NumberWriting.pick(r, DECIMALS);
            default -> st.fractions()
                    ? Rational.of(NumberWriting.nonZero(r, -5, 5), NumberWriting.between(r, 2, 9))
                    : Rational.of(NumberWriting.nonZero(r, -9, 9));
        };
        String text = coefficientTerm(k, v, r);
        if (!st.fractions() && text.contains("/")) {
            k = Rational.of(NumberWriting.between(r, 2, 9));
            text = NumberWriting.term(k, v);
        }
        return first
                ? new Lin(text, k, Rational.ZERO, Rational.ZERO, false)
                : new Lin(text, Rational.ZERO, k, Rational.ZERO, false);
    }

    private static Lin number(SplittableRandom r, Style st) {
        Rational c = switch (r.nextInt(8)) {
            case 0 -> Rational.of(NumberWriting.nonZero(r, -99, 99), 10);
            case 1 -> st.fractions()
                    ? Rational.of(NumberWriting.nonZero(r, -9, 11), NumberWriting.between(r, 2, 6))
                    : Rational.of(NumberWriting.nonZero(r, -30, 40));
            default -> Rational.of(NumberWriting.nonZero(r, -20, 30));
        };
        return constant(c);
    }

    private static Lin constant(Rational c) {
        return new Lin(LinearFamilies.decimal(c), Rational.ZERO, Rational.ZERO, c, false);
    }

    /** p + q or p - q, bracketing q after a minus when it is a sum and turning + -3x into - 3x. */
    private static Lin join(Lin p, Lin q, boolean plus) {
        String qt = q.text();
        boolean written = plus;
        if (!plus && q.sum()) qt = "(" + qt + ")";
        else if (qt.startsWith("-")) {
            qt = qt.substring(1);
            written = !plus;
        }
        Rational s = plus ? Rational.ONE : Rational.MINUS_ONE;
        return new Lin(p.text() + (written ? " + " : " - ") + qt, p.a().add(q.a().multiply(s)), p.b().add(q.b().multiply(s)),
                p.c().add(q.c().multiply(s)), true);
    }

    /** k(p) for a sum p: 3(x - 4), -(2x + 1), 0.5(x + 6). */
    private static Lin scale(Rational k, Lin p) {
        String lead = k.equals(Rational.MINUS_ONE) ? "-" : LinearFamilies.decimal(k);
        return new Lin(lead + "(" + p.text() + ")", p.a().multiply(k), p.b().multiply(k), p.c().multiply(k), false);
    }

    /** (p)/d for a sum p: (x + 3)/4. */
    private static Lin fractionOf(Lin p, int d) {
        Rational k = Rational.of(1, d);
        return new Lin("(" + p.text() + ")/" + d, p.a().multiply(k), p.b().multiply(k), p.c().multiply(k), false);
    }

    /** One part of a sum: a letter term, a number, or (with brackets) a number times a bracket, a bracket over a number. */
    private static Lin part(SplittableRandom r, List<String> vars, int depth, Style st) {
        if (!st.brackets() || depth == 0 || r.nextInt(3) == 0) {
            String v = pickVar(r, vars);
            return r.nextInt(5) < 3 ? letter(r, v, v.equals(vars.get(0)), st) : number(r, st);
        }
        Lin inner = sum(r, vars, depth - 1, st, NumberWriting.between(r, 2, 3));
        if (!inner.sum()) inner = join(inner, number(r, st), r.nextBoolean());
        if (inner.a().isZero() && inner.b().isZero()) inner = join(letter(r, vars.get(0), true, st), inner, r.nextBoolean());
        return switch (r.nextInt(5)) {
            case 0, 1 -> scale(Rational.of(NumberWriting.pick(r, List.of(-6, -5, -4, -3, -2, 2, 3, 4, 5, 6, 7, 8, 9))), inner);
            case 2 -> scale(r.nextInt(3) == 0 ? Rational.MINUS_ONE : NumberWriting.pick(r, DECIMALS).abs(), inner);
            case 3 -> st.fractions() || r.nextBoolean()
                    ? fractionOf(inner, NumberWriting.between(r, 2, 9))
                    : scale(Rational.of(NumberWriting.between(r, 2, 5)), inner);
            default -> scale(Rational.of(NumberWriting.between(r, 2, 7)), inner);
        };
    }

    private static String pickVar(SplittableRandom r, List<String> vars) {
        return vars.get(r.nextInt(vars.size()));
    }

    private static Lin sum(SplittableRandom r, List<String> vars, int depth, Style st, int parts) {
        Lin s = part(r, vars, depth, st);
        for (int i = 1; i < parts; i++) s = join(s, part(r, vars, depth, st), r.nextInt(3) > 0);
        return s;
    }

    /** Whether a number is school sized as an answer or a given: whole, a simple fraction or a short decimal. */
    static boolean schoolSized(Rational v) {
        if (v.abs().compareTo(Rational.of(500)) > 0) return false;
        if (v.isInteger()) return true;
        String dec = LinearFamilies.decimal(v);
        return v.den().intValue() <= 12 && v.num().abs().intValue() <= 200 || v.multiply(Rational.of(100)).isInteger();
    }

    /** An answer a school exercise would have: whole, a fraction with a small denominator, a one- or two-place decimal. */
    static boolean niceAnswer(Rational v) {
        if (v.abs().compareTo(Rational.of(150)) > 0) return false;
        if (v.isInteger()) return true;
        return v.den().intValue() <= 10 && v.num().abs().intValue() <= 100 || v.den().intValue() == 20
                || v.den().intValue() == 25 || v.den().intValue() == 50 || v.den().intValue() == 100;
    }

    private static String written(Rational v, SplittableRandom r) {
        String dec = LinearFamilies.decimal(v);
        return v.isInteger() || dec.contains("/") || v.den().intValue() % 10 == 0 || r.nextBoolean() ? dec : v.toString();
    }

    /**
     * A linear equation in x grown from a grammar for the named linear family: nested brackets a(b(x - c) + d), a
     * number times a bracket minus another, fractions of brackets, terms like x/3, 0.25t and -m, decimal and
     * fractional coefficients, the unknown on one side (either) or both, several x terms on a side. The solution is
     * chosen first (whole, a simple fraction or a short decimal) and a constant fixes the equation to it.
     */
    static String linear(SplittableRandom r, String x, String family) {
        List<String> vars = List.of(x);
        if (family.equals("linear-one-step")) return oneStep(r, x);
        Style st = switch (family) {
            case "linear-two-step" -> new Style(false, false);
            case "linear-fractions" -> new Style(false, true);
            case "linear-both-sides" -> new Style(false, r.nextInt(3) == 0);
            default -> new Style(true, r.nextInt(3) == 0);
        };
        boolean both = family.equals("linear-both-sides") || family.equals("linear-brackets") && r.nextInt(3) == 0;
        int depth = st.brackets() ? NumberWriting.between(r, 1, 2) : 0;
        Lin left = sum(r, vars, depth, st, NumberWriting.between(r, st.brackets() ? 1 : 2, 3));
        if (family.equals("linear-brackets") && !left.text().contains("(")) {
            Lin inner = join(letter(r, x, true, st), number(r, st), r.nextBoolean());
            left = join(left, scale(Rational.of(NumberWriting.between(r, 2, 6)), inner), r.nextBoolean());
        }
        if (family.equals("linear-fractions") && !left.text().contains("/")) {
            int d = NumberWriting.between(r, 2, 9);
            left = join(left, new Lin(x + "/" + d, Rational.of(1, d), Rational.ZERO, Rational.ZERO, false), r.nextBoolean());
        }
        if (left.a().isZero()) throw new IllegalArgumentException("no unknown");
        Rational s = LinearFamilies.solution(r);
        String eq;
        if (both) {
            Lin right = sum(r, vars, st.brackets() ? NumberWriting.between(r, 0, 1) : 0, st, NumberWriting.between(r, 1, 3));
            if (right.a().isZero()) right = join(right, letter(r, x, true, st), r.nextBoolean());
            if (right.a().equals(left.a())) throw new IllegalArgumentException("no single solution");
            Rational natural = right.c().subtract(left.c()).divide(left.a().subtract(right.a()));
            if (!niceAnswer(natural) || r.nextInt(3) == 0) {
                Rational fix = right.at(s, Rational.ZERO).subtract(left.at(s, Rational.ZERO));
                if (!fix.isZero()) {
                    if (fix.den().intValue() > 10 || fix.abs().compareTo(Rational.of(300)) > 0)
                        throw new IllegalArgumentException("awkward constant");
                    Lin k = constant(fix);
                    if (r.nextBoolean()) left = join(left, k, true);
                    else
                        right = join(right, k, false);
                }
            }
            eq = r.nextInt(4) == 0 ? right.text() + " = " + left.text() : left.text() + " = " + right.text();
        } else {
            Rational value = left.at(s, Rational.ZERO);
            if (!schoolSized(value)) throw new IllegalArgumentException("awkward value");
            // without fractions in the style the value is whole or a decimal, or the reader would name linear-fractions
            String v = st.fractions() ? written(value, r) : LinearFamilies.decimal(value);
            if (v.contains("/") && !st.fractions()) throw new IllegalArgumentException("a fraction in a fraction-free style");
            eq = r.nextInt(3) == 0 ? v + " = " + left.text() : left.text() + " = " + v;
        }
        if (!left.bounded() || eq.length() > 72) throw new IllegalArgumentException("too large");
        return eq;
    }

    /** One inverse operation, but any numbers: 0.25t = 3, x/3 = -4, -12 = m - 7, x + 2.5 = 7, 3/4 = x/8. */
    private static String oneStep(SplittableRandom r, String x) {
        Rational s = LinearFamilies.solution(r);
        Lin side = switch (r.nextInt(5)) {
            case 0 -> {
                Rational k = r.nextBoolean() ? NumberWriting.pick(r, DECIMALS) : Rational.of(NumberWriting.nonZero(r, -12, 25));
                if (k.isOne()) k = Rational.of(NumberWriting.between(r, 2, 25));
                yield new Lin(k.equals(Rational.MINUS_ONE) ? "-" + x : LinearFamilies.decimal(k) + x, k, Rational.ZERO,
                        Rational.ZERO, false);
            }
            case 1 -> {
                int d = NumberWriting.between(r, 2, 12);
                yield new Lin(x + "/" + d, Rational.of(1, d), Rational.ZERO, Rational.ZERO, false);
            }
            case 2 -> join(new Lin(x, Rational.ONE, Rational.ZERO, Rational.ZERO, false), number(r, new Style(false, true)),
                    r.nextBoolean());
            // c + x (c - x takes two operations: the reader names it two-step)
            default -> join(number(r, new Style(false, false)), new Lin(x, Rational.ONE, Rational.ZERO, Rational.ZERO, false),
                    true);
        };
        Rational value = side.at(s, Rational.ZERO);
        if (!schoolSized(value)) throw new IllegalArgumentException("awkward value");
        return r.nextInt(3) == 0 ? written(value, r) + " = " + side.text() : side.text() + " = " + written(value, r);
    }

    private static final List<List<String>> LETTER_PAIRS = List.of(List.of("x", "y"), List.of("a", "b"), List.of("p", "q"),
            List.of("m", "n"), List.of("s", "t"), List.of("u", "v"), List.of("x", "z"), List.of("h", "k"), List.of("c", "d"));

    /** A coefficient of a system: mostly whole, now and then 1, -1, a decimal or a fraction such as 2/3. */
    private static Rational systemCoefficient(SplittableRandom r) {
        return switch (r.nextInt(12)) {
            case 0 -> Rational.ONE;
            case 1 -> Rational.MINUS_ONE;
            case 2 -> NumberWriting.pick(r, DECIMALS);
            case 3 -> Rational.of(NumberWriting.nonZero(r, -3, 3), NumberWriting.between(r, 2, 4));
            default -> Rational.of(NumberWriting.nonZero(r, -7, 9));
        };
    }

    private static Rational systemSolution(SplittableRandom r) {
        return switch (r.nextInt(10)) {
            case 0 -> Rational.of(NumberWriting.nonZero(r, -15, 15), 2);
            case 1 -> Rational.of(NumberWriting.nonZero(r, -10, 10), NumberWriting.between(r, 3, 5));
            case 2 -> r.nextInt(4) == 0 ? Rational.ZERO : Rational.of(NumberWriting.nonZero(r, -20, 25));
            default -> Rational.of(NumberWriting.nonZero(r, -9, 12));
        };
    }

    private static Lin termOf(Rational k, String v, boolean first, SplittableRandom r) {
        String text = coefficientTerm(k, v, r);
        return first
                ? new Lin(text, k, Rational.ZERO, Rational.ZERO, false)
                : new Lin(text, Rational.ZERO, k, Rational.ZERO, false);
    }

    /** Pieces written as one side in the order given; a side whose whole coefficients share a factor may be bracketed. */
    private static Lin writeSide(List<Lin> pieces, SplittableRandom r) {
        if (pieces.size() >= 2 && r.nextInt(4) == 0) {
            BigInteger g = BigInteger.ZERO;
            boolean whole = true;
            for (Lin p : pieces)
                for (Rational v : List.of(p.a(), p.b(), p.c())) {
                    whole &= v.isInteger();
                    g = g.gcd(v.num());
                }
            if (whole && g.intValue() >= 2) {
                Rational k = Rational.of(g.intValue());
                List<Lin> inner = pieces.stream().map(p -> p.a().isZero() && p.b().isZero()
                        ? constant(p.c().divide(k))
                        : termOf(p.a().isZero() ? p.b().divide(k) : p.a().divide(k), letterOf(p),
                                !p.a().isZero(), r))
                        .toList();
                return scale(k, joinAll(inner));
            }
        }
        return joinAll(pieces);
    }

    private static String letterOf(Lin term) {
        return term.text().replaceAll("[^a-z]", "");
    }

    private static Lin joinAll(List<Lin> pieces) {
        Lin s = pieces.get(0);
        for (int i = 1; i < pieces.size(); i++) s = join(s, pieces.get(i), true);
        return s;
    }

    /**
     * One equation a·X + b·Y = c of a system with the solution (sx, sy), its terms scattered over both sides in any
     * order, now and then a letter term on both sides or a bracketed side.
     */
    private static String systemEquation(SplittableRandom r, List<String> xy, Rational sx, Rational sy) {
        Rational a = systemCoefficient(r), b = systemCoefficient(r);
        Rational c = a.multiply(sx).add(b.multiply(sy));
        if (!schoolSized(c)) throw new IllegalArgumentException("awkward constant");
        ArrayList<Lin> left = new ArrayList<>(), right = new ArrayList<>();
        // a·X + b·Y - c = 0, each piece on the left as it is or on the right negated
        boolean xLeft = r.nextInt(4) > 0, yLeft = r.nextInt(3) > 0, cRight = r.nextInt(4) > 0;
        (xLeft ? left : right).add(termOf(xLeft ? a : a.negate(), xy.get(0), true, r));
        (yLeft ? left : right).add(termOf(yLeft ? b : b.negate(), xy.get(1), false, r));
        if (!c.isZero()) {
            if (cRight) right.add(constant(c));
            else
                left.add(constant(c.negate()));
        }
        if (r.nextInt(4) == 0) { // the same letter on both sides: k·X more on each
            Rational k = Rational.of(NumberWriting.nonZero(r, -5, 6));
            int i = r.nextInt(2);
            List<Lin> side = r.nextBoolean() ? left : right, other = side == left ? right : left;
            Lin t = side.stream().filter(p -> i == 0 ? !p.a().isZero() : !p.b().isZero()).findFirst().orElse(null);
            if (t != null) {
                Rational nk = (i == 0 ? t.a() : t.b()).add(k);
                if (!nk.isZero()) {
                    side.set(side.indexOf(t), termOf(nk, xy.get(i), i == 0, r));
                    other.add(termOf(k, xy.get(i), i == 0, r));
                }
            }
        }
        if (left.isEmpty() || right.isEmpty()) {
            List<Lin> from = left.isEmpty() ? right : left, to = left.isEmpty() ? left : right;
            if (from.size() < 2) throw new IllegalArgumentException("one-sided");
            to.add(negated(from.remove(from.size() - 1), xy, r));
        }
        Collections.shuffle(left, new Random(r.nextLong()));
        Collections.shuffle(right, new Random(r.nextLong()));
        return writeSide(left, r).text() + " = " + writeSide(right, r).text();
    }

    /** The piece moved to the other side. */
    private static Lin negated(Lin p, List<String> xy, SplittableRandom r) {
        if (p.a().isZero() && p.b().isZero()) return constant(p.c().negate());
        return p.a().isZero() ? termOf(p.b().negate(), xy.get(1), false, r) : termOf(p.a().negate(), xy.get(0), true, r);
    }

    /** Y = m·X + d (or X = …), the letter alone on the left or on the right, the rest in any order. */
    private static String solvedFor(SplittableRandom r, List<String> xy, Rational sx, Rational sy) {
        boolean forY = r.nextInt(3) > 0;
        String alone = forY ? xy.get(1) : xy.get(0), by = forY ? xy.get(0) : xy.get(1);
        Rational m = r.nextInt(5) == 0 ? NumberWriting.pick(r, DECIMALS) : Rational.of(NumberWriting.nonZero(r, -6, 6));
        Rational d = (forY ? sy : sx).subtract(m.multiply(forY ? sx : sy));
        if (!schoolSized(d)) throw new IllegalArgumentException("awkward constant");
        Lin t = termOf(m, by, true, r);
        Lin rhs = d.isZero() ? t : r.nextInt(3) == 0 ? join(constant(d), t, true) : join(t, constant(d), true);
        return r.nextInt(5) == 0 ? rhs.text() + " = " + alone : alone + " = " + rhs.text();
    }

    /**
     * Two linear equations in two letters (x and y or another pair) grown from a grammar: any coefficients (decimals and
     * fractions among them), terms on both sides and in any order, now and then a bracket, and for substitution one
     * equation solved for a letter; solutions whole, negative, zero or fractions.
     */
    static String system(SplittableRandom r, boolean solved) {
        List<String> xy = r.nextInt(5) < 2 ? LETTER_PAIRS.get(0) : NumberWriting.pick(r, LETTER_PAIRS);
        Rational sx = systemSolution(r), sy = systemSolution(r);
        String first = solved ? solvedFor(r, xy, sx, sy) : systemEquation(r, xy, sx, sy);
        // session 11: now and then both solved for a letter, as y = -x + 6 and y = 2x - 3 (set equal after substituting)
        String second = solved && r.nextInt(5) == 0 ? solvedFor(r, xy, sx, sy) : systemEquation(r, xy, sx, sy);
        if (first.length() + second.length() > 64) throw new IllegalArgumentException("too long");
        return r.nextBoolean() ? first + "; " + second : second + "; " + first;
    }

    // ---- expressions ------------------------------------------------------------------------------------------------

    private static final List<List<String>> LETTER_SETS = List.of(List.of("x", "y"), List.of("a", "b"),
            List.of("a", "b", "c"), List.of("x", "y", "z"), List.of("p", "q"), List.of("m", "n"), List.of("s", "t"));

    /** A monomial as written: 3x, -2ab, y, 5, -xy, 0.5a; powers only where {@code powers} allows. */
    private static String monomial(SplittableRandom r, List<String> letters, boolean powers, boolean constantAllowed) {
        int kind = r.nextInt(10);
        if (constantAllowed && kind < 2) return Integer.toString(NumberWriting.nonZero(r, -12, 15));
        String body;
        if (kind < 7 || letters.size() < 2) body = pickVar(r, letters);
        else {
            int i = r.nextInt(letters.size()), j = (i + 1 + r.nextInt(letters.size() - 1)) % letters.size();
            body = letters.get(i) + letters.get(j);
        }
        if (powers && body.length() == 1 && r.nextInt(3) == 0) body += "^2";
        Rational k = r.nextInt(8) == 0 ? NumberWriting.pick(r, DECIMALS) : Rational.of(NumberWriting.nonZero(r, -9, 12));
        if (!k.isInteger()) return LinearFamilies.decimal(k) + body;
        return NumberWriting.term(k, body);
    }

    private static String sumOf(List<String> terms) {
        StringBuilder sb = new StringBuilder(terms.get(0));
        for (int i = 1; i < terms.size(); i++) sb.append(NumberWriting.plusTerm(terms.get(i)));
        return sb.toString();
    }

    /** A bracket of two (now and then three) terms: x - 4, 2a + 3b, 5 - y, x^2 - 3x + 1. */
    private static String bracketOf(SplittableRandom r, List<String> letters, boolean secondLetter) {
        String x = letters.get(0);
        Rational a = Rational.of(r.nextInt(3) == 0 ? NumberWriting.nonZero(r, -5, 6) : 1);
        String first = NumberWriting.term(a, x);
        String second = secondLetter && letters.size() > 1 && r.nextBoolean()
                ? NumberWriting.term(Rational.of(NumberWriting.nonZero(r, -6, 6)), letters.get(1))
                : Integer.toString(NumberWriting.nonZero(r, -9, 9));
        return r.nextInt(5) == 0 ? second + NumberWriting.plusTerm(first) : first + NumberWriting.plusTerm(second);
    }

    /** A factor in front of a bracket: 3, -2, -, x, 2a, -4y. */
    private static String multiplier(SplittableRandom r, List<String> letters, boolean letterAllowed) {
        if (letterAllowed && r.nextInt(3) == 0) {
            String m = NumberWriting.term(Rational.of(NumberWriting.pick(r, List.of(-3, -2, -1, 1, 2, 3, 4, 5))), pickVar(r,
                    letters));
            return m;
        }
        int k = NumberWriting.pick(r, List.of(-5, -4, -3, -2, -1, 2, 3, 4, 5, 6, 7));
        return k == -1 ? "-" : Integer.toString(k);
    }

    /**
     * An expression to simplify grown from a grammar: like terms over two or three letters in any order, a number or a
     * letter times a bracket, minus a bracket, a bracket inside a bracket. Without brackets no powers appear (that
     * would be an exponent-rules problem).
     */
    static String simplifyExpression(SplittableRandom r) {
        List<String> letters = NumberWriting.pick(r, LETTER_SETS);
        if (r.nextInt(3) == 0) { // collect like terms only: draw from a small pool so that terms repeat
            List<String> pool = new ArrayList<>();
            for (String l : letters) pool.add(l);
            boolean swapped = r.nextBoolean() && letters.size() > 1;
            if (swapped) { // ab and ba are like terms, as students meet them
                pool.add(letters.get(0) + letters.get(1));
                pool.add(letters.get(1) + letters.get(0));
            }
            if (r.nextInt(3) == 0) { // session 11: like terms with powers, x^2 + 3x - 2x^2, 3a^2b + 5ab^2 - a^2b
                pool.add(letters.get(0) + "^2");
                if (letters.size() > 1) {
                    pool.add(letters.get(0) + "^2" + letters.get(1));
                    pool.add(letters.get(0) + letters.get(1) + "^2");
                }
            }
            int n = NumberWriting.between(r, 3, 6);
            ArrayList<String> terms = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Rational k = r.nextInt(8) == 0 ? NumberWriting.pick(r, DECIMALS) : Rational.of(NumberWriting.nonZero(r, -9, 12));
                terms.add(r.nextInt(6) == 0
                        ? Integer.toString(NumberWriting.nonZero(r, -12, 15))
                        : k.isInteger() ? NumberWriting.term(k, pickVar(r, pool)) : LinearFamilies.decimal(k) + pickVar(r, pool));
            }
            if (swapped) { // both spellings at least once
                terms.add(r.nextInt(terms.size() + 1), NumberWriting.term(Rational.of(NumberWriting.nonZero(r, -9, 9)),
                        pool.get(letters.size() + 1)));
                terms.add(r.nextInt(terms.size()), NumberWriting.term(Rational.of(NumberWriting.nonZero(r, -9, 9)),
                        pool.get(letters.size())));
            }
            return sumOf(terms);
        }
        int parts = NumberWriting.between(r, 2, 3);
        StringBuilder sb = new StringBuilder();
        boolean bracket = false;
        for (int i = 0; i < parts; i++) {
            String part;
            if (r.nextInt(3) == 0 && (bracket || i < parts - 1)) part = monomial(r, letters, false, true);
            else {
                bracket = true;
                String inner = r.nextInt(4) == 0
                        ? multiplier(r, letters, false) + "(" + bracketOf(r, letters, true) + ")" + NumberWriting.plusTerm(
                                monomial(r, letters, false, true))
                        : bracketOf(r, letters, true);
                String m = multiplier(r, letters, true);
                part = m + "(" + inner + ")";
            }
            sb.append(i == 0 ? part : NumberWriting.plusTerm(part));
        }
        if (sb.length() > 56) throw new IllegalArgumentException("too long");
        return sb.toString();
    }

    /**
     * An expression to expand grown from a grammar: two or three brackets, a term times a bracket plus another,
     * squares of binomials in one or two letters, a square minus a product, a number in front.
     */
    static String expandExpression(SplittableRandom r) {
        List<String> letters = NumberWriting.pick(r, LETTER_SETS);
        String p = bracketOf(r, letters, true), q = bracketOf(r, letters, r.nextBoolean()), x = letters.get(0);
        String e = switch (r.nextInt(9)) {
            case 0, 1 -> "(" + p + ")(" + q + ")";
            case 2 -> "(" + bracketOf(r, letters, false) + ")(" + bracketOf(r, letters, false) + ")(" + bracketOf(r, letters,
                    false) + ")";
            case 3 -> multiplier(r, letters, true) + "(" + p + ")" + NumberWriting.plusTerm(multiplier(r, letters, true)
                    .replaceFirst("^-$", "-1") + "(" + q + ")");
            case 4 -> "(" + p + ")^2";
            case 5 -> "(" + p + ")^2 - (" + q + ")(" + bracketOf(r, letters, false) + ")";
            case 6 -> "(" + p + ")(" + q + ")" + NumberWriting.plusTerm(monomial(r, letters, true, true));
            case 7 -> multiplier(r, letters, false) + "(" + p + ")(" + q + ")";
            default -> "(" + p + ")(" + x + "^2" + NumberWriting.plusTerm(NumberWriting.term(Rational.of(NumberWriting
                    .nonZero(r, -5, 5)), x)) + NumberWriting.plusTerm("" + NumberWriting.nonZero(r, -6, 6)) + ")";
        };
        if (e.startsWith("-(") && r.nextBoolean()) e = "-1" + e.substring(1);
        if (e.length() > 56) throw new IllegalArgumentException("too long");
        return e;
    }

    /**
     * A polynomial to factorise grown from its factors: k·(p·x + q)(s·x + t) with any leading coefficient, a common
     * factor first (a number, a letter, or both), a difference of two squares in one or two letters, a common factor
     * and nothing else; terms now and then in another order.
     */
    static String factorisable(SplittableRandom r) {
        List<String> letters = NumberWriting.pick(r, LETTER_SETS);
        String x = letters.get(0), y = letters.get(1);
        ArrayList<String> terms = new ArrayList<>();
        switch (r.nextInt(7)) {
            case 0, 1, 2, 3 -> {
                int p = r.nextInt(3) == 0 ? NumberWriting.between(r, 2, 5) : 1, q = NumberWriting.nonZero(r, -9, 9),
                        s = r.nextInt(4) == 0 ? NumberWriting.between(r, 2, 3) : 1, t = NumberWriting.nonZero(r, -9, 9);
                int k = r.nextInt(3) == 0 ? NumberWriting.pick(r, List.of(-3, -2, -1, 2, 3, 4, 5)) : 1;
                boolean byX = r.nextInt(6) == 0; // x(…) first: a cubic with a common factor x
                long a = (long) k * p * s, b = (long) k * ((long) p * t + (long) q * s), c = (long) k * q * t;
                terms.add(NumberWriting.term(Rational.of(a), x + (byX ? "^3" : "^2")));
                if (b != 0) terms.add(NumberWriting.term(Rational.of(b), byX ? x + "^2" : x));
                terms.add(byX ? NumberWriting.term(Rational.of(c), x) : Long.toString(c));
            }
            case 4, 5 -> { // k(a²x² - b²) or a²x² - b²y²
                int a = NumberWriting.between(r, 1, 6), b = NumberWriting.between(r, 1, 10);
                int k = r.nextInt(3) == 0 ? NumberWriting.between(r, 2, 5) : 1;
                terms.add(NumberWriting.term(Rational.of((long) k * a * a), x + "^2"));
                terms.add(r.nextBoolean()
                        ? NumberWriting.term(Rational.of(-(long) k * b * b), y + "^2")
                        : Long.toString(-(long) k * b * b));
            }
            default -> { // a common factor only: 6ab - 9a, 4x^2 + 10x, 12 - 8y
                int g = NumberWriting.between(r, 2, 6), m = NumberWriting.nonZero(r, -7, 7), n = NumberWriting.nonZero(r, -7, 7);
                if (m % n == 0 || n % m == 0) m = m * 2 + (m > 0 ? 1 : -1);
                String common = r.nextBoolean() ? x : "";
                terms.add(NumberWriting.term(Rational.of((long) g * m), common + y));
                terms.add(common.isEmpty() ? Long.toString((long) g * n) : NumberWriting.term(Rational.of((long) g * n), common));
            }
        }
        if (r.nextInt(5) == 0) Collections.reverse(terms);
        return sumOf(terms);
    }
}
