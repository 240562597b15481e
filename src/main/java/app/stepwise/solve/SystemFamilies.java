package app.stepwise.solve;

import app.stepwise.math.Rational;
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

    static final List<String> SYSTEM = List.of("Solve the simultaneous equations {e1} and {e2}.", "Solve {e1}, {e2}.", "Find x and y: {e1} and {e2}.",
            "Solve the system {e1}; {e2}.", "Find the values of x and y that satisfy {e1} and {e2}.", "Solve simultaneously: {e1}, {e2}.",
            "Which x and y make both {e1} and {e2} true?", "Find the point where the lines {e1} and {e2} meet.");

    static String lin2(long a, long b, String rhs) {
        String t = Fmt.term(Rational.of(a), "x");
        return t + Fmt.plusTerm(Fmt.term(Rational.of(b), "y")) + " = " + rhs;
    }

    /** a1 x + b y = c1, a2 x - b y = c2: add to eliminate y. */
    static final class Elimination extends Base {
        Elimination() {
            super("system-elimination", "math", List.of("simultaneous-equations", "elimination"), SYSTEM);
        }

        @Override
        public Map<String, String> sample(SplittableRandom r) {
            return Map.of("x", "" + Fmt.nonZero(r, -6, 9), "y", "" + Fmt.nonZero(r, -6, 9), "a1", "" + Fmt.between(r, 1, 5), "a2", "" + Fmt.between(r, 1, 5),
                    "b", "" + Fmt.between(r, 1, 5));
        }

        @Override
        public Worked solve(Map<String, String> p, int wording) {
            long x = Fmt.l(p.get("x")), y = Fmt.l(p.get("y")), a1 = Fmt.l(p.get("a1")), a2 = Fmt.l(p.get("a2")), b = Fmt.l(p.get("b"));
            long c1 = a1 * x + b * y, c2 = a2 * x - b * y;
            String e1 = lin2(a1, b, "" + c1), e2 = lin2(a2, -b, "" + c2);
            List<Step> steps = new ArrayList<>();
            steps.add(new Step("Add the two equations: the y-terms cancel.", Fmt.term(Rational.of(a1 + a2), "x") + " = " + c1 + " + " + Fmt.paren(c2) + " = " + (c1 + c2), "add-equations"));
            steps.add(new Step("Divide both sides by " + (a1 + a2) + ".", "x = " + (c1 + c2) + "/" + (a1 + a2) + " = " + x, "divide-both-sides"));
            steps.add(new Step("Put x = " + x + " into the first equation.", a1 + " × " + Fmt.paren(x) + " + " + Fmt.term(Rational.of(b), "y") + " = " + c1, "substitute"));
            steps.add(new Step("Get the y-term alone.", Fmt.term(Rational.of(b), "y") + " = " + c1 + " - " + Fmt.paren(a1 * x) + " = " + b * y, "subtract-both-sides"));
            if (b != 1) steps.add(new Step("Divide both sides by " + b + ".", "y = " + b * y + "/" + b + " = " + y, "divide-both-sides"));
            String answer = "x = " + x + ", y = " + y;
            steps.add(new Step("State both values.", answer, "state-solutions"));
            return worked(word(wording, Map.of("e1", e1, "e2", e2)), "system", e1 + "; " + e2, steps, answer, "set", p, wording);
        }
    }

    /** y = m x + k and a x + b y = c: substitute the first into the second. */
    static final class Substitution extends Base {
        Substitution() {
            super("system-substitution", "math", List.of("simultaneous-equations", "substitution"), SYSTEM);
        }

        @Override
        public Map<String, String> sample(SplittableRandom r) {
            return Map.of("x", "" + Fmt.nonZero(r, -6, 8), "m", "" + Fmt.nonZero(r, -4, 5), "k", "" + Fmt.nonZero(r, -9, 9), "a", "" + Fmt.between(r, 1, 5), "b", "" + Fmt.between(r, 1, 4));
        }

        @Override
        public Worked solve(Map<String, String> p, int wording) {
            long x = Fmt.l(p.get("x")), m = Fmt.l(p.get("m")), k = Fmt.l(p.get("k")), a = Fmt.l(p.get("a")), b = Fmt.l(p.get("b"));
            if (a + b * m == 0) a += 1;
            long y = m * x + k;
            long c = a * x + b * y;
            String e1 = "y = " + Fmt.linear(Rational.of(m), Rational.of(k), "x");
            String e2 = lin2(a, b, "" + c);
            List<Step> steps = new ArrayList<>();
            String inner = Fmt.linear(Rational.of(m), Rational.of(k), "x");
            steps.add(new Step("Substitute y = " + inner + " into the second equation.", Fmt.term(Rational.of(a), "x") + " + " + b + "(" + inner + ") = " + c, "substitute"));
            steps.add(new Step("Expand the bracket and collect the x-terms.", Fmt.linear(Rational.of(a + b * m), Rational.of(b * k), "x") + " = " + c, "expand"));
            long coef = a + b * m;
            steps.add(new Step(b * k >= 0 ? "Subtract " + b * k + " from both sides." : "Add " + (-b * k) + " to both sides.",
                    Fmt.term(Rational.of(coef), "x") + " = " + c + (b * k >= 0 ? " - " + b * k : " + " + (-b * k)) + " = " + (c - b * k), "subtract-both-sides"));
            if (coef != 1) steps.add(new Step("Divide both sides by " + coef + ".", "x = " + (c - b * k) + "/" + Fmt.paren(coef) + " = " + x, "divide-both-sides"));
            steps.add(new Step("Put x = " + x + " into y = " + inner + ".", "y = " + m + " × " + Fmt.paren(x) + Fmt.plusTerm("" + k) + " = " + y, "substitute"));
            String answer = "x = " + x + ", y = " + y;
            steps.add(new Step("State both values.", answer, "state-solutions"));
            return worked(word(wording, Map.of("e1", e1, "e2", e2)), "system", e1 + "; " + e2, steps, answer, "set", p, wording);
        }
    }
}
