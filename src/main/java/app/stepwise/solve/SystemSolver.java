package app.stepwise.solve;

import app.stepwise.math.Expr;
import app.stepwise.math.Rational;
import app.stepwise.math.Statement;
import app.stepwise.solve.Polynomial.Monomial;
import app.stepwise.text.Message;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Solves any two linear equations in two unknowns (any letters, rational coefficients, in any arrangement): by
 * substitution when one equation already gives a letter alone, otherwise by elimination, scaling the equations to
 * match a coefficient.
 */
final class SystemSolver {
    private SystemSolver() {}

    /** a·x + b·y = c. */
    record Row(Rational a, Rational b, Rational c) {
        String text(String x, String y) {
            Polynomial left = Polynomial.term(a, Monomial.of(x)).plus(Polynomial.term(b, Monomial.of(y)));
            return left.text() + " = " + c;
        }

        Row times(Rational k) {
            return new Row(a.multiply(k), b.multiply(k), c.multiply(k));
        }
    }

    /** The two unknowns, in the order they are solved for. */
    static List<String> unknowns(String first, String second) {
        var vars = new java.util.TreeSet<String>();
        for (String e : List.of(first, second)) vars.addAll(EquationSolver.difference(EquationSolver.equation(e)).variables());
        if (vars.size() != 2) throw new IllegalArgumentException("a system needs exactly two unknowns");
        return List.copyOf(vars);
    }

    static Row row(String equation, String x, String y) {
        Polynomial p = EquationSolver.difference(EquationSolver.equation(equation));
        if (!p.isOrdinary()) throw new IllegalArgumentException("not linear");
        for (Monomial m : p.terms().keySet())
            if (m.degree().compareTo(Rational.ONE) > 0) throw new IllegalArgumentException("not linear");
        Rational a = p.terms().getOrDefault(Monomial.of(x), Rational.ZERO);
        Rational b = p.terms().getOrDefault(Monomial.of(y), Rational.ZERO);
        return new Row(a, b, p.constantValue().negate());
    }

    static List<Step> solve(String first, String second) {
        List<String> xy = unknowns(first, second);
        String x = xy.get(0), y = xy.get(1);
        Row r1 = row(first, x, y), r2 = row(second, x, y);
        Rational det = r1.a().multiply(r2.b()).subtract(r2.a().multiply(r1.b()));
        if (det.isZero()) throw new IllegalArgumentException("the equations do not have one solution");
        Optional<List<Step>> sub = substitution(first, second, x, y);
        if (sub.isEmpty()) sub = substitution(second, first, x, y);
        return sub.orElseGet(() -> elimination(r1, r2, x, y));
    }

    /** When {@code alone} reads y = … (or x = …) with no y on the right: substitute it into the other equation. */
    private static Optional<List<Step>> substitution(String alone, String other, String x, String y) {
        Statement.Equation eq = EquationSolver.equation(alone);
        Expr lhs = eq.lhs(), rhs = eq.rhs();
        if (!(lhs instanceof Expr.Var) && rhs instanceof Expr.Var) {
            Expr t = lhs;
            lhs = rhs;
            rhs = t;
        }
        if (!(lhs instanceof Expr.Var v)) return Optional.empty();
        String given = v.name(), free = given.equals(x) ? y : given.equals(y) ? x : null;
        if (free == null) return Optional.empty();
        Optional<Polynomial> expr = Polynomial.of(rhs);
        if (expr.isEmpty() || expr.get().variables().contains(given)) return Optional.empty();
        String inner = expr.get().text();
        Row o = row(other, x, y);
        Rational cg = given.equals(x) ? o.a() : o.b(), cf = given.equals(x) ? o.b() : o.a();
        if (cg.isZero()) return Optional.empty();
        String substituted = Polynomial.term(cf, Monomial.of(free)).text() + " + " + paren(cg) + "(" + inner + ") = " + o.c();
        if (cf.isZero()) substituted = paren(cg) + "(" + inner + ") = " + o.c();
        // session 11: into the other equation as it is written (y = 2x - 3 with y = -x + 6 gives -x + 6 = 2x - 3, not
        // -2x + 1(-x + 6) = -3), when that reads as a linear equation in the other letter
        String shown = written(alone, given).orElse(inner);
        Optional<String> asWritten = asWritten(other, given, shown, free);
        if (asWritten.isPresent()) substituted = asWritten.get();
        else
            shown = inner;
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(Message.of("step.substituteOther", given + " = " + shown), substituted, "substitute"));
        steps.addAll(LinearSolver.steps(substituted, free));
        Rational fv = LinearSolver.solution(substituted, free);
        Rational gv = Polynomial.of(rhs).orElseThrow().terms().entrySet().stream()
                .map(e2 -> e2.getValue().multiply(e2.getKey().powers().isEmpty() ? Rational.ONE : fv))
                .reduce(Rational.ZERO, Rational::add);
        String put = inner.replaceAll("(?<![A-Za-z_])" + free + "(?![A-Za-z_])", "(" + fv + ")");
        steps.add(new Step(Message.of("step.putInto", free + " = " + fv, given + " = " + inner), given + " = " + put + " = " + gv,
                "substitute"));
        steps.add(new Step(Message.of("step.bothValues"), answer(x, y, given.equals(x) ? gv : fv, given.equals(x) ? fv : gv),
                "state-solutions"));
        return Optional.of(steps);
    }

    /** The other equation as written, the letter replaced by its expression (bracketed unless it is a side alone). */
    private static Optional<String> asWritten(String other, String given, String value, String free) {
        String[] sides = other.split("=");
        if (sides.length != 2) return Optional.empty();
        String letter = "(?<![A-Za-z_])" + java.util.regex.Pattern.quote(given) + "(?![A-Za-z_0-9(^])";
        StringBuilder line = new StringBuilder();
        for (String side : sides) {
            String t = side.strip();
            String out = t.equals(given)
                    ? value
                    : t.replaceAll(letter, java.util.regex.Matcher.quoteReplacement("(" + value + ")"));
            if (line.length() > 0) line.append(" = ");
            line.append(out);
        }
        String text = line.toString();
        if (text.matches(".*" + letter + ".*")) return Optional.empty();
        try {
            return LinearSolver.applies(text, free) ? Optional.of(text) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The expression side of {@code y = …} as the problem writes it ("-15 + 6u"), when it is plain enough to copy. */
    private static Optional<String> written(String alone, String given) {
        String[] sides = alone.split("=");
        if (sides.length != 2) return Optional.empty();
        String l = sides[0].strip(), r = sides[1].strip();
        String e = l.equals(given) ? r : r.equals(given) ? l : null;
        return e != null && e.matches("[-+0-9./ A-Za-z]+") && !e.contains("*") ? Optional.of(e) : Optional.empty();
    }

    static String answer(String x, String y, Rational xv, Rational yv) {
        return x + " = " + xv + ", " + y + " = " + yv;
    }

    private static String paren(Rational r) {
        return EquationSolver.paren(r);
    }

    private static Row integral(Row r) {
        BigInteger l = BigInteger.ONE;
        for (Rational v : List.of(r.a(), r.b(), r.c())) l = l.divide(l.gcd(v.den())).multiply(v.den());
        return r.times(new Rational(l, BigInteger.ONE));
    }

    private static List<Step> elimination(Row first, Row second, String x, String y) {
        List<Step> steps = new ArrayList<>();
        Row r1 = integral(first), r2 = integral(second);
        if (!r1.equals(first) || !r2.equals(second))
            steps.add(new Step(Message.of("step.clearSystemFractions"),
                    r1.text(x, y) + ", " + r2.text(x, y), "multiply-both-sides"));
        // eliminate y (or x, when that takes smaller multipliers)
        boolean elimY = !r1.b().isZero() && !r2.b().isZero()
                && lcm(r1.b(), r2.b()).compareTo(lcm(r1.a(), r2.a())) <= 0 || r1.a().isZero() || r2.a().isZero();
        Rational c1 = elimY ? r1.b() : r1.a(), c2 = elimY ? r2.b() : r2.a();
        Rational l = new Rational(lcm(c1, c2), BigInteger.ONE);
        Rational k1 = c1.isZero() ? Rational.ONE : l.divide(c1.abs()), k2 = c2.isZero() ? Rational.ONE : l.divide(c2.abs());
        if (c1.isZero() || c2.isZero()) {
            k1 = Rational.ONE;
            k2 = Rational.ONE;
        }
        Row s1 = r1.times(k1), s2 = r2.times(k2);
        Rational keptFirst = elimY ? s1.a() : s1.b(), keptSecond = elimY ? s2.a() : s2.b();
        // subtracting, take the equation with the larger kept term first (9m + 12n = 6 from 10m + 12n = 8 gives m = 2,
        // not -m = -2), as a teacher does; the steps keep calling them first and second
        boolean swap = !(c1.isZero() || c2.isZero()) && (elimY ? s1.b() : s1.a()).signum() == (elimY ? s2.b() : s2.a()).signum()
                && keptFirst.subtract(keptSecond).signum() < 0;
        String keep = elimY ? x : y, gone = elimY ? y : x;
        // session 12: each scaling names the matching term it aims at and lists its products, and the sum or difference
        // lists its two calculations, so the model chooses the multiplier with the aim in view and the calculator does
        // the numbers (2.6.0 multiplied the wrong equation, and added 8 + 16 to 20 in its head)
        if (!k1.isOne())
            steps.add(new Step(scaled("step.multiplyFirstShown", k1, r1, s1, gone, elimY), s1.text(x, y),
                    "multiply-equation"));
        if (!k2.isOne())
            steps.add(new Step(scaled("step.multiplySecondShown", k2, r2, s2, gone, elimY), s2.text(x, y),
                    "multiply-equation"));
        Rational e1 = elimY ? s1.b() : s1.a(), e2 = elimY ? s2.b() : s2.a();
        boolean add = e1.signum() != e2.signum();
        Row from = swap ? s2 : s1, take = swap ? s1 : s2;
        Row combined = add
                ? new Row(s1.a().add(s2.a()), s1.b().add(s2.b()), s1.c().add(s2.c()))
                : new Row(from.a().subtract(take.a()), from.b().subtract(take.b()), from.c().subtract(take.c()));
        if (c1.isZero() || c2.isZero()) combined = c1.isZero() ? r1 : r2;
        Rational kc = elimY ? combined.a() : combined.b();
        String oneLetter = Polynomial.term(kc, Monomial.of(keep)).text() + " = " + combined.c();
        if (!(c1.isZero() || c2.isZero())) {
            String op = add ? " + " : " - ";
            String sums = (elimY ? from.a() : from.b()) + op + paren(elimY ? take.a() : take.b()) + " = " + kc + ", " + from.c()
                    + op + paren(take.c()) + " = " + combined.c();
            steps.add(new Step(Message.of(add
                    ? "step.addEquationsShown"
                    : swap ? "step.subtractFirstShown" : "step.subtractEquationsShown", gone, sums),
                    oneLetter, add ? "add-equations" : "subtract-equations"));
        }
        Rational kv = combined.c().divide(kc);
        if (!kc.isOne())
            steps.add(new Step(Message.of("step.divideBoth", kc.toString()),
                    keep + " = " + (kv.isInteger() ? combined.c() + "/" + paren(kc) + " = " : "") + kv, "divide-both-sides"));
        // back-substitute into the first equation that has the other letter
        Row back = (elimY ? r1.b() : r1.a()).isZero() ? r2 : r1;
        Rational bk = elimY ? back.a() : back.b(), bg = elimY ? back.b() : back.a();
        String put = (bk.isZero() ? "" : paren(bk) + " × " + "(" + kv + ") + ") + Polynomial.term(bg, Monomial.of(gone)).text()
                + " = "
                + back.c();
        steps.add(new Step(Message.of(back == r1 ? "step.putIntoFirst" : "step.putIntoSecond", keep + " = " + kv), put,
                "substitute"));
        Rational rest = back.c().subtract(bk.multiply(kv));
        if (!bk.isZero())
            steps.add(new Step(Message.of("step.termAlone", gone), Polynomial.term(bg, Monomial.of(gone)).text() + " = "
                    + (bk.multiply(kv).isInteger() && back.c().isInteger()
                            ? back.c() + " - " + paren(bk.multiply(kv)) + " = "
                            : "")
                    + rest, "subtract-both-sides"));
        Rational gv = rest.divide(bg);
        if (!bg.isOne())
            steps.add(new Step(Message.of("step.divideBoth", bg.toString()),
                    gone + " = " + (gv.isInteger() && rest.isInteger() ? rest + "/" + paren(bg) + " = " : "") + gv,
                    "divide-both-sides"));
        steps.add(new Step(Message.of("step.bothValues"), answer(x, y, elimY ? kv : gv, elimY ? gv : kv), "state-solutions"));
        return steps;
    }

    /**
     * "Multiply the first equation by 3 to make the y-terms 12y: 3 × 2 = 6, 3 × 4 = 12, 3 × 5 = 15." The products of
     * the equation's numbers, in the order it is written (a, b, c).
     */
    private static Message scaled(String key, Rational k, Row before, Row after, String gone, boolean elimY) {
        List<String> products = new ArrayList<>();
        Rational[] was = {before.a(), before.b(), before.c()}, now = {after.a(), after.b(), after.c()};
        for (int i = 0; i < 3; i++)
            if (!was[i].isZero() || i == 2) products.add(k + " × " + paren(was[i]) + " = " + now[i]);
        String term = Polynomial.term(elimY ? after.b() : after.a(), Monomial.of(gone)).text();
        return Message.of(key, k.toString(), gone, term, String.join(", ", products));
    }

    private static BigInteger lcm(Rational a, Rational b) {
        BigInteger p = a.num().abs(), q = b.num().abs();
        if (p.signum() == 0) return q;
        if (q.signum() == 0) return p;
        return p.divide(p.gcd(q)).multiply(q);
    }
}
