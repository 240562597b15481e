package app.stepwise.solve;

import app.stepwise.lesson.Task;
import app.stepwise.math.Rational;
import app.stepwise.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Two linear equations in x and y, by elimination and by substitution. */
final class SystemFamilies {
    private SystemFamilies() {}

    static List<Family> all() {
        return List.of(new Elimination(), new Substitution());
    }

    static final List<String> SYSTEM = Frames.SYSTEM;

    static String lin2(long a, long b, String rhs) {
        String t = NumberWriting.term(Rational.of(a), "x");
        return t + NumberWriting.plusTerm(NumberWriting.term(Rational.of(b), "y")) + " = " + rhs;
    }

    /** a1 x + b y = c1, a2 x - b y = c2: add to eliminate y. */
    static final class Elimination extends FamilyBase {
        Elimination() {
            super("system-elimination", "math", List.of("simultaneous-equations", "elimination"), SYSTEM);
        }

        @Override
        public Map<String, String> sample(SplittableRandom r) {
            return Map.of("x", "" + NumberWriting.nonZero(r, -6, 9), "y", "" + NumberWriting.nonZero(r, -6, 9), "a1",
                    "" + NumberWriting.between(r, 1, 5), "a2",
                    "" + NumberWriting.between(r, 1, 5),
                    "b", "" + NumberWriting.between(r, 1, 5));
        }

        @Override
        public Worked solve(Map<String, String> p, int wording) {
            long x = NumberWriting.parseWhole(p.get("x")), y = NumberWriting.parseWhole(p.get("y")),
                    a1 = NumberWriting.parseWhole(p.get("a1")), a2 = NumberWriting.parseWhole(p.get("a2")),
                    b = NumberWriting.parseWhole(p.get("b"));
            long c1 = a1 * x + b * y, c2 = a2 * x - b * y;
            String e1 = lin2(a1, b, "" + c1), e2 = lin2(a2, -b, "" + c2);
            List<Step> steps = new ArrayList<>();
            steps.add(new Step(Message.of("step.addTwoEquations", "y"),
                    NumberWriting.term(Rational.of(a1 + a2), "x") + " = " + c1 + " + " + NumberWriting.paren(c2) + " = "
                            + (c1 + c2),
                    "add-equations"));
            steps.add(new Step(Message.of("step.divideBoth", String.valueOf(a1 + a2)),
                    "x = " + (c1 + c2) + "/" + (a1 + a2) + " = " + x,
                    "divide-both-sides"));
            steps.add(new Step(Message.of("step.putIntoFirst", "x = " + x),
                    a1 + " × " + NumberWriting.paren(x) + " + " + NumberWriting.term(Rational.of(b), "y") + " = " + c1,
                    "substitute"));
            steps.add(new Step(Message.of("step.termAlone", "y"),
                    NumberWriting.term(Rational.of(b), "y") + " = " + c1 + " - " + NumberWriting.paren(a1 * x) + " = " + b * y,
                    "subtract-both-sides"));
            if (b != 1)
                steps.add(new Step(Message.of("step.divideBoth", String.valueOf(b)), "y = " + b * y + "/" + b + " = " + y,
                        "divide-both-sides"));
            String answer = "x = " + x + ", y = " + y;
            steps.add(new Step(Message.of("step.bothValues"), answer, "state-solutions"));
            return worked(word(wording, Map.of("e1", e1, "e2", e2)), Task.SYSTEM, e1 + "; " + e2, steps, answer, "set", p,
                    wording);
        }
    }

    /** y = m x + k and a x + b y = c: substitute the first into the second. */
    static final class Substitution extends FamilyBase {
        Substitution() {
            super("system-substitution", "math", List.of("simultaneous-equations", "substitution"), SYSTEM);
        }

        @Override
        public Map<String, String> sample(SplittableRandom r) {
            return Map.of("x", "" + NumberWriting.nonZero(r, -6, 8), "m", "" + NumberWriting.nonZero(r, -4, 5), "k",
                    "" + NumberWriting.nonZero(r, -9, 9), "a",
                    "" + NumberWriting.between(r, 1, 5), "b", "" + NumberWriting.between(r, 1, 4));
        }

        @Override
        public Worked solve(Map<String, String> p, int wording) {
            long x = NumberWriting.parseWhole(p.get("x")), m = NumberWriting.parseWhole(p.get("m")),
                    k = NumberWriting.parseWhole(p.get("k")), a = NumberWriting.parseWhole(p.get("a")),
                    b = NumberWriting.parseWhole(p.get("b"));
            if (a + b * m == 0) a += 1;
            long y = m * x + k;
            long c = a * x + b * y;
            String e1 = "y = " + NumberWriting.linear(Rational.of(m), Rational.of(k), "x");
            String e2 = lin2(a, b, "" + c);
            List<Step> steps = new ArrayList<>();
            String inner = NumberWriting.linear(Rational.of(m), Rational.of(k), "x");
            steps.add(new Step(Message.of("step.substituteSecond", "y = " + inner),
                    NumberWriting.term(Rational.of(a), "x") + " + " + b + "(" + inner + ") = " + c, "substitute"));
            steps.add(new Step(Message.of("step.expandCollectTerms", "x"),
                    NumberWriting.linear(Rational.of(a + b * m), Rational.of(b * k), "x") + " = " + c, "expand"));
            long coef = a + b * m;
            steps.add(new Step(
                    b * k >= 0
                            ? Message.of("step.subtractBoth", String.valueOf(b * k))
                            : Message.of("step.addBoth", String.valueOf(-b * k)),
                    NumberWriting.term(Rational.of(coef), "x") + " = " + c + (b * k >= 0 ? " - " + b * k : " + " + (-b * k))
                            + " = "
                            + (c - b * k),
                    "subtract-both-sides"));
            if (coef != 1)
                steps.add(new Step(Message.of("step.divideBoth", String.valueOf(coef)),
                        "x = " + (c - b * k) + "/" + NumberWriting.paren(coef) + " = " + x,
                        "divide-both-sides"));
            steps.add(new Step(Message.of("step.putInto", "x = " + x, "y = " + inner),
                    "y = " + m + " × " + NumberWriting.paren(x) + NumberWriting.plusTerm("" + k) + " = " + y, "substitute"));
            String answer = "x = " + x + ", y = " + y;
            steps.add(new Step(Message.of("step.bothValues"), answer, "state-solutions"));
            return worked(word(wording, Map.of("e1", e1, "e2", e2)), Task.SYSTEM, e1 + "; " + e2, steps, answer, "set", p,
                    wording);
        }
    }
}
