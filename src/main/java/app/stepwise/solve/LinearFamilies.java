package app.stepwise.solve;

import app.stepwise.lesson.Task;
import app.stepwise.math.Rational;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Linear equations: one-step, two-step, brackets, variables on both sides, fractions. All solved by {@link LinearSolver}. */
final class LinearFamilies {
    private LinearFamilies() {}

    static List<Family> all() {
        return List.of(
                new Linear("linear-one-step", List.of("linear-equations", "inverse-operations"), LinearFamilies::oneStep),
                new Linear("linear-two-step", List.of("linear-equations", "inverse-operations"), LinearFamilies::twoStep),
                new Linear("linear-brackets", List.of("linear-equations", "expanding-brackets"), LinearFamilies::brackets),
                new Linear("linear-both-sides", List.of("linear-equations", "collecting-terms"), LinearFamilies::bothSides),
                new Linear("linear-fractions", List.of("linear-equations", "fractions"), LinearFamilies::fractions));
    }

    interface Shape {
        String equation(SplittableRandom r, String x);
    }

    static String var(SplittableRandom r) {
        return r.nextInt(10) < 4 ? "x" : NumberWriting.pick(r, Surface.LETTERS);
    }

    /** A solution that is usually a small whole number, sometimes negative, sometimes a fraction. */
    static Rational solution(SplittableRandom r) {
        int kind = r.nextInt(20);
        if (kind < 10) return Rational.of(NumberWriting.between(r, 1, 15));
        if (kind < 14) return Rational.of(-NumberWriting.between(r, 1, 12));
        if (kind < 16) return Rational.of(NumberWriting.nonZero(r, -80, 120));
        if (kind < 18) return Rational.of(NumberWriting.nonZero(r, -19, 19), NumberWriting.between(r, 2, 9));
        return Rational.of(NumberWriting.nonZero(r, -99, 99), 10); // a decimal answer: 2.3, -0.7
    }

    /** A coefficient as textbooks write them: mostly whole, sometimes a decimal (0.25, 1.5) or larger. */
    static Rational coefficient(SplittableRandom r) {
        int kind = r.nextInt(10);
        if (kind < 6) return Rational.of(NumberWriting.between(r, 2, 12));
        if (kind < 8) return Rational.of(NumberWriting.between(r, 13, 40));
        return NumberWriting.pick(r, List.of(Rational.of(1, 2), Rational.of(1, 4), Rational.of(3, 2), Rational.of(5, 2),
                Rational.of(1, 5), Rational.of(2, 5), Rational.of(3, 4)));
    }

    static String oneStep(SplittableRandom r, String x) {
        Rational s = solution(r);
        int kind = r.nextInt(4);
        int a = NumberWriting.between(r, 2, 12);
        int b = NumberWriting.between(r, 1, 30);
        Rational c = coefficient(r);
        return switch (kind) {
            case 0 -> x + " + " + b + " = " + decimal(s.add(Rational.of(b)));
            case 1 -> x + " - " + b + " = " + decimal(s.subtract(Rational.of(b)));
            case 2 -> decimal(c) + x + " = " + decimal(s.multiply(c));
            default -> x + "/" + a + " = " + s.divide(Rational.of(a));
        };
    }

    /** A number written as a decimal when it has a short one (5/2 → 2.5), else as it is. */
    static String decimal(Rational q) {
        if (q.isInteger()) return q.toString();
        for (int places = 1; places <= 3; places++) {
            Rational scaled = q.multiply(Rational.of((long) Math.pow(10, places)));
            if (scaled.isInteger()) return new java.math.BigDecimal(scaled.num()).movePointLeft(places).toPlainString();
        }
        return q.toString();
    }

    static String twoStep(SplittableRandom r, String x) {
        Rational s = Rational.of(NumberWriting.nonZero(r, -12, 15));
        int a = NumberWriting.nonZero(r, -9, 12);
        if (a == 1) a = 2;
        int b = NumberWriting.nonZero(r, -25, 25);
        Rational c = s.multiply(Rational.of(a)).add(Rational.of(b));
        return r.nextInt(5) == 0
                ? b + NumberWriting.plusTerm(NumberWriting.term(Rational.of(a), x)) + " = " + c
                : NumberWriting.linear(Rational.of(a), Rational.of(b), x) + " = " + c;
    }

    static String brackets(SplittableRandom r, String x) {
        Rational s = Rational.of(NumberWriting.nonZero(r, -10, 12));
        int k = NumberWriting.nonZero(r, -6, 9);
        if (k == 1) k = 3;
        int p = NumberWriting.between(r, 1, 4);
        int q = NumberWriting.nonZero(r, -12, 12);
        int extra = r.nextInt(3) == 0 ? NumberWriting.nonZero(r, -10, 10) : 0;
        Rational lhs = s.multiply(Rational.of(p)).add(Rational.of(q)).multiply(Rational.of(k)).add(Rational.of(extra));
        String inner = NumberWriting.linear(Rational.of(p), Rational.of(q), x);
        return k + "(" + inner + ")" + (extra == 0 ? "" : NumberWriting.plusTerm(Integer.toString(extra))) + " = " + lhs;
    }

    static String bothSides(SplittableRandom r, String x) {
        Rational s = Rational.of(NumberWriting.nonZero(r, -10, 12));
        int a = NumberWriting.between(r, 2, 9);
        int c;
        do {
            c = NumberWriting.nonZero(r, -6, 8);
        } while (c == a);
        int b = NumberWriting.nonZero(r, -20, 20);
        Rational d = s.multiply(Rational.of(a - c)).add(Rational.of(b));
        return NumberWriting.linear(Rational.of(a), Rational.of(b), x) + " = " + NumberWriting.linear(Rational.of(c), d, x);
    }

    static String fractions(SplittableRandom r, String x) {
        Rational s = Rational.of(NumberWriting.nonZero(r, -10, 15));
        int kind = r.nextInt(3);
        int a = NumberWriting.between(r, 2, 6);
        int b = NumberWriting.nonZero(r, -9, 9);
        if (kind == 0) { // (x + b)/a = c
            int mult = NumberWriting.between(r, 1, 5);
            s = Rational.of(a * mult - b);
            return "(" + NumberWriting.linear(Rational.ONE, Rational.of(b), x) + ")/" + a + " = "
                    + s.add(Rational.of(b)).divide(Rational.of(a));
        }
        if (kind == 1) { // x/a + b = c
            s = Rational.of(a * NumberWriting.nonZero(r, -5, 6));
            return x + "/" + a + NumberWriting.plusTerm(Integer.toString(b)) + " = "
                    + s.divide(Rational.of(a)).add(Rational.of(b));
        }
        int d; // x/a + x/d = c
        do {
            d = NumberWriting.between(r, 2, 6);
        } while (d == a);
        s = Rational.of((long) a * d * NumberWriting.between(r, 1, 3));
        return x + "/" + a + " + " + x + "/" + d + " = " + s.divide(Rational.of(a)).add(s.divide(Rational.of(d)));
    }

    static final class Linear extends FamilyBase {
        private final Shape shape;

        Linear(String name, List<String> skills, Shape shape) {
            super(name, "math", skills, FamilyBase.SOLVE);
            this.shape = shape;
        }

        @Override
        public Map<String, String> sample(SplittableRandom random) {
            String x = var(random);
            Map<String, String> p = new LinkedHashMap<>();
            p.put("equation", shape.equation(random, x));
            p.put("variable", x);
            return p;
        }

        @Override
        public Worked solve(Map<String, String> params, int wording) {
            String x = params.getOrDefault("variable", "x");
            String eq = params.containsKey("equation")
                    ? params.get("equation")
                    : NumberWriting.linear(NumberWriting.parseRational(params.getOrDefault("a", "1")),
                            NumberWriting.parseRational(params.getOrDefault("b", "0")), x) + " = "
                            + params.getOrDefault("c", "0");
            List<Step> steps = new ArrayList<>(LinearSolver.steps(eq, x));
            Rational s = LinearSolver.solution(eq, x);
            if (steps.isEmpty()) throw new IllegalArgumentException(eq + " is already solved");
            return worked(word(wording, Map.of("eq", eq, "x", x)), Task.SOLVE, eq, steps, x + " = " + s, "equation", params,
                    wording);
        }
    }
}
