package app.stepwise.solve;

import app.stepwise.math.Expr;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Polynomials;
import app.stepwise.math.Printer;
import app.stepwise.math.Rational;
import app.stepwise.math.Statement;
import app.stepwise.text.Message;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Solves any linear equation in one variable step by step, from wherever the working stands: expand and
 * collect, clear fractions, bring the variable terms to the left and the numbers to the right, divide. The
 * grading module's "next step" for a student comes from here.
 */
public final class LinearSolver {
    private LinearSolver() {}

    /** Whether the line is an equation, linear in x, with exactly one solution. */
    public static boolean applies(String equation, String x) {
        try {
            return coefficients(equation, x).map(c -> !c[0].subtract(c[2]).isZero()).orElse(false);
        } catch (MathSyntaxException e) {
            return false;
        }
    }

    /** {aL, bL, aR, bR} for aL·x + bL = aR·x + bR. */
    private static Optional<Rational[]> coefficients(String equation, String x) throws MathSyntaxException {
        if (!(Statement.collapse(Parser.parse(equation)) instanceof Statement.Equation eq)) return Optional.empty();
        Optional<Rational[]> l = Polynomials.coefficients(eq.lhs(), x);
        Optional<Rational[]> r = Polynomials.coefficients(eq.rhs(), x);
        if (l.isEmpty() || r.isEmpty() || l.get().length > 2 || r.get().length > 2) return Optional.empty();
        return Optional.of(new Rational[]{at(l.get(), 1), at(l.get(), 0), at(r.get(), 1), at(r.get(), 0)});
    }

    private static Rational at(Rational[] c, int i) {
        return i < c.length ? c[i] : Rational.ZERO;
    }

    /**
     * The steps from this equation to {@code x = value}; empty when it already is that.
     *
     * @throws IllegalArgumentException when the equation is not linear in x with one solution
     */
    public static List<Step> steps(String equation, String x) {
        Rational[] c;
        try {
            c = coefficients(equation, x)
                    .orElseThrow(() -> new IllegalArgumentException(equation + " is not a linear equation in " + x));
        } catch (MathSyntaxException e) {
            throw new IllegalArgumentException(equation + " cannot be read: " + e.getMessage(), e);
        }
        Rational aL = c[0], bL = c[1], aR = c[2], bR = c[3];
        if (aL.subtract(aR).isZero()) throw new IllegalArgumentException(equation + " has no single solution");
        if (aL.isOne() && bL.isZero() && aR.isZero()) return simplified(equation, x, bR);
        if (aL.isZero() && !(aR.isOne() && bR.isZero())) {
            // 20 = 5 + 3n: write it the other way round first, 3n + 5 = 20, as textbooks do (alg13: the teacher took
            // 3n away from both sides and divided by -3)
            String[] sides = equation.split("=");
            if (sides.length == 2) {
                boolean plain = !equation.contains("(") && aR.isInteger() && bR.isInteger() && bL.isInteger();
                // 5 + 3n turns round with it (3n + 5 = 20); a bracket or a fraction stays as written
                String swapped = (plain ? NumberWriting.linear(aR, bR, x) : sides[1].strip()) + " = " + sides[0].strip();
                List<Step> steps = new ArrayList<>();
                steps.add(new Step(Message.of("step.swapSides", x), swapped, "swap-sides"));
                steps.addAll(steps(swapped, x));
                return steps;
            }
        }
        Optional<String> cleared = bracketFractionsCleared(equation);
        if (cleared.isPresent()) {
            // (x + 5)/4 = 3: multiply both sides by 4 as the bracket stands, x + 5 = 12 (alg13: the teacher split it into
            // x/4 + 5/4 first); (2m - 1)/3 = (m + 4)/2 by 6: 2(2m - 1) = 3(m + 4)
            List<Step> steps = new ArrayList<>();
            steps.add(new Step(Message.of("step.clearFractions", cleared.get().split("\\|")[0]), cleared.get().split("\\|")[1],
                    "multiply-both-sides"));
            steps.addAll(steps(cleared.get().split("\\|")[1], x));
            return steps;
        }
        // 0.2k + 1.5 = 4.3 is worked in decimals to k = 2.8/0.2 = 14, as textbooks do (session 14: it was cleared by
        // × 10 and m + 2.5 = 1.1 was answered m = -7/5); a fraction written in the problem keeps the fraction way
        Numbers nw = new Numbers(decimalWorking(equation, c));
        List<Step> steps = new ArrayList<>();
        String simple = nw.linear(aL, bL, x) + " = " + nw.linear(aR, bR, x);
        boolean oneStepFraction = bL.isZero() && aR.isZero() && !aL.isInteger() && aL.num().abs().equals(BigInteger.ONE);
        if (!same(equation, simple) && !oneStepFraction) {
            boolean brackets = equation.contains("(");
            boolean fractions = !(aL.isInteger() && bL.isInteger() && aR.isInteger() && bR.isInteger());
            Optional<String> expanded = brackets ? expanded(equation, nw.decimal()) : Optional.empty();
            if (expanded.isPresent() && !same(equation, expanded.get()) && !same(expanded.get(), simple)) {
                // Two smaller steps (session 11): every term multiplied out, then like terms collected on each side.
                steps.add(new Step(Message.of("step.expandEachSide"), expanded.get(), "expand"));
                steps.add(collect(expanded.get(), simple, nw.decimal()));
            } else if (brackets) {
                steps.add(new Step(Message.of("step.expandCollect"), simple, "expand"));
            } else if (!fractions || nw.decimal()) {
                steps.add(collect(equation, simple, nw.decimal()));
            }
        }
        if (!oneStepFraction && !nw.decimal() && !(aL.isInteger() && bL.isInteger() && aR.isInteger() && bR.isInteger())) {
            BigInteger lcm = BigInteger.ONE;
            for (Rational r : c) lcm = lcm.divide(lcm.gcd(r.den())).multiply(r.den());
            Rational k = new Rational(lcm, BigInteger.ONE);
            List<String> working = new ArrayList<>();
            if (steps.isEmpty() && !same(equation, simple)) sidesSums(equation, false).ifPresent(working::add);
            for (Rational r : new Rational[]{aL, bL, aR, bR}) clearing(r, lcm).ifPresent(working::add);
            Message why = working.isEmpty()
                    ? Message.of("step.clearFractions", String.valueOf(lcm))
                    : Message.of("step.clearFractionsWorking", String.valueOf(lcm), String.join(", ", working));
            aL = aL.multiply(k);
            bL = bL.multiply(k);
            aR = aR.multiply(k);
            bR = bR.multiply(k);
            steps.add(new Step(why, NumberWriting.linear(aL, bL, x) + " = " + NumberWriting.linear(aR, bR, x),
                    "multiply-both-sides"));
        }
        if (!aR.isZero()) {
            String t = nw.term(aR.abs(), x);
            Rational a = aL.subtract(aR);
            steps.add(new Step(Message.of(aR.signum() > 0 ? "step.subtractTogether" : "step.addTogether", t, x),
                    nw.linear(a, bL, x) + " = " + nw.num(bR),
                    aR.signum() > 0 ? "subtract-both-sides" : "add-both-sides"));
            aL = a;
            aR = Rational.ZERO;
        }
        if (!bL.isZero()) {
            Rational rhs = bR.subtract(bL);
            String op = bR.isZero()
                    ? ""
                    : bL.signum() > 0 ? nw.num(bR) + " - " + nw.num(bL) + " = " : nw.num(bR) + " + " + nw.num(bL.abs()) + " = ";
            steps.add(new Step(
                    Message.of(bL.signum() > 0 ? "step.subtractAlone" : "step.addAlone", nw.num(bL.abs()), x),
                    nw.term(aL, x) + " = " + op + nw.num(rhs), bL.signum() > 0 ? "subtract-both-sides" : "add-both-sides"));
            bR = rhs;
            bL = Rational.ZERO;
        }
        if (!aL.equals(Rational.ONE)) {
            Rational value = bR.divide(aL);
            if (nw.decimal() && !aL.equals(Rational.MINUS_ONE)) {
                steps.add(new Step(Message.of("step.divideBoth", nw.num(aL)),
                        x + " = " + nw.num(bR) + "/" + nw.paren(aL) + " = " + nw.num(value), "divide-both-sides"));
            } else if (aL.isInteger()) {
                String shown = aL.equals(Rational.MINUS_ONE)
                        ? x + " = -(" + bR + ") = " + value
                        : value.isInteger() || aL.signum() < 0 || !(bR + "/" + aL).equals(value.toString())
                                ? x + " = " + bR + "/" + NumberWriting.paren(aL) + " = " + value // 51/6 = 17/2: lowest terms
                                : x + " = " + bR + "/" + aL;
                if (aL.equals(Rational.MINUS_ONE) && bR.signum() >= 0) shown = x + " = " + value;
                steps.add(new Step(
                        aL.equals(Rational.MINUS_ONE)
                                ? Message.of("step.timesMinusOne")
                                : Message.of("step.divideBoth", aL.toString()),
                        shown,
                        "divide-both-sides"));
            } else {
                Rational k = aL.reciprocal();
                String shown = x + " = " + NumberWriting.paren(bR) + " × " + NumberWriting.paren(k) + " = " + value;
                steps.add(new Step(Message.of("step.multiplyBoth", k.toString()), shown, "multiply-both-sides"));
            }
        }
        return steps;
    }

    /**
     * "lcm|line": each side a sum over a whole number ({@code (x + 5)/4}) or a side with no fraction, at least one of
     * them a fraction, multiplied by the denominators' lcm with the brackets kept; empty for any other shape.
     */
    private static Optional<String> bracketFractionsCleared(String equation) {
        Statement.Equation eq;
        try {
            if (!(Statement.collapse(Parser.parse(equation)) instanceof Statement.Equation e)) return Optional.empty();
            eq = e;
        } catch (MathSyntaxException e) {
            return Optional.empty();
        }
        BigInteger lcm = BigInteger.ONE;
        boolean anyFraction = false;
        for (Expr side : List.of(eq.lhs(), eq.rhs())) {
            if (side instanceof Expr.Div d && d.numerator() instanceof Expr.Add && d.denominator() instanceof Expr.Num n
                    && n.value().isInteger() && n.value().signum() > 0 && !n.decimal()) {
                lcm = lcm.divide(lcm.gcd(n.value().num())).multiply(n.value().num());
                anyFraction = true;
            } else if (app.stepwise.math.Exprs.any(side, f -> f instanceof Expr.Div || f instanceof Expr.Num k
                    && (k.decimal() || !k.value().isInteger()))) {
                return Optional.empty();
            }
        }
        if (!anyFraction || lcm.equals(BigInteger.ONE)) return Optional.empty();
        List<String> sides = new ArrayList<>();
        for (Expr side : List.of(eq.lhs(), eq.rhs())) {
            BigInteger k = side instanceof Expr.Div d && d.denominator() instanceof Expr.Num n
                    ? lcm.divide(n.value().num())
                    : lcm;
            Expr top = side instanceof Expr.Div d ? d.numerator() : side;
            Optional<Rational> value = app.stepwise.math.Exprs.exactValue(top);
            String text = Printer.text(top);
            sides.add(value.isPresent()
                    ? value.get().multiply(new Rational(k, BigInteger.ONE)).toString()
                    : k.equals(BigInteger.ONE)
                            ? text
                            : k + (top instanceof Expr.Add
                                    ? "(" + text + ")"
                                    : text.matches("[a-z].*") ? text : "(" + text + ")"));
        }
        return Optional.of(lcm + "|" + sides.get(0) + " = " + sides.get(1));
    }

    /**
     * {@code x = 26/4} is solved but for its fraction: the one step left is to simplify it ({@code x = 13/2}), never to
     * clear the fraction again ({@code 2x = 13}); {@code x = 13/2} or {@code x = 6.5} needs no step.
     */
    private static List<Step> simplified(String equation, String x, Rational value) {
        Expr right;
        try {
            right = Parser.parseExpression(equation.substring(equation.indexOf('=') + 1));
        } catch (MathSyntaxException e) {
            return List.of();
        }
        if (right instanceof Expr.Neg n) right = n.operand();
        boolean fraction = right instanceof Expr.Div d && d.numerator() instanceof Expr.Num
                && d.denominator() instanceof Expr.Num;
        if (!fraction || same(equation, x + " = " + value)) return List.of();
        return List.of(new Step(Message.of("step.simplifyFraction"), x + " = " + value, "simplify"));
    }

    /**
     * The equation with each side's brackets multiplied out term by term but like terms not yet collected
     * ({@code 5(y + 2) - 2(y - 3) = 31} gives {@code 5y + 10 - 2y + 6 = 31}); empty when a side cannot be spread.
     */
    static Optional<String> expanded(String equation, boolean decimals) {
        try {
            if (!(Parser.parse(equation) instanceof Statement.Equation eq)) return Optional.empty();
            return Optional.of(ExpressionSolver.join(ExpressionSolver.spread(eq.lhs()), decimals) + " = "
                    + ExpressionSolver.join(ExpressionSolver.spread(eq.rhs()), decimals));
        } catch (MathSyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Like terms collected on each side, the sums of the numbers in front of each kind of term named in the sentence
     * ({@code -6 - 3x + 72 = 11x - 3x}: "-6 + 72 = 66, 11 - 3 = 8"), decimals too in decimal working: the model writes
     * each sum with the calculator instead of working it out in its head (session 19: 2.10.0 solved 61 % of its own
     * generated linear-both-sides problems; the misses read were mostly a sum worked out wrongly in a step like this).
     */
    private static Step collect(String before, String after, boolean decimals) {
        return new Step(sidesSums(before, decimals).map(w -> Message.of("step.collectEachSideSums", w))
                .orElse(Message.of("step.collectEachSide")), after, "collect");
    }

    /**
     * One number multiplied by the lcm that clears the fractions, as the sentence writes it for the calculator:
     * {@code -17} by 32 is "-17 × 32 = -544", {@code 1/8} by 32 is "32 ÷ 8 = 4", {@code -3/8} "32 ÷ 8 × -3 = -12". Empty
     * where there is nothing to work out (0, ±1, or a fraction whose denominator is the lcm itself, as {@code -547/32} by
     * 32).
     */
    static Optional<String> clearing(Rational r, BigInteger lcm) {
        if (r.isZero() || r.abs().isOne() || r.den().equals(lcm)) return Optional.empty();
        Rational value = r.multiply(new Rational(lcm, BigInteger.ONE));
        String product = r.isInteger()
                ? r.num() + " × " + lcm
                : lcm + " ÷ " + r.den() + (r.num().equals(BigInteger.ONE) ? "" : " × " + r.num());
        return Optional.of(product + " = " + value);
    }

    /** The sums of like terms' numbers on both sides of a line ({@link ExpressionSolver#coefficientSums}). */
    private static Optional<String> sidesSums(String line, boolean decimals) {
        try {
            if (!(Parser.parse(line) instanceof Statement.Equation eq)) return Optional.empty();
            Optional<String> l = ExpressionSolver.coefficientSums(ExpressionSolver.spread(eq.lhs()), decimals);
            Optional<String> r = ExpressionSolver.coefficientSums(ExpressionSolver.spread(eq.rhs()), decimals);
            if (l.isEmpty()) return r;
            return r.isEmpty() ? l : Optional.of(l.get() + ", " + r.get());
        } catch (MathSyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the equation is worked in decimals: a decimal is written in it, no fraction is, and every number of the
     * working (the coefficients and the answer) has a short decimal.
     */
    private static boolean decimalWorking(String equation, Rational[] c) {
        try {
            if (!ExpressionSolver.decimalsOnly(Statement.collapse(Parser.parse(equation)) instanceof Statement.Equation eq
                    ? new Expr.Add(List.of(eq.lhs(), eq.rhs()))
                    : Parser.parseExpression(equation)))
                return false;
        } catch (MathSyntaxException e) {
            return false;
        }
        for (Rational r : c) if (!ExpressionSolver.asDecimal(r)) return false;
        return ExpressionSolver.asDecimal(c[3].subtract(c[1]).divide(c[0].subtract(c[2])));
    }

    /** Numbers as the working writes them: as fractions (3/2, 3x/2), or as decimals (1.5, 1.5x) in decimal working. */
    private record Numbers(boolean decimal) {
        String num(Rational r) {
            return decimal ? LinearFamilies.decimal(r) : r.toString();
        }

        String paren(Rational r) {
            return decimal ? (r.signum() < 0 ? "(" + num(r) + ")" : num(r)) : NumberWriting.paren(r);
        }

        String term(Rational a, String x) {
            if (!decimal || a.isZero()) return NumberWriting.term(a, x);
            return (a.signum() < 0 ? "-" : "") + (a.abs().isOne() ? "" : num(a.abs())) + x;
        }

        String linear(Rational a, Rational b, String x) {
            if (a.isZero()) return num(b);
            String t = term(a, x);
            if (b.isZero()) return t;
            return t + (b.signum() < 0 ? " - " + num(b.abs()) : " + " + num(b));
        }
    }

    private static boolean same(String a, String b) {
        try {
            return Printer.text(Parser.parse(a)).equals(Printer.text(Parser.parse(b)));
        } catch (MathSyntaxException e) {
            return false;
        }
    }

    /** The single solution of a linear equation. */
    public static Rational solution(String equation, String x) {
        try {
            Rational[] c = coefficients(equation, x)
                    .orElseThrow(() -> new IllegalArgumentException(equation + " is not linear in " + x));
            return c[3].subtract(c[1]).divide(c[0].subtract(c[2]));
        } catch (MathSyntaxException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

}
