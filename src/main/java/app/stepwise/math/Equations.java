package app.stepwise.math;

import app.stepwise.math.Canonical.RatFun;
import app.stepwise.math.Statement.Equation;
import app.stepwise.math.Verdict.Outcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Equations compared by what they say, not how they look: {@code 2x = 8}, {@code x = 4} and {@code 4 = x}
 * have the same solutions; {@code x² = 4} and {@code x = 2} do not; {@code a = F/m} is {@code F = ma}.
 */
public final class Equations {
    private static final int ASSIGNMENTS = 4;
    private static final double SPAN = 10.0; // roots are searched for x = sinh(t), |t| <= SPAN, i.e. |x| <= ~11 000
    private static final int GRID = 4000;

    private Equations() {}

    /** Whether two equations have the same solution set (as relations among all their variables). */
    public static Verdict sameSolutions(Equation a, Equation b) {
        a = withoutNonZeroFactors(a);
        b = withoutNonZeroFactors(b);
        try {
            Canonical c = new Canonical();
            RatFun fa = c.subtract(c.of(a.lhs()), c.of(a.rhs()));
            RatFun fb = c.subtract(c.of(b.lhs()), c.of(b.rhs()));
            Poly na = fa.num();
            Poly nb = fb.num();
            if (na.isZero() || nb.isZero()) {
                return Verdict.of(na.isZero() && nb.isZero() ? Outcome.EQUIVALENT : Outcome.NOT_EQUIVALENT, "exact");
            }
            if (na.scale(nb.leadingCoefficient()).equals(nb.scale(na.leadingCoefficient())))
                return Verdict.of(Outcome.EQUIVALENT, "exact");
            Set<String> vars = new TreeSet<>(na.atoms());
            vars.addAll(nb.atoms());
            if (vars.size() == 1 && Canonical.onlyFreeAtoms(na) && Canonical.onlyFreeAtoms(nb)) {
                String x = vars.iterator().next();
                Optional<Rational[]> ca = Univariate.coefficients(na, x);
                Optional<Rational[]> cb = Univariate.coefficients(nb, x);
                if (ca.isPresent() && cb.isPresent()
                        && Univariate.proportional(Univariate.squareFree(ca.get()), Univariate.squareFree(cb.get()))
                        && fa.den().isConstant() && fb.den().isConstant()) {
                    return Verdict.of(Outcome.EQUIVALENT, "exact");
                }
                if (ca.isPresent() && cb.isPresent() && fa.den().isConstant() && fb.den().isConstant()) {
                    Optional<List<Double>> ra = realRoots(ca.get());
                    Optional<List<Double>> rb = realRoots(cb.get());
                    if (ra.isPresent() && rb.isPresent()) {
                        // square-free and not proportional, of degree at most 2: the same real solutions only when
                        // neither has any (x² + 1 = 0, x² + 2 = 0). Doubles compared with a tolerance took x = 3.333334
                        // as the solution of 3x = 10.
                        boolean same = ra.get().isEmpty() && rb.get().isEmpty();
                        return Verdict.of(same ? Outcome.EQUIVALENT : Outcome.NOT_EQUIVALENT, "exact");
                    }
                }
            }
        } catch (ArithmeticException | MathLimitException e) {
            // decide numerically below
        }
        return numeric(a, b);
    }

    /**
     * {@code (x - 1) e^x = 0} says the same as {@code x - 1 = 0}: a product set to zero loses its factors that are never
     * zero (e^u, exp(u), non-zero numbers). Other equations come back unchanged.
     */
    static Equation withoutNonZeroFactors(Equation eq) {
        boolean rhsZero = isZero(eq.rhs());
        if (!rhsZero && !isZero(eq.lhs())) return eq;
        Expr product = rhsZero ? eq.lhs() : eq.rhs();
        if (product instanceof Expr.Neg n) product = n.operand();
        if (!(product instanceof Expr.Mul m)) return eq;
        List<Expr> kept = new ArrayList<>();
        for (Expr f : m.factors()) {
            boolean neverZero = f instanceof Expr.Pow p && p.base() instanceof Expr.Const c && c.name().equals("e")
                    || f instanceof Expr.Fn fn && fn.name().equals("exp")
                    || f instanceof Expr.Num num && !num.value().isZero();
            if (!neverZero) kept.add(f);
        }
        if (kept.size() == m.factors().size()) return eq;
        Expr rest = kept.isEmpty() ? Expr.num(1) : kept.size() == 1 ? kept.get(0) : new Expr.Mul(kept);
        return new Equation(rest, Expr.num(0));
    }

    private static boolean isZero(Expr e) {
        return e instanceof Expr.Num n && n.value().isZero();
    }

    /**
     * All real solutions of a one-variable polynomial equation, when every one of them is rational (x² = 49 gives
     * -7 and 7; x² = 2 gives empty, as does an equation in two variables or with the variable in a denominator).
     */
    public static Optional<List<Rational>> rationalSolutions(Equation equation) {
        Equation eq = withoutNonZeroFactors(equation);
        try {
            Canonical c = new Canonical();
            RatFun f = c.subtract(c.of(eq.lhs()), c.of(eq.rhs()));
            Set<String> atoms = new TreeSet<>(f.num().atoms());
            if (atoms.size() != 1 || !f.den().isConstant() || !Canonical.onlyFreeAtoms(f.num())) return Optional.empty();
            Optional<Rational[]> co = Univariate.coefficients(f.num(), atoms.iterator().next());
            if (co.isEmpty() || Univariate.degree(co.get()) < 1) return Optional.empty();
            Rational[] sf = Univariate.trim(Univariate.squareFree(co.get()));
            List<Rational> roots = Univariate.rationalRoots(sf);
            Optional<List<Double>> real = realRoots(sf);
            int realCount = real.map(List::size).orElse(Univariate.degree(sf)); // above degree 2, all roots must be rational
            if (roots.isEmpty() || roots.size() != realCount) return Optional.empty();
            return Optional.of(roots);
        } catch (ArithmeticException | MathLimitException e) {
            return Optional.empty();
        }
    }

    /** How many distinct real solutions a one-variable polynomial equation of degree at most 2 has. */
    public static Optional<Integer> realSolutionCount(Equation eq) {
        try {
            Canonical c = new Canonical();
            RatFun f = c.subtract(c.of(eq.lhs()), c.of(eq.rhs()));
            Set<String> atoms = new TreeSet<>(f.num().atoms());
            if (atoms.size() != 1 || !f.den().isConstant() || !Canonical.onlyFreeAtoms(f.num())) return Optional.empty();
            return Univariate.coefficients(f.num(), atoms.iterator().next()).flatMap(Equations::realRoots).map(List::size);
        } catch (ArithmeticException | MathLimitException e) {
            return Optional.empty();
        }
    }

    /** The real solutions of an equation in one letter of degree at most 2, as doubles in increasing order; empty otherwise. */
    public static Optional<List<Double>> realRoots(Equation eq) {
        try {
            Canonical c = new Canonical();
            RatFun f = c.subtract(c.of(eq.lhs()), c.of(eq.rhs()));
            Set<String> atoms = new TreeSet<>(f.num().atoms());
            if (atoms.size() != 1 || !f.den().isConstant() || !Canonical.onlyFreeAtoms(f.num())) return Optional.empty();
            return Univariate.coefficients(f.num(), atoms.iterator().next()).flatMap(Equations::realRoots);
        } catch (ArithmeticException | MathLimitException e) {
            return Optional.empty();
        }
    }

    /** The real roots, in increasing order, of a polynomial of degree at most 2 (closed form); empty for higher degrees. */
    private static Optional<List<Double>> realRoots(Rational[] coefficients) {
        Rational[] c = Univariate.trim(coefficients);
        int deg = Univariate.degree(c);
        if (deg < 0 || deg > 2) return Optional.empty();
        if (deg == 0) return Optional.of(List.of());
        if (deg == 1) return Optional.of(List.of(c[0].negate().divide(c[1]).toDouble()));
        Rational disc = c[1].multiply(c[1]).subtract(Rational.of(4).multiply(c[2]).multiply(c[0]));
        double a = c[2].toDouble();
        double b = c[1].toDouble();
        if (disc.signum() < 0) return Optional.of(List.of());
        if (disc.isZero()) return Optional.of(List.of(-b / (2 * a)));
        double sq = Math.sqrt(disc.toDouble());
        double r1 = (-b - sq) / (2 * a);
        double r2 = (-b + sq) / (2 * a);
        return Optional.of(r1 < r2 ? List.of(r1, r2) : List.of(r2, r1));
    }

    /**
     * {@code x = 2 or x = -3}, {@code x + 3 = ±√7}: one equation whose solutions are those of any of the options, the
     * product of their differences set to zero, (l₁ - r₁)(l₂ - r₂)… = 0. Empty where an option is not a polynomial in its
     * letters (a letter in a denominator, under a root or in a function): there the product could gain or lose
     * solutions where one factor is undefined.
     */
    public static Optional<Equation> anyOf(List<Equation> options) {
        if (options.isEmpty()) return Optional.empty();
        List<Expr> factors = new ArrayList<>();
        for (Equation o : options) {
            if (!polynomial(o.lhs()) || !polynomial(o.rhs())) return Optional.empty();
            factors.add(new Expr.Add(List.of(o.lhs(), new Expr.Neg(o.rhs()))));
        }
        Expr product = factors.size() == 1 ? factors.get(0) : new Expr.Mul(factors);
        return Optional.of(new Equation(product, Expr.num(0)));
    }

    /** Letters only added, multiplied and raised to whole powers; numbers may be roots (√7) or anything letter-free. */
    private static boolean polynomial(Expr e) {
        if (Exprs.variables(e).isEmpty()) return true;
        return switch (e) {
            case Expr.Var v -> true;
            case Expr.Neg n -> polynomial(n.operand());
            case Expr.Add a -> a.terms().stream().allMatch(Equations::polynomial);
            case Expr.Mul m -> m.factors().stream().allMatch(Equations::polynomial);
            case Expr.Div d -> polynomial(d.numerator()) && Exprs.variables(d.denominator()).isEmpty();
            case Expr.Pow p -> polynomial(p.base()) && Exprs.exactValue(p.exponent())
                    .map(k -> k.isInteger() && k.signum() >= 0 && k.num().bitLength() < 8).orElse(false);
            default -> false;
        };
    }

    /**
     * The real solutions of an equation in one letter, found numerically (|x| up to about 11 000), in increasing order;
     * empty when it has other letters or is nowhere defined. For naming a mistake, never for deciding a line is right.
     */
    public static Optional<List<Double>> approximateRoots(Equation eq) {
        Expr f = new Expr.Add(List.of(eq.lhs(), new Expr.Neg(eq.rhs())));
        Set<String> vars = Exprs.variables(f);
        if (vars.size() != 1) return Optional.empty();
        return Optional.ofNullable(roots(f, vars.iterator().next(), Map.of()));
    }

    /** Whether the values satisfy the equation (exactly where possible). */
    public static boolean satisfies(Equation eq, Map<String, Expr> values) {
        Expr l = Exprs.substitute(eq.lhs(), values);
        Expr r = Exprs.substitute(eq.rhs(), values);
        return Equivalence.of(l, r).equivalent();
    }

    /** Numeric comparison: for a few values of the other variables, the roots in each variable must agree. */
    private static Verdict numeric(Equation a, Equation b) {
        Expr fa = new Expr.Add(List.of(a.lhs(), new Expr.Neg(a.rhs())));
        Expr fb = new Expr.Add(List.of(b.lhs(), new Expr.Neg(b.rhs())));
        Set<String> vars = new TreeSet<>(Exprs.variables(fa));
        vars.addAll(Exprs.variables(fb));
        if (vars.isEmpty()) {
            boolean ta = Equivalence.of(a.lhs(), a.rhs()).equivalent();
            boolean tb = Equivalence.of(b.lhs(), b.rhs()).equivalent();
            return Verdict.of(ta == tb ? Outcome.EQUIVALENT : Outcome.NOT_EQUIVALENT, "numeric");
        }
        Random random = new Random(Printer.text(fa).hashCode() * 31L + Printer.text(fb).hashCode());
        int compared = 0;
        for (String x : vars) {
            for (int k = 0; k < (vars.size() == 1 ? 1 : ASSIGNMENTS); k++) {
                Map<String, Double> others = new HashMap<>();
                for (String v : vars) if (!v.equals(x)) others.put(v, otherValue(k, random));
                List<Double> ra = roots(fa, x, others);
                List<Double> rb = roots(fb, x, others);
                if (ra == null && rb == null) continue;
                // one side nowhere defined there has no solutions there: sqrt(x) = sqrt(y) at y < 0, against x = y
                if (ra == null) ra = List.of();
                if (rb == null) rb = List.of();
                compared++;
                if (!sameRoots(ra, rb)) {
                    return new Verdict(Outcome.NOT_EQUIVALENT, "numeric",
                            "their solutions for " + x + " differ: " + show(ra) + " against " + show(rb));
                }
            }
        }
        return compared == 0
                ? new Verdict(Outcome.UNDECIDED, "numeric", "could not find the solutions numerically")
                : Verdict.of(Outcome.EQUIVALENT, "numeric");
    }

    /**
     * A value for a variable not solved for: the first two in (0.5, 5), then one in (-1, 1) and one in (-10, -0.5), so
     * that branch and domain slips (y = sqrt(1 - x²) against x² + y² = 1) show.
     */
    private static double otherValue(int k, Random random) {
        return switch (k % 4) {
            case 2 -> random.nextDouble() * 1.98 - 0.99;
            case 3 -> -0.5 - random.nextDouble() * 9.5;
            default -> 0.5 + random.nextDouble() * 4.5;
        };
    }

    private static String show(List<Double> roots) {
        if (roots.isEmpty()) return "none";
        List<String> s = new ArrayList<>();
        for (double r : roots) s.add(String.format(Locale.ROOT, "%.4g", r));
        return String.join(", ", s);
    }

    private static boolean sameRoots(List<Double> a, List<Double> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (Math.abs(a.get(i) - b.get(i)) > 1e-6 * Math.max(1, Math.abs(a.get(i)))) return false;
        }
        return true;
    }

    /** Real roots of f in x, found by sign changes on a grid dense near zero and refined by bisection; null if f is nowhere defined. */
    static List<Double> roots(Expr f, String x, Map<String, Double> others) {
        Map<String, Double> point = new HashMap<>(others);
        List<Double> out = new ArrayList<>();
        double prevX = Double.NaN;
        double prevF = Double.NaN;
        double prevScale = 1;
        int defined = 0;
        for (int i = 0; i <= GRID; i++) {
            double t = -SPAN + 2 * SPAN * i / GRID;
            double xv = Math.sinh(t);
            point.put(x, xv);
            double[] fv = Evaluator.evalWithScale(f, point);
            if (Double.isNaN(fv[0])) {
                prevF = Double.NaN;
                continue;
            }
            defined++;
            double tol = 1e-10 * Math.max(1, fv[1]);
            if (Math.abs(fv[0]) <= tol) {
                addRoot(out, xv);
            } else if (!Double.isNaN(prevF) && Math.signum(prevF) != Math.signum(fv[0])
                    && Math.abs(prevF) > 1e-10 * Math.max(1, prevScale)) {
                double root = bisect(f, x, point, prevX, xv, prevF);
                if (!Double.isNaN(root)) addRoot(out, root);
            }
            prevX = xv;
            prevF = fv[0];
            prevScale = fv[1];
        }
        return defined == 0 ? null : out;
    }

    private static void addRoot(List<Double> out, double r) {
        if (out.isEmpty() || Math.abs(out.get(out.size() - 1) - r) > 1e-7 * Math.max(1, Math.abs(r))) out.add(r);
    }

    /** Bisection; returns NaN when the sign change is a pole rather than a root. */
    private static double bisect(Expr f, String x, Map<String, Double> point, double lo, double hi, double flo) {
        double a = lo;
        double b = hi;
        double fa = flo;
        for (int i = 0; i < 80; i++) {
            double m = (a + b) / 2;
            point.put(x, m);
            double fm = Evaluator.eval(f, point);
            if (Double.isNaN(fm)) return Double.NaN;
            if (fm == 0) return m;
            if (Math.signum(fm) == Math.signum(fa)) {
                a = m;
                fa = fm;
            } else {
                b = m;
            }
        }
        double m = (a + b) / 2;
        point.put(x, m);
        double[] fv = Evaluator.evalWithScale(f, point);
        return Math.abs(fv[0]) <= 1e-6 * Math.max(1, fv[1]) ? m : Double.NaN;
    }
}
