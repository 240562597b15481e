package app.stepwise.solve;

import app.stepwise.math.Expr;
import app.stepwise.math.Exprs;
import app.stepwise.math.Forms;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Rational;
import app.stepwise.solve.Polynomial.Monomial;
import app.stepwise.text.Message;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Simplifies, expands and factorises any polynomial expression (any letters, rational coefficients, powers with
 * whole, negative or fractional exponents): multiply out the brackets, group and collect like terms, use the
 * exponent rules; take out the common factor, then a difference of two squares or a trinomial with rational roots.
 */
final class ExpressionSolver {
    private ExpressionSolver() {}

    /** Simplify or expand: the steps to the collected polynomial; empty when the expression already is that. */
    static List<Step> simplify(Expr e) {
        Polynomial p = Polynomial.of(e).orElseThrow(() -> new IllegalArgumentException("not a polynomial expression"));
        // 0.5t + 1.2 - 0.3t + 0.8 keeps its decimals (0.2t + 2), not t/2 - 3t/10 + 6/5 (session 12)
        boolean dec = decimalsOnly(e) && p.terms().values().stream().allMatch(ExpressionSolver::asDecimal);
        String target = dec ? join(positiveFirst(p.termList()), true) : p.text();
        List<Step> steps = new ArrayList<>();
        if (same(e, target)) return steps;
        // one term at the end is exponent work only when there was one term to begin with: 6 - 2(k + 3) + 5k, x/2 + x/3
        // and 4ab + 3ba - 2ab are collected like terms (session 12: they were one step, "work out the exponents")
        if (p.isSingleTerm() && p.variables().size() > 0 && !likeTermsToCollect(e)) {
            exponentWork(e).filter(w -> !same(e, w) && !w.equals(target))
                    .ifPresent(w -> steps.add(new Step(Message.of("step.exponentRules"),
                            w, "exponent-rules")));
            steps.add(new Step(Message.of("step.numbersExponents"), target, "simplify"));
            return steps;
        }
        List<Polynomial> spread = spread(e);
        String spreadText = join(spread, dec);
        boolean brackets = hasBrackets(e);
        Optional<String[]> over = brackets ? Optional.empty() : overCommonDenominator(spread);
        if (over.isPresent()) {
            // x/2 + x/3: over the common denominator 6 (3x/6 + 2x/6), then add the numerators (session 12)
            steps.add(new Step(over.get()[1].split(" [+-] ").length == 2
                    ? Message.of("step.commonDenominatorOf", over.get()[0])
                    : Message.of("step.commonDenominator"), over.get()[1], "common-denominator"));
            steps.add(new Step(Message.of("step.addNumeratorsKeep"), target, "collect"));
            return steps;
        }
        if (brackets && !spreadText.equals(target) && !same(e, spreadText)) {
            steps.add(new Step(Message.of("step.multiplyOutEach"),
                    spreadText, "expand"));
        }
        List<Polynomial> grouped = new ArrayList<>(spread);
        grouped.sort(Comparator.comparing(t -> t.terms().firstKey()));
        String groupedText = join(grouped, dec);
        List<Polynomial> shown = spread;
        if (!brackets && !groupedText.equals(spreadText) && !groupedText.equals(target) && grouped.size() > 2) {
            steps.add(new Step(Message.of("step.group"), groupedText, "group"));
            shown = grouped;
        }
        Optional<String> sums = brackets && spreadText.equals(target) ? Optional.empty() : coefficientSums(shown, dec);
        steps.add(new Step(brackets && spreadText.equals(target)
                ? Message.of("step.multiplyOut")
                : sums.map(w -> Message.of("step.collectSums", w)).orElse(Message.of("step.collect")), target,
                brackets && spreadText.equals(target) ? "expand" : "collect"));
        return steps;
    }

    /**
     * Like terms of one kind with fractional numbers ({@code x/2 + x/3}, {@code 2a/3 - a/6 + a}) written over their common
     * denominator: the denominator and the line {@code 3x/6 + 2x/6}; empty for other sums.
     */
    static Optional<String[]> overCommonDenominator(List<Polynomial> terms) {
        List<Polynomial> nonZero = terms.stream().filter(t -> !t.isZero()).toList();
        if (nonZero.size() < 2 || nonZero.stream().anyMatch(t -> !t.isSingleTerm())) return Optional.empty();
        Monomial m = nonZero.get(0).terms().firstKey();
        if (m.powers().isEmpty() || nonZero.stream().anyMatch(t -> !t.terms().firstKey().equals(m))) return Optional.empty();
        BigInteger lcm = BigInteger.ONE;
        for (Polynomial t : nonZero) {
            BigInteger d = t.terms().firstEntry().getValue().den();
            lcm = lcm.divide(lcm.gcd(d)).multiply(d);
        }
        if (lcm.equals(BigInteger.ONE) || lcm.compareTo(BigInteger.valueOf(100)) > 0) return Optional.empty();
        StringBuilder sb = new StringBuilder();
        for (Polynomial t : nonZero) {
            Rational k = t.terms().firstEntry().getValue().multiply(new Rational(lcm, BigInteger.ONE));
            String num = Polynomial.term(k.abs(), m).text();
            if (sb.isEmpty()) sb.append(k.signum() < 0 ? "-" : "");
            else
                sb.append(k.signum() < 0 ? " - " : " + ");
            sb.append(num).append('/').append(lcm);
        }
        return Optional.of(new String[]{lcm.toString(), sb.toString()});
    }

    /**
     * Whether e is a sum of two or more terms once multiplied out, with no exponent work in it ({@code 2m - 6n + m + 4n - 3m},
     * {@code x/2 + x/3}): collecting like terms, even when one term is left.
     */
    static boolean likeTermsToCollect(Expr e) {
        if (Exprs.any(e, GeneralSolver::exponentWork)) return false;
        try {
            return spread(e).stream().filter(t -> !t.isZero()).count() > 1;
        } catch (IllegalArgumentException | Polynomial.NotPolynomial ex) {
            return false;
        }
    }

    /**
     * The numbers of each group of like terms added up, in the order of the terms ({@code 7t - 3t + 2 + 4t + 4} gives
     * {@code 7 - 3 + 4 = 8, 2 + 4 = 6}), for the sentence of a collecting step: the model copies each sum and the
     * calculator gives its value (session 11: 2.5.0 added three or more coefficients wrongly in its head). Empty when
     * no group has two terms or a number in a group of two or more is not whole; a term alone may have any number.
     */
    static Optional<String> coefficientSums(List<Polynomial> terms) {
        return coefficientSums(terms, false);
    }

    /** The sums, with decimal numbers too where {@code dec} (0.5 - 0.3 = 0.2). */
    static Optional<String> coefficientSums(List<Polynomial> terms, boolean dec) {
        Map<Monomial, List<Rational>> groups = new LinkedHashMap<>();
        for (Polynomial t : terms) {
            if (t.isZero()) continue;
            for (var en : t.terms().entrySet())
                groups.computeIfAbsent(en.getKey(), k -> new ArrayList<>()).add(en.getValue());
        }
        List<String> sums = new ArrayList<>();
        for (List<Rational> g : groups.values()) {
            if (g.size() < 2) continue; // a term alone (x/3 beside 16 - 22) is not added to anything
            if (g.stream().anyMatch(c -> !c.isInteger() && !(dec && asDecimal(c)))) return Optional.empty();
            StringBuilder sb = new StringBuilder(LinearFamilies.decimal(g.get(0)));
            Rational total = g.get(0);
            for (Rational c : g.subList(1, g.size())) {
                sb.append(c.signum() < 0 ? " - " : " + ").append(LinearFamilies.decimal(c.abs()));
                total = total.add(c);
            }
            sums.add(sb.append(" = ").append(LinearFamilies.decimal(total)).toString());
        }
        return sums.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", sums));
    }

    private static boolean same(Expr e, String text) {
        try {
            return app.stepwise.math.Printer.text(e).replace(" ", "")
                    .equals(app.stepwise.math.Printer.text(Parser.parseExpression(text)).replace(" ", ""));
        } catch (MathSyntaxException ex) {
            return false;
        }
    }

    static String join(List<Polynomial> terms) {
        return join(terms, false);
    }

    /** Whether every number written in e is whole or a decimal, and one is a decimal (0.5t + 1.2, not x/2 + 0.5). */
    static boolean decimalsOnly(Expr e) {
        return Exprs.any(e, x -> x instanceof Expr.Num n && n.decimal())
                && !Exprs.any(e, x -> x instanceof Expr.Div || x instanceof Expr.Num n && !n.value().isInteger() && !n.decimal());
    }

    /** Whether r is written with at most three decimal places. */
    static boolean asDecimal(Rational r) {
        return !LinearFamilies.decimal(r).contains("/");
    }

    /** The terms with a positive one first where the sum starts with a minus, as {@link Polynomial#text()} orders them. */
    private static List<Polynomial> positiveFirst(List<Polynomial> terms) {
        List<Polynomial> order = new ArrayList<>(terms);
        if (!order.isEmpty() && order.get(0).terms().firstEntry().getValue().signum() < 0)
            for (int i = 1; i < order.size(); i++) {
                var t = order.get(i).terms().firstEntry();
                if (t.getValue().signum() > 0 && t.getKey().degree().equals(order.get(0).terms().firstKey().degree())) {
                    order.add(0, order.remove(i));
                    break;
                }
            }
        return order;
    }

    /** The terms joined into a sum; with {@code dec}, the numbers as decimals (0.2t, not t/5). */
    static String join(List<Polynomial> terms, boolean dec) {
        StringBuilder sb = new StringBuilder();
        for (Polynomial t : terms) {
            if (t.isZero()) continue;
            String s = dec ? decimalTerm(t) : t.text();
            if (sb.isEmpty()) sb.append(s);
            else if (s.startsWith("-")) sb.append(" - ").append(s.substring(1));
            else
                sb.append(" + ").append(s);
        }
        return sb.isEmpty() ? "0" : sb.toString();
    }

    private static String decimalTerm(Polynomial t) {
        var en = t.terms().firstEntry();
        if (en.getKey().powers().isEmpty()) return LinearFamilies.decimal(en.getValue());
        Rational c = en.getValue();
        String k = c.abs().isOne() ? "" : LinearFamilies.decimal(c.abs());
        return (c.signum() < 0 ? "-" : "") + k + en.getKey().text();
    }

    static boolean hasBrackets(Expr e) {
        return Exprs.any(e, x -> x instanceof Expr.Mul m && m.factors().stream().anyMatch(f -> f instanceof Expr.Add)
                || x instanceof Expr.Pow p && p.base() instanceof Expr.Add
                || x instanceof Expr.Neg n && n.operand() instanceof Expr.Add
                || x instanceof Expr.Div d && d.numerator() instanceof Expr.Add);
    }

    /** The terms of e multiplied out but not yet collected: (x + 2)(x + 3) gives x^2, 3x, 2x, 6. */
    static List<Polynomial> spread(Expr e) {
        return switch (e) {
            case Expr.Add a -> {
                List<Polynomial> out = new ArrayList<>();
                for (Expr t : a.terms()) out.addAll(spread(t));
                yield out;
            }
            case Expr.Neg n -> spread(n.operand()).stream().map(Polynomial::negate).toList();
            case Expr.Mul m -> {
                List<Polynomial> out = List.of(Polynomial.constant(Rational.ONE));
                for (Expr f : m.factors()) {
                    List<Polynomial> next = new ArrayList<>();
                    for (Polynomial a : out) for (Polynomial b : spread(f)) next.add(a.times(b));
                    out = next;
                    if (out.size() > Polynomial.MAX_TERMS) throw new IllegalArgumentException("too many terms");
                }
                yield out;
            }
            case Expr.Pow p when p.base() instanceof Expr.Add && Exprs.exactValue(p.exponent())
                    .filter(r -> r.isInteger() && r.signum() > 0 && r.num().intValueExact() <= 4).isPresent() -> {
                int n = Exprs.exactValue(p.exponent()).orElseThrow().num().intValueExact();
                List<Expr> copies = new ArrayList<>();
                for (int i = 0; i < n; i++) copies.add(p.base());
                yield spread(new Expr.Mul(copies));
            }
            case Expr.Div d when Polynomial.of(d.denominator()).filter(Polynomial::isSingleTerm).isPresent() -> {
                Polynomial inv = Polynomial.inverse(Polynomial.of(d.denominator()).orElseThrow());
                yield spread(d.numerator()).stream().map(t -> t.times(inv)).toList();
            }
            default -> Polynomial.of(e).orElseThrow(() -> new IllegalArgumentException("not a polynomial")).termList();
        };
    }

    /** For one term: the number, then each letter with its exponent arithmetic written out: 6x^(2 + 5). */
    static Optional<String> exponentWork(Expr e) {
        Map<String, List<String>> exps = new LinkedHashMap<>();
        Rational[] coef = {Rational.ONE};
        if (!walk(e, "", false, exps, coef)) return Optional.empty();
        StringBuilder sb = new StringBuilder();
        Rational c = coef[0];
        if (c.signum() < 0) sb.append('-');
        Rational a = c.abs();
        if (!a.num().equals(BigInteger.ONE)) sb.append(a.num());
        boolean arithmetic = false;
        for (var en : new TreeMap<>(exps).entrySet()) {
            List<String> parts = en.getValue();
            sb.append(en.getKey());
            if (parts.size() == 1 && parts.get(0).matches("\\d+")) {
                if (!parts.get(0).equals("1")) sb.append('^').append(parts.get(0)).append(' ');
            } else {
                arithmetic = true;
                StringBuilder x = new StringBuilder();
                for (String s : parts) {
                    if (x.isEmpty()) x.append(s);
                    else if (s.startsWith("-")) x.append(" - ").append(s.substring(1));
                    else
                        x.append(" + ").append(s);
                }
                sb.append("^(").append(x).append(") ");
            }
        }
        String body = sb.toString().strip();
        if (!a.den().equals(BigInteger.ONE)) body = body + "/" + a.den();
        return arithmetic ? Optional.of(body) : Optional.empty();
    }

    private static boolean walk(Expr e, String times, boolean inverse, Map<String, List<String>> exps, Rational[] coef) {
        switch (e) {
            case Expr.Num n -> {
                Rational v = n.value();
                if (!times.isEmpty()) {
                    Optional<Rational> k = exactInt(times);
                    if (k.isEmpty()) return false;
                    v = v.pow(k.get().num().intValueExact());
                }
                coef[0] = coef[0].multiply(inverse ? v.reciprocal() : v);
                return true;
            }
            case Expr.Var v -> {
                String part = times.isEmpty() ? "1" : times;
                exps.computeIfAbsent(v.name(), k -> new ArrayList<>()).add(inverse ? "-" + wrap(part) : part);
                return true;
            }
            case Expr.Neg n -> {
                coef[0] = coef[0].negate();
                return walk(n.operand(), times, inverse, exps, coef);
            }
            case Expr.Mul m -> {
                for (Expr f : m.factors()) if (!walk(f, times, inverse, exps, coef)) return false;
                return true;
            }
            case Expr.Div d -> {
                return walk(d.numerator(), times, inverse, exps, coef) && walk(d.denominator(), times, !inverse, exps, coef);
            }
            case Expr.Pow p -> {
                Optional<Rational> r = Exprs.exactValue(p.exponent());
                if (r.isEmpty()) return false;
                String k = r.get().isInteger() ? r.get().toString() : "(" + r.get() + ")";
                String t = times.isEmpty() ? k : times + " × " + k;
                if (p.base() instanceof Expr.Var v) {
                    exps.computeIfAbsent(v.name(), x -> new ArrayList<>()).add(inverse ? "-" + wrap(t) : t);
                    return true;
                }
                if (p.base() instanceof Expr.Add) return false;
                return walk(p.base(), t, inverse, exps, coef);
            }
            default -> {
                return false;
            }
        }
    }

    private static String wrap(String s) {
        return s.matches("[0-9]+") ? s : "(" + s + ")";
    }

    private static Optional<Rational> exactInt(String product) {
        Rational r = Rational.ONE;
        for (String part : product.split(" × ")) {
            try {
                r = r.multiply(Rational.parse(part.replace("(", "").replace(")", "")));
            } catch (RuntimeException ex) {
                return Optional.empty();
            }
        }
        return r.isInteger() ? Optional.of(r) : Optional.empty();
    }

    /** The steps that factorise e fully over the rationals (as far as our methods go). */
    static List<Step> factor(Expr e) {
        Polynomial p = Polynomial.of(e).orElseThrow(() -> new IllegalArgumentException("not a polynomial expression"));
        if (!p.isOrdinary() || p.terms().size() < 2) throw new IllegalArgumentException("nothing to factorise");
        List<Step> steps = new ArrayList<>();
        Polynomial cf = p.commonFactor();
        Polynomial rest = p;
        String prefix = "";
        if (!(cf.isConstant() && cf.constantValue().isOne())) {
            rest = p.divideBy(cf);
            prefix = cf.isConstant() && cf.constantValue().equals(Rational.MINUS_ONE) ? "-" : cf.text();
            steps.add(
                    new Step(Message.of("step.commonFactor", prefix.equals("-") ? "-1" : prefix),
                            prefix + "(" + rest.text() + ")", "common-factor"));
        }
        List<Step> inner = factorPrimitive(rest, prefix);
        steps.addAll(inner);
        if (steps.isEmpty()) throw new IllegalArgumentException("Stepwise cannot factorise " + p.text());
        String last = steps.get(steps.size() - 1).math();
        try {
            if (!Forms.isFactored(Parser.parseExpression(last))) throw new IllegalArgumentException("not fully factorised");
        } catch (MathSyntaxException ex) {
            throw new IllegalArgumentException(ex.getMessage(), ex);
        }
        return steps;
    }

    private static String wrapFactor(String text) {
        return "(" + text + ")";
    }

    /** A primitive polynomial (content 1): a difference of two squares, or a quadratic with rational roots. */
    private static List<Step> factorPrimitive(Polynomial p, String prefix) {
        List<Step> steps = new ArrayList<>();
        if (p.terms().size() == 2) {
            var ts = new ArrayList<>(p.terms().entrySet());
            var a = ts.get(0);
            var b = ts.get(1);
            if (a.getValue().signum() != b.getValue().signum()) {
                var pos = a.getValue().signum() > 0 ? a : b;
                var neg = pos == a ? b : a;
                Optional<Rational> ra = Polynomial.sqrt(pos.getValue()), rb = Polynomial.sqrt(neg.getValue().negate());
                boolean evenA = pos.getKey().powers().values().stream()
                        .allMatch(r -> r.isInteger() && r.num().mod(BigInteger.TWO).signum() == 0);
                boolean evenB = neg.getKey().powers().values().stream()
                        .allMatch(r -> r.isInteger() && r.num().mod(BigInteger.TWO).signum() == 0);
                if (ra.isPresent() && rb.isPresent() && evenA && evenB) {
                    String sa = Polynomial.term(ra.get(), pos.getKey().pow(Rational.of(1, 2))).text();
                    String sb = Polynomial.term(rb.get(), neg.getKey().pow(Rational.of(1, 2))).text();
                    String squares = prefix + "(" + sq(sa) + " - " + sq(sb) + ")";
                    String before = prefix + "(" + p.text() + ")"; // the line as it stands, its common factor outside
                    if (!squares.equals(before)) // x^2 - 9 as x^2 - 3^2; 25(x^2 - y^2) is already written so
                        steps.add(new Step(Message.of("step.differenceOfSquares", sa, sb), squares, "difference-of-squares"));
                    steps.add(new Step(Message.of("step.differenceRule"),
                            prefix + wrapFactor(sa + " + " + sb) + wrapFactor(sa + " - " + sb), "factor"));
                    return steps;
                }
            }
        }
        var vars = p.variables();
        if (vars.size() != 1) return steps;
        String x = vars.iterator().next();
        Rational[] c = p.coefficients(x).orElse(null);
        if (c == null || c.length != 3) return steps;
        Rational A = c[2], B = c[1], C = c[0];
        Rational disc = B.multiply(B).subtract(Rational.of(4).multiply(A).multiply(C));
        Optional<Rational> s = Polynomial.sqrt(disc);
        if (s.isEmpty()) return steps;
        Rational r1 = B.negate().add(s.get()).divide(A.multiply(Rational.of(2)));
        Rational r2 = B.negate().subtract(s.get()).divide(A.multiply(Rational.of(2)));
        String f1 = linearFactor(r1, x), f2 = linearFactor(r2, x);
        // a = d1·d2 for a primitive polynomial (Gauss); any sign left over goes in front
        Rational lead = A.divide(new Rational(r1.den().multiply(r2.den()), BigInteger.ONE));
        String sign = lead.equals(Rational.MINUS_ONE) ? "-" : lead.isOne() ? "" : lead + "";
        Rational ac = A.multiply(C);
        // the two numbers that multiply to ac and add to b
        Rational m1 = B.add(s.get()).divide(Rational.of(2));
        Rational m2 = B.subtract(s.get()).divide(Rational.of(2));
        if (A.isInteger() && B.isInteger() && C.isInteger()) {
            String split = Polynomial.term(A, Monomial.of(x).pow(Rational.of(2))).text()
                    + plus(Polynomial.term(m1, Monomial.of(x)).text()) + plus(Polynomial.term(m2, Monomial.of(x)).text())
                    + plus(C.toString());
            Message words = A.isOne()
                    ? Message.of("step.twoNumbers", C.toString(), B.toString(), m1.toString(), m2.toString())
                    : Message.of("step.twoNumbersSplit", ac.toString(), B.toString(), m1.toString(), m2.toString());
            if (!m1.isZero() && !m2.isZero()) steps.add(new Step(words, prefix + "(" + split + ")", "split-middle-term"));
        }
        String result = r1.equals(r2) ? prefix + sign + "(" + f1 + ")^2" : prefix + sign + "(" + f1 + ")(" + f2 + ")";
        steps.add(new Step(Message.of(r1.equals(r2) ? "step.perfectSquare" : "step.twoBrackets"), result,
                "factor"));
        return steps;
    }

    private static String sq(String s) {
        return s.matches("[A-Za-z]|\\d+") ? s + "^2" : "(" + s + ")^2";
    }

    private static String plus(String t) {
        return t.startsWith("-") ? " - " + t.substring(1) : " + " + t;
    }

    /** The factor d·x - n for the root n/d: x - 3, 2x + 1. */
    static String linearFactor(Rational root, String x) {
        Rational d = new Rational(root.den(), BigInteger.ONE);
        Rational n = new Rational(root.num(), BigInteger.ONE);
        String lead = d.isOne() ? x : d + x;
        if (n.isZero()) return lead;
        return lead + (n.signum() > 0 ? " - " + n : " + " + n.negate());
    }
}
