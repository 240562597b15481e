package app.stepwise.solve;

import app.stepwise.lesson.Task;
import app.stepwise.math.Rational;
import app.stepwise.text.Message;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Quadratic equations by square roots, by factorising, and by the formula. */
final class QuadraticFamilies {
    private QuadraticFamilies() {}

    static List<Family> all() {
        return List.of(new SquareRoot(), new ByFactoring(), new ByFormula());
    }

    static String roots(String x, Rational r1, Rational r2) {
        return r1.equals(r2) ? x + " = " + r1 : x + " = " + r1 + " or " + x + " = " + r2;
    }

    /** a x² + c = d. */
    static final class SquareRoot extends FamilyBase {
        SquareRoot() {
            super("quadratic-square-root", "math", List.of("quadratic-equations", "square-roots"), FamilyBase.SOLVE);
        }

        @Override
        public Map<String, String> sample(SplittableRandom r) {
            return Map.of("a", "" + NumberWriting.pick(r, List.of(1, 1, 2, 3, 4, 5)), "root",
                    "" + NumberWriting.between(r, 1, 12), "c",
                    "" + (r.nextBoolean() ? 0 : NumberWriting.nonZero(r, -20, 20)));
        }

        @Override
        public Worked solve(Map<String, String> p, int wording) {
            long a = NumberWriting.parseWhole(p.get("a")), k = NumberWriting.parseWhole(p.get("root")),
                    c = NumberWriting.parseWhole(p.get("c"));
            long d = a * k * k + c;
            String eq = (a == 1 ? "" : a) + "x^2" + (c == 0 ? "" : NumberWriting.plusTerm("" + c)) + " = " + d;
            List<Step> steps = new ArrayList<>();
            long rhs = d;
            if (c != 0) {
                rhs = d - c;
                steps.add(new Step(
                        c > 0
                                ? Message.of("step.subtractBoth", String.valueOf(c))
                                : Message.of("step.addBoth", String.valueOf(-c)),
                        (a == 1 ? "" : a) + "x^2 = " + d + (c > 0 ? " - " + c : " + " + (-c)) + " = " + rhs,
                        c > 0 ? "subtract-both-sides" : "add-both-sides"));
            }
            if (a != 1) {
                steps.add(new Step(Message.of("step.divideBoth", String.valueOf(a)), "x^2 = " + rhs + "/" + a + " = " + k * k,
                        "divide-both-sides"));
            }
            steps.add(new Step(Message.of("step.squareRootBoth"),
                    "x = ±√" + k * k + " = ±" + k, "square-root"));
            steps.add(new Step(Message.of("step.bothSolutions"), "x = " + k + " or x = -" + k, "state-solutions"));
            return worked(word(wording, Map.of("eq", eq, "x", "x")), Task.SOLVE, eq, steps, "x = " + k + " or x = -" + k, "set",
                    p,
                    wording);
        }
    }

    /** x² + b x + c = 0 with whole-number roots. */
    static final class ByFactoring extends FamilyBase {
        ByFactoring() {
            super("quadratic-factoring", "math", List.of("quadratic-equations", "factorising"), FamilyBase.SOLVE);
        }

        @Override
        public Map<String, String> sample(SplittableRandom r) {
            int r1 = NumberWriting.nonZero(r, -9, 9), r2;
            do {
                r2 = NumberWriting.nonZero(r, -9, 9);
            } while (r2 == r1);
            return Map.of("r1", "" + r1, "r2", "" + r2);
        }

        @Override
        public Worked solve(Map<String, String> p, int wording) {
            long r1 = NumberWriting.parseWhole(p.get("r1")), r2 = NumberWriting.parseWhole(p.get("r2"));
            long b = -(r1 + r2), c = r1 * r2;
            String eq = "x^2" + (b == 0 ? "" : NumberWriting.plusTerm(NumberWriting.term(Rational.of(b), "x")))
                    + NumberWriting.plusTerm("" + c) + " = 0";
            String f1 = NumberWriting.linear(Rational.ONE, Rational.of(-r1), "x"),
                    f2 = NumberWriting.linear(Rational.ONE, Rational.of(-r2), "x");
            List<Step> steps = List.of(
                    new Step(Message.of("step.twoNumbersFactorise", String.valueOf(c), String.valueOf(b), String.valueOf(-r1),
                            String.valueOf(-r2)), "(" + f1 + ")(" + f2 + ") = 0", "factorise"),
                    new Step(Message.of("step.productZero"), f1 + " = 0 or " + f2 + " = 0", "zero-product"),
                    new Step(Message.of("step.solveEach"), roots("x", Rational.of(r1), Rational.of(r2)), "state-solutions"));
            return worked(word(wording, Map.of("eq", eq, "x", "x")), Task.SOLVE, eq, steps,
                    roots("x", Rational.of(r1), Rational.of(r2)), "set", p, wording);
        }
    }

    /** a x² + b x + c = 0 by the quadratic formula; usually a square discriminant, sometimes a surd answer. */
    static final class ByFormula extends FamilyBase {
        ByFormula() {
            super("quadratic-formula", "math", List.of("quadratic-equations", "quadratic-formula"), FamilyBase.SOLVE);
        }

        @Override
        public Map<String, String> sample(SplittableRandom r) {
            if (r.nextInt(5) == 0) { // a surd answer
                int a = 1, b = 2 * NumberWriting.nonZero(r, -4, 4), c = NumberWriting.nonZero(r, -9, -1);
                return Map.of("a", "" + a, "b", "" + b, "c", "" + c);
            }
            int a = NumberWriting.between(r, 2, 4), p = NumberWriting.nonZero(r, -5, 5), q = NumberWriting.nonZero(r, -6, 6);
            // (a x - p)(x - q) = a x² - (a q + p) x + p q: roots p/a and q
            return Map.of("a", "" + a, "b", "" + (-(a * q + p)), "c", "" + (p * q));
        }

        @Override
        public Worked solve(Map<String, String> p, int wording) {
            long a = NumberWriting.parseWhole(p.get("a")), b = NumberWriting.parseWhole(p.get("b")),
                    c = NumberWriting.parseWhole(p.get("c"));
            String eq = (a == 1 ? "" : a) + "x^2"
                    + (b == 0 ? "" : NumberWriting.plusTerm(NumberWriting.term(Rational.of(b), "x")))
                    + NumberWriting.plusTerm("" + c) + " = 0";
            long disc = b * b - 4 * a * c;
            if (disc < 0) throw new IllegalArgumentException(eq + " has no real solutions");
            List<Step> steps = new ArrayList<>();
            steps.add(new Step(Message.of("step.quadraticFormula", "x", String.valueOf(a), String.valueOf(b), String.valueOf(c)),
                    "x = (-" + NumberWriting.paren(b) + " ± √(" + NumberWriting.paren(b) + "^2 - 4 × " + a + " × "
                            + NumberWriting.paren(c) + "))/(2 × " + a
                            + ")",
                    "quadratic-formula"));
            steps.add(new Step(Message.of("step.discriminant"), "x = (" + (-b) + " ± √" + disc + ")/" + (2 * a),
                    "discriminant"));
            long s = (long) Math.sqrt((double) disc);
            String answer;
            if (s * s == disc) {
                Rational r1 = Rational.of(-b + s, 2 * a), r2 = Rational.of(-b - s, 2 * a);
                steps.add(new Step(Message.of("step.rootIs", String.valueOf(disc), String.valueOf(s)),
                        "x = (" + (-b) + " ± " + s + ")/" + (2 * a), "square-root"));
                answer = roots("x", r1, r2);
                steps.add(new Step(Message.of("step.inTurn"),
                        "x = (" + (-b) + " + " + s + ")/" + (2 * a) + " or x = (" + (-b) + " - " + s + ")/" + (2 * a), "split"));
                steps.add(new Step(Message.of("step.simplifyEach"), answer, "state-solutions"));
            } else {
                // simplify √disc = k√m and divide through by the common factor
                long k = 1, m = disc;
                for (long f = 2; f * f <= m; f++) while (m % (f * f) == 0) {
                    m /= f * f;
                    k *= f;
                }
                long g = BigInteger.valueOf(-b).gcd(BigInteger.valueOf(k)).gcd(BigInteger.valueOf(2 * a)).longValue();
                String surd = (k / g == 1 ? "" : (k / g)) + "√" + m;
                String centre = Rational.of(-b, 2 * a).toString();
                long den = 2 * a / g;
                answer = "x = " + centre + " ± " + (den == 1 ? surd : surd + "/" + den);
                steps.add(new Step(
                        Message.of("step.simplifyRoot", String.valueOf(disc), (k == 1 ? "" : String.valueOf(k)) + "√" + m),
                        answer, "simplify-surd"));
                String plus = "x = " + centre + " + " + (den == 1 ? surd : surd + "/" + den);
                String minus = "x = " + centre + " - " + (den == 1 ? surd : surd + "/" + den);
                answer = plus + " or " + minus;
            }
            return worked(word(wording, Map.of("eq", eq, "x", "x")), Task.SOLVE, eq, steps, answer, "set", p, wording);
        }
    }
}
