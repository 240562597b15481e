package app.stepwise.solve;

import app.stepwise.math.Expr;
import app.stepwise.math.Exprs;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Rational;
import app.stepwise.math.Statement;
import app.stepwise.solve.Polynomial.Monomial;
import app.stepwise.text.Message;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Solves any equation in one unknown that is linear or quadratic once multiplied out (any letter, rational or
 * decimal coefficients, the unknown on either side), and rearranges any formula for a letter that appears to the
 * first power (or only squared), also from a denominator. Quadratics: square roots when there is no x-term,
 * factorising when the roots are rational, otherwise the formula (or the method the question names).
 */
final class EquationSolver {
    private EquationSolver() {}

    /** How a quadratic is solved; AUTO picks the textbook's usual choice. */
    enum Method {
        AUTO,
        FACTOR,
        FORMULA,
        SQUARE_ROOT
    }

    static Statement.Equation equation(String text) {
        try {
            if (Statement.collapse(Parser.parse(text)) instanceof Statement.Equation eq) return eq;
        } catch (MathSyntaxException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        throw new IllegalArgumentException(text + " is not an equation");
    }

    /** The polynomial lhs - rhs. */
    static Polynomial difference(Statement.Equation eq) {
        Optional<Polynomial> l = Polynomial.of(eq.lhs()), r = Polynomial.of(eq.rhs());
        if (l.isEmpty() || r.isEmpty()) throw new IllegalArgumentException("not a polynomial equation");
        return l.get().minus(r.get());
    }

    /** The degree of the equation in x (1 linear, 2 quadratic), when it is a polynomial equation in x alone. */
    static int degree(String equation, String x) {
        Polynomial p = difference(equation(equation));
        return p.coefficients(x).map(c -> c.length - 1).orElse(-1);
    }

    static List<Step> solve(String equation, String x, Method method) {
        Statement.Equation eq = equation(equation);
        Polynomial p = difference(eq);
        Rational[] c = p.coefficients(x).orElseThrow(() -> new IllegalArgumentException("not a polynomial equation in " + x));
        if (c.length == 2) return LinearSolver.steps(equation, x);
        if (c.length != 3) throw new IllegalArgumentException("Stepwise solves linear and quadratic equations");
        if (method == Method.AUTO || method == Method.SQUARE_ROOT) {
            Optional<List<Step>> roots = squareOfBracket(eq, x);
            if (roots.isPresent()) return roots.get();
        }
        return quadratic(eq, c, x, method);
    }

    /** k (a x + b)^2 + c on one side of an equation. */
    private record BracketSquare(Rational k, Expr base, Rational a, Rational b, Rational c) {}

    private static Optional<BracketSquare> bracketSquare(Expr side, String x) {
        Rational c = Rational.ZERO;
        Expr sq = side;
        if (side instanceof Expr.Add add && add.terms().size() == 2) {
            Optional<Rational> v0 = app.stepwise.math.Exprs.exactValue(add.terms().get(0)),
                    v1 = app.stepwise.math.Exprs.exactValue(add.terms().get(1));
            if (v1.isPresent() && v0.isEmpty()) {
                c = v1.get();
                sq = add.terms().get(0);
            } else if (v0.isPresent() && v1.isEmpty()) {
                c = v0.get();
                sq = add.terms().get(1);
            } else
                return Optional.empty();
        }
        Rational k = Rational.ONE;
        if (sq instanceof Expr.Mul m && m.factors().size() == 2) {
            Optional<Rational> v = app.stepwise.math.Exprs.exactValue(m.factors().get(0));
            if (v.isEmpty()) return Optional.empty();
            k = v.get();
            sq = m.factors().get(1);
        }
        if (!(sq instanceof Expr.Pow p) || !(p.base() instanceof Expr.Add base)) return Optional.empty();
        if (!app.stepwise.math.Exprs.exactValue(p.exponent()).map(e -> e.equals(Rational.of(2))).orElse(false))
            return Optional.empty();
        Optional<Polynomial> lin = Polynomial.of(base);
        if (lin.isEmpty() || !lin.get().variables().equals(java.util.Set.of(x))) return Optional.empty();
        Optional<Rational[]> co = lin.get().coefficients(x);
        if (co.isEmpty() || co.get().length != 2 || co.get()[0].isZero() || co.get()[1].signum() <= 0) return Optional.empty();
        if (k.signum() <= 0) return Optional.empty();
        return Optional.of(new BracketSquare(k, base, co.get()[1], co.get()[0], c));
    }

    /**
     * (x - 2)^2 = 25, 2(x - 1)^2 = 18, (2x + 1)^2 - 4 = 5: the square alone, both square roots, then each linear equation,
     * as textbooks solve them (session 12: the solver multiplied them out and factorised, and the corpus named them
     * quadratic-factoring, so the model never saw this method).
     */
    private static Optional<List<Step>> squareOfBracket(Statement.Equation eq, String x) {
        Optional<BracketSquare> l = bracketSquare(eq.lhs(), x), r = bracketSquare(eq.rhs(), x);
        Optional<Rational> lv = app.stepwise.math.Exprs.exactValue(eq.lhs()), rv = app.stepwise.math.Exprs.exactValue(eq.rhs());
        BracketSquare s;
        Rational d;
        if (l.isPresent() && rv.isPresent()) {
            s = l.get();
            d = rv.get();
        } else if (r.isPresent() && lv.isPresent()) {
            s = r.get();
            d = lv.get();
        } else
            return Optional.empty();
        String inside = app.stepwise.math.Printer.text(s.base());
        String square = "(" + inside + ")^2";
        List<Step> steps = new ArrayList<>();
        Rational q = d.subtract(s.c());
        if (!s.c().isZero())
            steps.add(new Step(s.c().signum() > 0
                    ? Message.of("step.subtractBoth", s.c().toString())
                    : Message.of("step.addBoth", s.c().negate().toString()),
                    (s.k().isOne() ? "" : s.k().toString()) + square + " = " + q,
                    s.c().signum() > 0 ? "subtract-both-sides" : "add-both-sides"));
        if (!s.k().isOne()) {
            q = q.divide(s.k());
            steps.add(new Step(Message.of("step.divideBoth", s.k().toString()), square + " = " + q, "divide-both-sides"));
        }
        if (q.signum() <= 0) return Optional.empty(); // no real roots, or one: the usual route says so
        Optional<Rational> root = Polynomial.sqrt(q);
        // a surd root, x + 3 = ±√7, as textbooks write it (session 13: it went by the formula, as if the bracket were not there)
        String rootText = root.isPresent() ? root.get().toString() : surd(q);
        steps.add(new Step(Message.of("step.squareRootBoth"), inside + " = ±" + rootText, "square-root"));
        Rational b = s.b();
        String shifted = b.isZero() ? "±" + rootText : b.negate().toString() + " ± " + rootText;
        if (!b.isZero())
            steps.add(new Step(b.signum() < 0
                    ? Message.of("step.addBoth", b.negate().toString())
                    : Message.of("step.subtractBoth", b.toString()),
                    NumberWriting.term(s.a(), x) + " = " + shifted, b.signum() < 0 ? "add-both-sides" : "subtract-both-sides"));
        if (!s.a().isOne())
            steps.add(new Step(Message.of("step.divideBoth", s.a().toString()), x + " = (" + shifted + ")/" + s.a(),
                    "divide-both-sides"));
        String both;
        if (root.isPresent()) {
            Rational r1 = b.negate().add(root.get()).divide(s.a()), r2 = b.negate().subtract(root.get()).divide(s.a());
            both = x + " = " + r1 + " or " + x + " = " + r2;
        } else {
            String plus = b.isZero() ? rootText : b.negate() + " + " + rootText;
            String minus = b.isZero() ? "-" + rootText : b.negate() + " - " + rootText;
            both = s.a().isOne()
                    ? x + " = " + plus + " or " + x + " = " + minus
                    : x + " = (" + plus + ")/" + s.a() + " or " + x + " = (" + minus + ")/" + s.a();
        }
        steps.add(new Step(Message.of("step.bothSolutions"), both, "state-solutions"));
        return Optional.of(steps);
    }

    private static List<Step> quadratic(Statement.Equation eq, Rational[] c, String x, Method method) {
        List<Step> steps = new ArrayList<>();
        Rational a = c[2], b = c[1], k = c[0];
        if (b.isZero() && method != Method.FORMULA && method != Method.FACTOR) {
            // a x² + k = 0: get x² alone, then both square roots
            Rational rhs = k.negate().divide(a);
            Optional<Polynomial> left = Polynomial.of(eq.lhs());
            if (a.signum() < 0) {
                // 568 = 4m^2 - 8 and 50 - 2m^2 = 0: 4m^2 = 576 and 2m^2 = 50, not -4m^2 = -576 (session 12)
                a = a.negate();
                k = k.negate();
            }
            String alone = Polynomial.term(a, sq(x)).text() + " = " + k.negate();
            if (!(left.isPresent() && left.get().text().equals(Polynomial.term(a, sq(x)).text())
                    && Polynomial.of(eq.rhs()).map(Polynomial::isConstant).orElse(false)))
                steps.add(new Step(Message.of("step.squareAlone", x), alone, "collect"));
            if (!a.isOne() && a.num().equals(BigInteger.ONE))
                // x^2/4 = 25: multiply by 4, not divide by 1/4 (session 12)
                steps.add(new Step(Message.of("step.multiplyBoth", a.den().toString()), x + "^2 = " + rhs,
                        "multiply-both-sides"));
            else if (!a.isOne())
                steps.add(new Step(Message.of("step.divideBoth", a.toString()), x + "^2 = " + rhs, "divide-both-sides"));
            if (rhs.signum() < 0) throw new IllegalArgumentException("no real solutions");
            Optional<Rational> root = Polynomial.sqrt(rhs);
            if (rhs.isZero()) {
                steps.add(new Step(Message.of("step.onlyZero"), x + " = 0", "square-root"));
                return steps;
            }
            if (root.isPresent()) {
                steps.add(new Step(Message.of("step.squareRootBoth"),
                        x + " = ±" + root.get(), "square-root"));
                steps.add(new Step(Message.of("step.bothSolutions"),
                        x + " = " + root.get() + " or " + x + " = " + root.get().negate(),
                        "state-solutions"));
            } else {
                String surd = surd(rhs);
                steps.add(new Step(Message.of("step.squareRootBoth"),
                        x + " = ±√(" + rhs + ")", "square-root"));
                steps.add(new Step(Message.of("step.simplifyBoth"),
                        x + " = " + surd + " or " + x + " = -" + surd, "state-solutions"));
            }
            return steps;
        }
        // a x² + b x + k = 0 with whole-number coefficients, a > 0
        BigInteger l = BigInteger.ONE;
        for (Rational r : c) l = l.divide(l.gcd(r.den())).multiply(r.den());
        Rational scale = new Rational(l, BigInteger.ONE);
        BigInteger g = BigInteger.ZERO;
        for (Rational r : c) g = g.gcd(r.multiply(scale).num());
        scale = scale.divide(new Rational(g, BigInteger.ONE));
        if (a.signum() < 0) scale = scale.negate();
        Rational A = a.multiply(scale), B = b.multiply(scale), C = k.multiply(scale);
        String standard = Polynomial.fromCoefficients(new Rational[]{C, B, A}, x).text() + " = 0";
        Optional<Polynomial> rhsPoly = Polynomial.of(eq.rhs());
        boolean alreadyStandard = rhsPoly.map(Polynomial::isZero).orElse(false) && scale.isOne()
                && Polynomial.of(eq.lhs()).map(Polynomial::text).map(t -> (t + " = 0").equals(standard)).orElse(false);
        boolean factoredAlready = rhsPoly.map(Polynomial::isZero).orElse(false) && eq.lhs() instanceof Expr.Mul;
        Rational disc = B.multiply(B).subtract(Rational.of(4).multiply(A).multiply(C));
        if (disc.signum() < 0) throw new IllegalArgumentException("no real solutions");
        Optional<Rational> s = Polynomial.sqrt(disc);
        boolean factor = s.isPresent() && method != Method.FORMULA;
        if (!alreadyStandard && !(factor && factoredAlready))
            steps.add(new Step(Message.of(scale.isOne() ? "step.oneSide" : "step.oneSideWhole"),
                    standard, "collect"));
        if (factor) {
            Rational r1 = B.negate().add(s.get()).divide(A.multiply(Rational.of(2)));
            Rational r2 = B.negate().subtract(s.get()).divide(A.multiply(Rational.of(2)));
            String f1 = ExpressionSolver.linearFactor(r1, x), f2 = ExpressionSolver.linearFactor(r2, x);
            if (!factoredAlready)
                steps.add(new Step(Message.of("step.factoriseLeft"),
                        r1.equals(r2) ? "(" + f1 + ")^2 = 0" : "(" + f1 + ")(" + f2 + ") = 0", "factorise"));
            if (r1.equals(r2)) {
                steps.add(new Step(Message.of("step.squareZero"), x + " = " + r1, "state-solutions"));
            } else {
                steps.add(new Step(Message.of("step.productZero"), f1 + " = 0 or " + f2 + " = 0",
                        "zero-product"));
                steps.add(new Step(Message.of("step.solveEach"), x + " = " + r1 + " or " + x + " = " + r2, "state-solutions"));
            }
            return steps;
        }
        steps.add(new Step(Message.of("step.quadraticFormula", x, A.toString(), B.toString(), C.toString()),
                x + " = (-" + paren(B) + " ± √(" + paren(B) + "^2 - 4 × " + paren(A) + " × " + paren(C) + "))/(2 × " + paren(A)
                        + ")",
                "quadratic-formula"));
        steps.add(new Step(Message.of("step.discriminant"),
                x + " = (" + B.negate() + " ± √" + disc + ")/" + A.multiply(Rational.of(2)), "discriminant"));
        if (s.isPresent()) {
            Rational r1 = B.negate().add(s.get()).divide(A.multiply(Rational.of(2)));
            Rational r2 = B.negate().subtract(s.get()).divide(A.multiply(Rational.of(2)));
            steps.add(new Step(Message.of("step.rootInTurn", disc.toString(), s.get().toString()),
                    r1.equals(r2) ? x + " = " + r1 : x + " = " + r1 + " or " + x + " = " + r2, "state-solutions"));
            return steps;
        }
        // √disc = m√n; divide top and bottom by their common factor
        BigInteger d = disc.num();
        BigInteger m = BigInteger.ONE, n = d;
        for (BigInteger f = BigInteger.TWO; f.multiply(f).compareTo(n) <= 0; f = f.add(BigInteger.ONE))
            while (n.mod(f.multiply(f)).signum() == 0) {
                n = n.divide(f.multiply(f));
                m = m.multiply(f);
            }
        BigInteger twoA = A.num().multiply(BigInteger.TWO);
        BigInteger gg = B.num().gcd(m).gcd(twoA);
        Rational centre = B.negate().divide(A.multiply(Rational.of(2)));
        BigInteger mm = m.divide(gg), den = twoA.divide(gg);
        String root = (mm.equals(BigInteger.ONE) ? "" : mm.toString()) + "√" + n + (den.equals(BigInteger.ONE) ? "" : "/" + den);
        String answer = centre.isZero()
                ? x + " = " + root + " or " + x + " = -" + root
                : x + " = " + centre + " + " + root + " or " + x + " = " + centre + " - " + root;
        steps.add(new Step(
                Message.of("step.simplifySurd", disc.toString(), (m.equals(BigInteger.ONE) ? "" : m.toString()) + "√" + n),
                answer, "simplify-surd"));
        return steps;
    }

    static String paren(Rational r) {
        return r.signum() < 0 || !r.isInteger() ? "(" + r + ")" : r.toString();
    }

    private static Monomial sq(String x) {
        return Monomial.of(x).pow(Rational.of(2));
    }

    /** √r simplified: √12 = 2√3, √(1/3) = √3/3. */
    static String surd(Rational r) {
        BigInteger n = r.num().multiply(r.den());
        BigInteger den = r.den();
        BigInteger m = BigInteger.ONE;
        for (BigInteger f = BigInteger.TWO; f.multiply(f).compareTo(n) <= 0; f = f.add(BigInteger.ONE))
            while (n.mod(f.multiply(f)).signum() == 0) {
                n = n.divide(f.multiply(f));
                m = m.multiply(f);
            }
        BigInteger g = m.gcd(den);
        m = m.divide(g);
        den = den.divide(g);
        return (m.equals(BigInteger.ONE) ? "" : m.toString()) + "√" + n + (den.equals(BigInteger.ONE) ? "" : "/" + den);
    }

    /**
     * {@code T = 2π√(l/g)} squared, {@code T^2 = 4π^2 l/g}, when the subject is only under a square root on one side:
     * that root times a factor free of the subject, the other side free of it.
     */
    private static Optional<Step> squareBothSides(Statement.Equation eq, String s) {
        for (boolean rootOnRight : new boolean[]{true, false}) {
            Expr rooted = rootOnRight ? eq.rhs() : eq.lhs(), other = rootOnRight ? eq.lhs() : eq.rhs();
            if (Exprs.variables(other).contains(s)) continue;
            List<Expr> factors = rooted instanceof Expr.Mul m ? m.factors() : List.of(rooted);
            List<Expr> roots = factors.stream()
                    .filter(f -> f instanceof Expr.Fn fn && fn.name().equals("sqrt") && Exprs.variables(fn.arg()).contains(s))
                    .toList();
            if (roots.size() != 1) continue;
            List<Expr> rest = factors.stream().filter(f -> f != roots.get(0)).toList();
            if (rest.stream().anyMatch(f -> Exprs.variables(f).contains(s))) continue;
            Expr inside = ((Expr.Fn) roots.get(0)).arg();
            if (Polynomial.of(inside).isEmpty()) continue;
            String insideText = formulaText(inside);
            String right;
            if (rest.isEmpty()) {
                right = insideText;
            } else {
                Optional<Polynomial> k = Polynomial.of(new Expr.Pow(new Expr.Mul(rest), Expr.num(2)));
                if (k.isEmpty() || !k.get().isSingleTerm()) continue;
                right = k.get().text() + (inside instanceof Expr.Add ? "(" + insideText + ")" : " " + insideText);
            }
            Optional<Polynomial> single = Polynomial.of(new Expr.Pow(other, Expr.num(2))).filter(Polynomial::isSingleTerm);
            String left = single.map(Polynomial::text).orElse("(" + formulaText(other) + ")^2");
            String line = rootOnRight ? left + " = " + right : right + " = " + left;
            return Optional.of(new Step(Message.of("step.squareBoth"), line, "square-both-sides"));
        }
        return Optional.empty();
    }

    /** An expression as a formula is written: πr^2, not pi*r^2. */
    private static String formulaText(Expr e) {
        return app.stepwise.math.Printer.text(e).replaceAll("\\bpi\\b", "π")
                .replaceAll("(?<=[A-Za-zπ0-9)])\\*(?=[A-Za-zπ(])", "");
    }

    /** Make {@code s} the subject of a formula: clear it from denominators, gather its terms, factor it out, divide. */
    /** What clears every denominator of a formula: each letter's lowest negative power, times the whole-number lcm. */
    private static Polynomial denominators(Polynomial l, Polynomial r) {
        java.util.Map<String, Rational> low = new java.util.TreeMap<>();
        BigInteger lcm = BigInteger.ONE;
        for (Polynomial side : List.of(l, r))
            for (var t : side.terms().entrySet()) {
                for (var p : t.getKey().powers().entrySet())
                    if (p.getValue().signum() < 0) low.merge(p.getKey(), p.getValue(), (a, b) -> a.compareTo(b) < 0 ? a : b);
                BigInteger d = t.getValue().den();
                lcm = lcm.divide(lcm.gcd(d)).multiply(d);
            }
        Monomial m = Monomial.ONE;
        for (var e : low.entrySet()) m = m.times(Monomial.of(e.getKey()).pow(e.getValue().negate()));
        return Polynomial.term(new Rational(lcm, BigInteger.ONE), m);
    }

    /** A sum as people write a formula: a positive term first (2A - ah, not -ah + 2A). */
    static String positiveFirst(Polynomial p) {
        return p.text(false);
    }

    /** As {@link #positiveFirst(Polynomial)}, the subject written last in each term (πr^2h, not πhr^2: session 12). */
    static String positiveFirst(Polynomial p, String subject) {
        return p.text(false, subject);
    }

    /**
     * The numerator of a side that is one fraction over exactly {@code by}, as written, when it has brackets to multiply
     * out and the other side ({@code other}, already multiplied by {@code by}) has no fraction left; else empty.
     */
    private static Optional<String> keptNumerator(Expr side, Expr otherSide, Polynomial by, Polynomial other) {
        if (!(side instanceof Expr.Div d) || !ExpressionSolver.hasBrackets(d.numerator())) return Optional.empty();
        if (ExpressionSolver.hasBrackets(otherSide)) return Optional.empty();
        Optional<Polynomial> den = Polynomial.of(d.denominator());
        if (den.isEmpty() || !den.get().equals(by)) return Optional.empty();
        if (!denominators(other, Polynomial.constant(Rational.ONE)).equals(Polynomial.constant(Rational.ONE)))
            return Optional.empty();
        // as a formula is written: 3(7B + πcp), not 3(7B + pi*c*p) (session 12)
        return Optional.of(formulaText(d.numerator()));
    }

    static List<Step> rearrange(String formula, String s) {
        Statement.Equation eq = equation(formula);
        Optional<Step> squared = squareBothSides(eq, s);
        if (squared.isPresent()) {
            // T = 2π√(l/g): square both sides first, then the formula has no root left (session 13: it was refused)
            List<Step> steps = new ArrayList<>(List.of(squared.get()));
            steps.addAll(rearrange(squared.get().math(), s));
            return steps;
        }
        Polynomial l = Polynomial.of(eq.lhs()).orElseThrow(() -> new IllegalArgumentException("cannot rearrange"));
        Polynomial r = Polynomial.of(eq.rhs()).orElseThrow(() -> new IllegalArgumentException("cannot rearrange"));
        List<Step> steps = new ArrayList<>();
        if (!l.plus(r).variables().contains(s) && !l.variables().contains(s) && !r.variables().contains(s))
            throw new IllegalArgumentException(s + " is not in the formula");
        // clear every denominator first, as a teacher does (y = (3x - k)/p: multiply by p; A = 1/2 (a + b) h: by 2)
        Polynomial by = denominators(l, r);
        boolean bracketsShown = ExpressionSolver.hasBrackets(eq.lhs()) || ExpressionSolver.hasBrackets(eq.rhs());
        if (!(by.isConstant() && by.constantValue().isOne())) {
            l = l.times(by);
            r = r.times(by);
            String lt = positiveFirst(l, s), rt = positiveFirst(r, s);
            String cleared = lt + " = " + rt;
            // 5(F - 32)/9 = C: multiply by 9 first and keep the bracket (5(F - 32) = 9C), then expand it (session 11)
            Optional<String> kept = keptNumerator(eq.lhs(), eq.rhs(), by, r).map(n -> n + " = " + rt);
            if (kept.isEmpty()) kept = keptNumerator(eq.rhs(), eq.lhs(), by, l).map(n -> lt + " = " + n);
            bracketsShown = kept.isPresent();
            steps.add(new Step(by.isConstant()
                    ? Message.of("step.clearFraction", by.text())
                    : Message.of("step.clearDenominator", by.text()),
                    kept.orElse(cleared), "multiply-both-sides"));
        }
        String spread = positiveFirst(l, s) + " = " + positiveFirst(r, s);
        String shownLast = steps.isEmpty() ? formula : steps.get(steps.size() - 1).math();
        if (bracketsShown && !spread.replace(" ", "").equals(shownLast.replace(" ", ""))) {
            // P = 2(l + w): multiply the bracket out on its own before gathering the w-terms (session 11)
            steps.add(new Step(Message.of("step.expandEachSide"), spread, "expand"));
        }
        // which power of s: 1, or only 2
        Rational power = null;
        for (Polynomial side : List.of(l, r))
            for (Monomial m : side.terms().keySet()) {
                Rational k = m.power(s);
                if (k.isZero()) continue;
                if (power == null) power = k;
                else if (!power.equals(k)) throw new IllegalArgumentException(s + " appears to different powers");
            }
        if (power == null) throw new IllegalArgumentException(s + " is not in the formula");
        if (!power.isOne() && !power.equals(Rational.of(2))) throw new IllegalArgumentException("unsupported power of " + s);
        Monomial sp = Monomial.of(s).pow(power);
        // s-terms to the left, the rest to the right
        Polynomial withS = Polynomial.ZERO, rest = Polynomial.ZERO;
        for (var t : l.terms().entrySet()) {
            if (t.getKey().power(s).isZero()) rest = rest.minus(Polynomial.term(t.getValue(), t.getKey()));
            else
                withS = withS.plus(Polynomial.term(t.getValue(), t.getKey()));
        }
        for (var t : r.terms().entrySet()) {
            if (t.getKey().power(s).isZero()) rest = rest.plus(Polynomial.term(t.getValue(), t.getKey()));
            else
                withS = withS.minus(Polynomial.term(t.getValue(), t.getKey()));
        }
        if (withS.isZero()) throw new IllegalArgumentException(s + " cancels out");
        // keep the s-side positive when it is one term with a minus sign
        if (withS.terms().size() == 1 && withS.terms().firstEntry().getValue().signum() < 0) {
            withS = withS.negate();
            rest = rest.negate();
        }
        String gathered = positiveFirst(withS, s) + " = " + positiveFirst(rest, s);
        String current = positiveFirst(l, s) + " = " + positiveFirst(r, s);
        String swapped = positiveFirst(r, s) + " = " + positiveFirst(l, s);
        if (!gathered.equals(current) && !gathered.equals(swapped))
            steps.add(new Step(Message.of("step.gatherTerms", s), gathered,
                    "collect"));
        Polynomial coef = withS.divideBy(Polynomial.term(Rational.ONE, sp));
        String sText = power.isOne() ? s : s + "^2";
        if (coef.isSingleTerm() && !coef.terms().firstEntry().getValue().den().equals(BigInteger.ONE)) {
            // (1/2) b h = A: multiply by 2 first, so the division reads 2A/b
            Rational k = new Rational(coef.terms().firstEntry().getValue().den(), BigInteger.ONE);
            withS = withS.scale(k);
            rest = rest.scale(k);
            coef = coef.scale(k);
            steps.add(new Step(Message.of("step.clearFraction", k.toString()),
                    positiveFirst(withS, s) + " = " + positiveFirst(rest, s), "multiply-both-sides"));
        }
        if (withS.terms().size() > 1) {
            steps.add(new Step(Message.of("step.commonFactorOut", s),
                    sText + "(" + positiveFirst(coef, s) + ") = " + positiveFirst(rest, s), "factor-out"));
        }
        String value;
        if (coef.isConstant() && coef.constantValue().isOne()) {
            value = positiveFirst(rest, s);
        } else {
            String top = rest.terms().size() > 1 ? "(" + positiveFirst(rest, s) + ")" : rest.text();
            String bottom = coef.isConstant() && coef.constantValue().isInteger() && coef.constantValue().signum() > 0
                    || coef.isSingleTerm() && coef.terms().firstEntry().getValue().isOne()
                            && coef.terms().firstKey().powers().size() == 1
                            && coef.terms().firstKey().powers().firstEntry().getValue().isOne()
                                    ? coef.text()
                                    : "(" + coef.text() + ")";
            value = top + "/" + bottom;
            steps.add(new Step(Message.of("step.divideBoth", coef.text()), sText + " = " + value, "divide-both-sides"));
        }
        if (power.isOne()) {
            if (steps.isEmpty() || !steps.get(steps.size() - 1).math().startsWith(s + " = "))
                steps.add(new Step(Message.of("step.subject", s), s + " = " + value, "rearrange"));
        } else {
            steps.add(new Step(Message.of("step.positiveRoot"),
                    s + " = √(" + value + ")", "square-root"));
        }
        return steps;
    }
}
