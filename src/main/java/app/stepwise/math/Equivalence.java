package app.stepwise.math;

import app.stepwise.math.Canonical.RatFun;
import app.stepwise.math.Verdict.Outcome;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides whether two expressions are the same function.
 *
 * <p>Exact path first: both sides become canonical rational functions over atoms ({@link Canonical}); a
 * zero difference proves equality where both are defined, and a non-zero difference that involves only
 * variables, pi and e proves inequality (a non-zero rational function is non-zero somewhere). Anything
 * else (sin² x + cos² x, nested roots, logs) goes to the numeric backstop.
 *
 * <p>Numeric backstop, in the style of WeBWorK: {@value #POINTS} points, each variable drawn independently
 * from three domains (a third each: [-10, 10] without (-0.05, 0.05), [0.05, 10] for roots and logs, and
 * (-1, 1) for inverse trig), from a seed fixed by the inputs so a verdict is repeatable. Two values agree when
 * they differ by at most {@value #RELATIVE_TOLERANCE} times the largest magnitude met while evaluating either
 * side: double rounding over the few hundred operations a line can hold is below 1e-13 of that magnitude, and
 * a real slip (a sign, a dropped term, a wrong power) changes the value by far more than 1e-9 of it at
 * nearly every point. Equal needs at least {@value #MIN_AGREEING} points where both sides are defined and no
 * disagreeing point; points where only one side is defined report a domain difference.
 */
public final class Equivalence {
    static final int POINTS = 30;
    static final double RELATIVE_TOLERANCE = 1e-9;
    static final int MIN_AGREEING = 6;

    private Equivalence() {}

    public static Verdict of(Expr a, Expr b) {
        try {
            Canonical c = new Canonical();
            RatFun ra = c.of(a);
            RatFun rb = c.of(b);
            RatFun diff = c.subtract(ra, rb);
            if (diff.num().isZero()) {
                Verdict numeric = numeric(a, b);
                if (numeric.outcome() == Outcome.EQUIVALENT_WHERE_DEFINED)
                    return new Verdict(numeric.outcome(), "exact", numeric.note());
                String domain = domainNote(c, a, b);
                return domain.isEmpty()
                        ? Verdict.of(Outcome.EQUIVALENT, "exact")
                        : new Verdict(Outcome.EQUIVALENT_WHERE_DEFINED, "exact", domain);
            }
            if (Canonical.onlyFreeAtoms(diff.num()) && Canonical.onlyFreeAtoms(diff.den())) {
                return Verdict.of(Outcome.NOT_EQUIVALENT, "exact");
            }
            if (tinyTerm(diff.num())) {
                // one term such as 10^-30 sin x: far below double rounding, so the numbers would call it equal
                return new Verdict(Outcome.NOT_EQUIVALENT, "exact", "they differ by a very small term");
            }
        } catch (ArithmeticException e) {
            // e.g. 1/0 written literally: fall through to numbers, which report it undefined
        } catch (Budget.Exhausted e) {
            throw e;
        } catch (MathLimitException e) {
            Verdict numeric = numeric(a, b);
            if (numeric.outcome() == Outcome.UNDECIDED) return new Verdict(Outcome.UNDECIDED, "limit", e.getMessage());
            return numeric;
        }
        return numeric(a, b);
    }

    /**
     * A difference that is one term with a very small coefficient: no identity among atoms (sin² + cos² = 1 and
     * the like) is a single term, and the numeric backstop cannot see it.
     */
    private static final Rational TINY_COEFFICIENT = new Rational(BigInteger.ONE, BigInteger.TEN.pow(6));

    private static boolean tinyTerm(Poly diff) {
        if (diff.view().size() != 1) return false;
        Rational c = diff.view().values().iterator().next();
        return !c.isZero() && c.abs().compareTo(TINY_COEFFICIENT) < 0;
    }

    /** Compares at sample points only. */
    static Verdict numeric(Expr a, Expr b) {
        Set<String> vars = new TreeSet<>(Exprs.variables(a));
        vars.addAll(Exprs.variables(b));
        Random random = new Random(31L * Printer.text(a).hashCode() + Printer.text(b).hashCode());
        int agree = 0;
        int outOfRange = 0;
        String onlyOne = "";
        for (int i = 0; i < POINTS; i++) {
            Budget.check();
            Map<String, Double> point = samplePoint(vars, i, random);
            double[] va = Evaluator.evalWithScale(a, point);
            double[] vb = Evaluator.evalWithScale(b, point);
            if (va[2] != 0 || vb[2] != 0) {
                outOfRange++;
                if (vars.isEmpty()) break;
                continue; // overflow or underflow is not "undefined", and not a value to compare either
            }
            boolean da = !Double.isNaN(va[0]);
            boolean db = !Double.isNaN(vb[0]);
            if (da && db) {
                double scale = Math.max(1, Math.max(va[1], vb[1]));
                if (Math.abs(va[0] - vb[0]) > RELATIVE_TOLERANCE * scale) {
                    return new Verdict(Outcome.NOT_EQUIVALENT, "numeric", "they differ at " + describe(point));
                }
                agree++;
            } else if (da != db && onlyOne.isEmpty()) {
                onlyOne = (da ? "the first" : "the second") + " is defined at " + describe(point) + " but the other is not";
            }
            if (vars.isEmpty() && i >= 1) break;
        }
        if (vars.isEmpty() && agree > 0) return Verdict.of(Outcome.EQUIVALENT, "numeric");
        if (agree < MIN_AGREEING || (vars.isEmpty() && outOfRange > 0)) {
            return new Verdict(Outcome.UNDECIDED, "numeric", outOfRange > 0
                    ? "the values are too large or too small to compare at the sample points"
                    : "too few points where both are defined to compare them");
        }
        return onlyOne.isEmpty()
                ? Verdict.of(Outcome.EQUIVALENT, "numeric")
                : new Verdict(Outcome.EQUIVALENT_WHERE_DEFINED, "numeric", onlyOne);
    }

    static Map<String, Double> samplePoint(Set<String> vars, int i, Random random) {
        Map<String, Double> point = new HashMap<>();
        for (String v : vars) {
            double x = switch (i % 3) {
                case 0 -> {
                    double r = random.nextDouble() * 19.9 + 0.05;
                    yield random.nextBoolean() ? r : -r;
                }
                case 1 -> 0.05 + random.nextDouble() * 9.95;
                default -> random.nextDouble() * 1.98 - 0.99;
            };
            point.put(v, x);
        }
        return point;
    }

    private static String describe(Map<String, Double> point) {
        List<String> parts = new ArrayList<>();
        new TreeSet<>(point.keySet())
                .forEach(k -> parts.add(k + " = " + String.format(Locale.ROOT, "%.4g", point.get(k))));
        return String.join(", ", parts);
    }

    /**
     * When the canonical forms agree, the sides can still differ in domain: (x²-1)/(x-1) is undefined at 1,
     * x+1 is not. Checks the rational zeros of every denominator of either side.
     */
    private static String domainNote(Canonical c, Expr a, Expr b) {
        for (Expr den : Domains.denominators(a, b)) {
            Set<String> vars = Exprs.variables(den);
            if (vars.size() != 1) continue;
            String x = vars.iterator().next();
            for (Rational root : Univariate.rationalRoots(c, den, x)) {
                Map<String, Expr> at = Map.of(x, new Expr.Num(root, false));
                boolean da = Domains.definedAt(Exprs.substitute(a, at));
                boolean db = Domains.definedAt(Exprs.substitute(b, at));
                if (da != db) {
                    return (da ? "the second" : "the first") + " is not defined at " + x + " = " + root + " but the other is";
                }
            }
        }
        return "";
    }
}
