package app.stepwise.solve;

import app.stepwise.lesson.Task;
import app.stepwise.math.Numbers;
import app.stepwise.math.Rational;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * Math shapes beyond each family's templates, for the corpus: long arithmetic with brackets and powers, three
 * fractions, percentages of any size, expressions in several letters, powers of brackets, non-monic quadratics, the
 * unknown on the right or on both sides, decimal and fractional coefficients, longer polynomials and other functions
 * to differentiate, systems in any arrangement. Each shape is solved by the general solvers ({@link GeneralSolver})
 * and verified there; a shape is only used when the general solver names the same family the corpus asked for, so
 * a record's family is the one the problem reader would name.
 */
final class Shapes {
    private Shapes() {}

    /** How often a corpus problem of a family with wide shapes takes one (out of 20). */
    static final int SHARE = 12;

    private record Shape(Task task, String method, String family,
            BiFunction<SplittableRandom, String, String> start) {}

    private static final Map<String, Shape> SHAPES = new LinkedHashMap<>();

    static {
        for (String f : List.of("linear-one-step", "linear-two-step", "linear-brackets", "linear-both-sides", "linear-fractions"))
            SHAPES.put(f, new Shape(Task.SOLVE, "", "", (r, x) -> r.nextBoolean() ? Trees.linear(r, x, f) : linear(r, x)));
        SHAPES.put("integer-arithmetic", new Shape(Task.EVALUATE, "", "",
                (r, x) -> typed(r,
                        r.nextInt(6) == 0 ? twoNumbers(r) : r.nextBoolean() ? Trees.arithmetic(r) : longArithmetic(r))));
        SHAPES.put("fraction-arithmetic",
                new Shape(Task.EVALUATE, "", "",
                        (r, x) -> asRead(typed(r, r.nextBoolean() ? Trees.fractions(r) : fractions(r)))));
        SHAPES.put("percentages", new Shape(Task.EVALUATE, "", "percentages", (r, x) -> percent(r)));
        SHAPES.put("simplify-expression",
                new Shape(Task.SIMPLIFY, "", "", (r, x) -> r.nextBoolean() ? Trees.simplifyExpression(r) : simplify(r, x)));
        SHAPES.put("exponent-rules", new Shape(Task.SIMPLIFY, "", "", Shapes::exponents));
        SHAPES.put("expand-brackets",
                new Shape(Task.EXPAND, "", "", (r, x) -> r.nextBoolean() ? Trees.expandExpression(r) : expand(r, x)));
        SHAPES.put("factorise-quadratic",
                new Shape(Task.FACTOR, "", "", (r, x) -> r.nextBoolean() ? Trees.factorisable(r) : factorise(r, x)));
        SHAPES.put("quadratic-square-root", new Shape(Task.SOLVE, "square-root", "", Shapes::squareRoot));
        SHAPES.put("quadratic-factoring", new Shape(Task.SOLVE, "factor", "", Shapes::factoring));
        SHAPES.put("quadratic-formula", new Shape(Task.SOLVE, "formula", "", Shapes::formula));
        SHAPES.put("derivative-power-rule", new Shape(Task.DIFFERENTIATE, "", "", Shapes::powerRule));
        SHAPES.put("derivative-chain-rule", new Shape(Task.DIFFERENTIATE, "", "",
                (r, x) -> r.nextBoolean() ? Trees.chain(r).replace("x", x) : chainRule(r, x)));
        SHAPES.put("derivative-product-rule", new Shape(Task.DIFFERENTIATE, "", "",
                (r, x) -> r.nextBoolean() ? Trees.product(r).replace("x", x) : productRule(r, x)));
        SHAPES.put("rearrange-formula", new Shape(Task.SOLVE, "", "", Formulas::formula));
        SHAPES.put("system-elimination",
                new Shape(Task.SYSTEM, "", "", (r, x) -> r.nextBoolean() ? Trees.system(r, false) : system(r, x)));
        SHAPES.put("system-substitution",
                new Shape(Task.SYSTEM, "", "", (r, x) -> r.nextBoolean() ? Trees.system(r, true) : substitutionSystem(r, x)));
    }

    /** Whether the family has wide shapes. */
    static boolean covers(Family family) {
        return SHAPES.containsKey(family.name()) && family instanceof FamilyBase;
    }

    /**
     * A verified problem of the family in a wide shape and in this wording, or empty when none was found in a few
     * draws (the caller then uses the family's own generator).
     */
    static Optional<Worked> generate(Family family, SplittableRandom r, int wording) {
        Shape shape = SHAPES.get(family.name());
        if (shape == null || !(family instanceof FamilyBase base)) return Optional.empty();
        // half the wide percentage problems are the other kinds the reader reads: increase, decrease, change, part of
        if (family.name().equals("percentages") && r.nextBoolean()) {
            for (int attempt = 0; attempt < 12; attempt++) {
                Optional<Worked> w = PercentKinds.generate(family, r, wording);
                if (w.isPresent()) return w;
            }
        }
        for (int attempt = 0; attempt < 12; attempt++) {
            String x = shape.task() == Task.DIFFERENTIATE
                    ? (r.nextInt(3) == 0 ? NumberWriting.pick(r, List.of("t", "t", "z", "p", "w")) : "x")
                    : family.name().equals("rearrange-formula") && r.nextBoolean() ? Formulas.subject(r) : LinearFamilies.var(r);
            String start;
            try {
                start = shape.start().apply(r, x);
            } catch (IllegalArgumentException e) {
                continue;
            }
            String unknown = switch (shape.task()) {
                case SOLVE, DIFFERENTIATE -> x;
                default -> "";
            };
            GeneralSolver.Request request = new GeneralSolver.Request(shape.task(), start, unknown, shape.method(),
                    shape.family());
            String statement = statement(base, wording, shape.task(), start, x, r);
            Optional<Worked> w = GeneralSolver.solve(request, statement);
            if (w.isEmpty() || !w.get().family().equals(family.name())) continue;
            Worked s = w.get();
            if (s.steps().isEmpty()) continue;
            Map<String, String> params = new LinkedHashMap<>();
            params.put("shape", start);
            return Optional.of(new Worked(s.family(), s.statement(), s.task(), s.start(), s.givens(), s.steps(), s.answer(),
                    s.answerKind(), family.skills(), params, wording, s.checkValue()));
        }
        return Optional.empty();
    }

    private static String statement(FamilyBase base, int wording, Task task, String start, String x,
            SplittableRandom r) {
        Map<String, String> fill = new LinkedHashMap<>();
        switch (task) {
            case SYSTEM -> {
                String[] parts = start.split(";");
                fill.put("e1", parts[0].strip());
                fill.put("e2", parts[1].strip());
                List<String> letters = SystemSolver.unknowns(parts[0].strip(), parts[1].strip());
                fill.put("x", letters.get(0));
                fill.put("y", letters.get(1));
            }
            case EVALUATE -> {
                fill.put("e", start);
                if (base.name().equals("percentages")) {
                    String[] pn = start.split("/100 × ");
                    fill.put("p", pn[0]);
                    fill.put("n", pn[1]);
                    fill.put("name", NumberWriting.pick(r, StoryNames.NAMES));
                    fill.put("cur", NumberWriting.pick(r, StoryNames.CURRENCIES));
                }
            }
            default -> {
                fill.put("e", start);
                fill.put("eq", start);
                fill.put("f", start);
                fill.put("x", x);
                fill.put("s", x); // the subject of a formula
            }
        }
        return base.word(wording, fill);
    }

    // ---- arithmetic -------------------------------------------------------------------------------------------

    /** 4 to 6 operations: products, exact quotients, brackets, squares and cubes, negative numbers, now and then decimals. */
    static String longArithmetic(SplittableRandom r) {
        if (r.nextBoolean()) return shortArithmetic(r);
        int terms = NumberWriting.between(r, 3, 5);
        StringBuilder sb = new StringBuilder(arithmeticTerm(r, true));
        for (int i = 1; i < terms; i++) sb.append(r.nextBoolean() ? " + " : " - ").append(arithmeticTerm(r, false));
        String e = sb.toString();
        return switch (r.nextInt(6)) {
            case 0 -> NumberWriting.between(r, 2, 6) + " × (" + e + ")";
            case 1 -> "(" + e + ") ÷ " + NumberWriting.pick(r, List.of(1, 2, 4, 5));
            default -> e;
        };
    }

    /**
     * Two numbers and one operation, as a first exercise or a check sets them: 3 × 4, 2500 + 1750, 2.5 × 4, -8 ÷ 2
     * (session 20: the corpus always had three numbers or more, and 2.10.0 answered "Calculate 3 × 4." with 12/4 = 3).
     */
    static String twoNumbers(SplittableRandom r) {
        int kind = r.nextInt(4);
        int a = switch (kind) {
            case 1 -> NumberWriting.between(r, 2, 199) * 50; // large round numbers
            default -> NumberWriting.between(r, 2, 12);
        };
        int b = kind == 1 ? NumberWriting.between(r, 2, 199) * 50 : NumberWriting.between(r, 2, 12);
        String op = NumberWriting.pick(r, List.of(" + ", " - ", " × ", " ÷ "));
        if (kind == 1 && op.equals(" × ")) b = NumberWriting.between(r, 2, 9);
        String left = op.equals(" ÷ ") ? Integer.toString(a * b) : Integer.toString(a);
        if (kind == 1 && op.equals(" ÷ ")) left = Integer.toString(a);
        String right = Integer.toString(b);
        if (kind == 1 && op.equals(" ÷ ")) right = Integer.toString(NumberWriting.pick(r, List.of(2, 5, 10, 25, 50)));
        return switch (kind) {
            case 2 -> LinearFamilies.decimal(Rational.of(NumberWriting.between(r, 11, 99), 10)) + op
                    + (op.equals(" ÷ ") ? NumberWriting.pick(r, List.of(2, 4, 5)) : right);
            case 3 -> r.nextBoolean() ? "-" + left + op + right : left + op + NumberWriting.paren(-b);
            default -> left + op + right;
        };
    }

    /**
     * Two or three numbers as people set them: a sum that starts negative (-15 + 8 - (-4)), a product of two negative
     * numbers, a whole quotient, a power of a negative number, a plain run of subtractions.
     */
    static String shortArithmetic(SplittableRandom r) {
        int a = NumberWriting.between(r, 2, 60), b = NumberWriting.between(r, 2, 12), c = NumberWriting.between(r, 1, 30);
        String neg = NumberWriting.paren(-NumberWriting.between(r, 1, 12));
        String sign = r.nextBoolean() ? " + " : " - ";
        return switch (r.nextInt(8)) {
            case 0 -> "-" + a + sign + b + sign + neg;
            case 1 -> neg + " × " + NumberWriting.paren(-b) + sign + c;
            case 2 -> (a * b) + " ÷ " + b + sign + c + " × " + NumberWriting.between(r, 2, 9);
            case 3 -> NumberWriting.paren(-NumberWriting.between(r, 2, 5)) + "^" + NumberWriting.between(r, 2, 3) + sign + c;
            case 4 -> a + " - " + b + " - " + c;
            case 5 -> "-" + (a * b) + " ÷ " + NumberWriting.paren(-b) + sign + c + " × " + neg;
            case 6 -> c + sign + b + " × (" + a + " - " + NumberWriting.between(r, 1, 70) + ")^2";
            default -> "-" + a + " × " + b + sign + neg + " ÷ " + NumberWriting.pick(r, List.of(1, 2, 4));
        };
    }

    /**
     * Fractions next to × or ÷ in brackets, by the rule the reader uses too (Numbers): 3/5 × 10/21 + 1 is (3/5) × (10/21) +
     * 1, the line the tutor restates such a problem as and gives the model. Session 12: the corpus worked these from left
     * to right, ((3/5) × 10)/21, steps the model never sees in the tutor, and 3/2 ÷ 7/11 as ((3/2)/7)/11, a value the
     * reader never gives. With / for ÷ (3/2/7/11) the text means left to right, and the reader reads it so.
     */
    static String asRead(String e) {
        return Numbers.bracketFractionsBesideProducts(e);
    }

    /** The operators as typed on a keyboard now and then: 6*7, 12/4. */
    static String typed(SplittableRandom r, String e) {
        return switch (r.nextInt(5)) {
            case 0 -> e.replace(" × ", "*").replace(" ÷ ", "/");
            case 1 -> e.replace("×", "*").replace("÷", "/");
            default -> e;
        };
    }

    private static String arithmeticTerm(SplittableRandom r, boolean first) {
        int a = NumberWriting.between(r, 1, 20), b = NumberWriting.between(r, 2, 12);
        String neg = NumberWriting.paren(-NumberWriting.between(r, 1, 9));
        return switch (r.nextInt(10)) {
            case 0 -> a + " × " + b;
            case 1 -> (a * b) + " ÷ " + b;
            case 2 -> "(" + a + (r.nextBoolean() ? " + " : " - ") + b + ")";
            case 3 -> NumberWriting.between(r, 2, 9) + "^2";
            case 4 -> NumberWriting.between(r, 2, 4) + "^3";
            case 5 -> b + " × (" + a + " - " + NumberWriting.between(r, 1, 25) + ")";
            case 6 -> "(" + NumberWriting.between(r, 1, 6) + " + " + NumberWriting.between(r, 1, 5) + ")^2";
            case 7 -> first ? neg : b + " × " + neg;
            case 8 -> LinearFamilies.decimal(Rational.of(NumberWriting.between(r, 1, 99), 10)) + " × " + NumberWriting.pick(r,
                    List.of(2, 4, 5, 10));
            default -> Integer.toString(NumberWriting.between(r, 1, 60));
        };
    }

    /** Three fractions, a fraction and a whole number, a fraction of a bracket, a mixed sum and product. */
    static String fractions(SplittableRandom r) {
        boolean wrap = r.nextInt(3) == 0;
        String f1 = wrap ? "(" + fraction(r) + ")" : fraction(r), f2 = wrap ? "(" + fraction(r) + ")" : fraction(r),
                f3 = fraction(r);
        int n = NumberWriting.between(r, 2, 9);
        if (r.nextInt(3) == 0) {
            String mixed = "(" + NumberWriting.between(r, 1, 5) + " + " + properFraction(r) + ")";
            return switch (r.nextInt(5)) {
                case 0 -> {
                    String op = NumberWriting.pick(r, List.of("+", "-", "×", "÷"));
                    yield f1 + " " + op + " " + (op.equals("÷") ? bracketed(f2) : f2);
                }
                case 1 -> mixed + " + " + "(" + NumberWriting.between(r, 1, 5) + " + " + properFraction(r) + ")";
                case 2 -> mixed + " × " + f1;
                case 3 -> mixed + " - " + f1;
                default -> f1 + " ÷ " + bracketed(f2) + " + " + n;
            };
        }
        return switch (r.nextInt(8)) {
            case 0 -> f1 + " + " + f2 + " - " + f3;
            case 1 -> f1 + " - " + f2 + " + " + f3;
            case 2 -> n + " + " + f1;
            case 3 -> n + " × " + f1;
            case 4 -> "(" + f1 + " + " + f2 + ") × " + f3;
            case 5 -> f1 + " × " + f2 + " + " + f3;
            case 6 -> bracketed(f1) + " ÷ " + n;
            default -> n + " - " + f1 + " × " + f2;
        };
    }

    /** A divisor fraction in brackets, as the reader restates 3/4 ÷ 5/6: (3/4) ÷ (5/6), not ((3/4)/5)/6. */
    private static String bracketed(String fraction) {
        return fraction.startsWith("(") ? fraction : "(" + fraction + ")";
    }

    private static String properFraction(SplittableRandom r) {
        int d = NumberWriting.between(r, 2, 9);
        return NumberWriting.between(r, 1, d - 1) + "/" + d;
    }

    private static String fraction(SplittableRandom r) {
        int d = NumberWriting.between(r, 2, 12);
        int top = NumberWriting.between(r, 1, d + 4);
        if (top % d == 0) top++;
        return top + "/" + d;
    }

    /** Any whole percentage (and halves) of amounts that are not the templates' round numbers. */
    static String percent(SplittableRandom r) {
        String p = r.nextInt(5) == 0
                ? LinearFamilies.decimal(Rational.of(NumberWriting.between(r, 1, 49) * 2 + 1, 2))
                : Integer.toString(NumberWriting.between(r, 1, 99));
        // session 12: now and then an amount of money with pence or a measure with a decimal point (8% of 3.50); the
        // corpus had none, and 2.6.0 could not work one out
        if (r.nextInt(5) == 0)
            return p + "/100 × "
                    + LinearFamilies.decimal(Rational.of(NumberWriting.between(r, 11, 4999), r.nextInt(3) == 0 ? 10 : 100));
        int n = switch (r.nextInt(3)) {
            case 0 -> NumberWriting.between(r, 2, 120) * 5;
            case 1 -> NumberWriting.between(r, 3, 250) * 4;
            default -> NumberWriting.between(r, 12, 999);
        };
        return p + "/100 × " + n;
    }

    // ---- expressions ------------------------------------------------------------------------------------------

    private static String other(String x) {
        return x.equals("y") ? "x" : x.equals("b") ? "a" : x.equals("a") ? "b" : "y";
    }

    /** Collecting 4 to 6 terms in one or two letters, or two brackets to multiply out and collect. */
    static String simplify(SplittableRandom r, String x) {
        String y = other(x);
        if (r.nextInt(3) == 0) return simplifyMore(r, x, y);
        if (r.nextInt(4) == 0) {
            int a = NumberWriting.nonZero(r, -9, 12), b = NumberWriting.nonZero(r, -9, 9), c = NumberWriting.nonZero(r, -9, 9);
            return switch (r.nextInt(3)) {
                case 0 -> NumberWriting.term(Rational.of(a), x + y) + NumberWriting.plusTerm(NumberWriting.term(Rational.of(b),
                        y + x)) + NumberWriting.plusTerm(NumberWriting.term(Rational.of(c), x));
                case 1 -> x + "(" + NumberWriting.linear(Rational.ONE, Rational.of(b), x) + ")" + NumberWriting.plusTerm(
                        NumberWriting.term(Rational.of(c), "(" + NumberWriting.linear(Rational.ONE, Rational.of(a), x) + ")"));
                default -> NumberWriting.term(Rational.of(a), x + "^2") + NumberWriting.plusTerm(NumberWriting.term(
                        Rational.of(b), x)) + NumberWriting.plusTerm(NumberWriting.term(Rational.of(c), x + "^2"))
                        + NumberWriting.plusTerm(NumberWriting.term(Rational.of(NumberWriting.nonZero(r, -9, 9)), x));
            };
        }
        if (r.nextInt(3) == 0) {
            Rational k = Rational.of(NumberWriting.nonZero(r, -6, 7)), m = Rational.of(NumberWriting.nonZero(r, -5, 6));
            String in1 = NumberWriting.linear(Rational.of(NumberWriting.between(r, 1, 5)),
                    Rational.of(NumberWriting.nonZero(r, -9, 9)),
                    x);
            String in2 = r.nextBoolean()
                    ? NumberWriting.linear(Rational.of(NumberWriting.between(r, 1, 5)),
                            Rational.of(NumberWriting.nonZero(r, -9, 9)), x)
                    : NumberWriting.term(Rational.of(NumberWriting.between(r, 1, 4)), x) + NumberWriting.plusTerm(
                            NumberWriting.term(Rational.of(NumberWriting.nonZero(r, -5, 5)), y));
            return k + "(" + in1 + ")" + (m.signum() < 0 ? " - " + m.abs() : " + " + m) + "(" + in2 + ")";
        }
        int n = NumberWriting.between(r, 4, 6);
        boolean two = r.nextBoolean();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(two ? 3 : 2);
            Rational c = r.nextInt(8) == 0
                    ? Rational.of(NumberWriting.nonZero(r, -9, 9), 2)
                    : Rational.of(NumberWriting.nonZero(r, -12, 12));
            String t = kind == 0 ? LinearFamilies.decimal(c) : kind == 1 ? NumberWriting.term(c, x) : NumberWriting.term(c, y);
            if (kind != 0 && !c.isInteger()) t = LinearFamilies.decimal(c) + (kind == 1 ? x : y);
            sb.append(i == 0 ? t : NumberWriting.plusTerm(t));
        }
        return sb.toString();
    }

    /** Products, quotients and powers of single terms with coefficients, negative exponents, two letters. */
    static String exponents(SplittableRandom r, String x) {
        String y = other(x);
        int a = NumberWriting.between(r, 2, 9), b = NumberWriting.between(r, 2, 6), m = NumberWriting.between(r, 2, 9),
                n = NumberWriting.between(r, 1, 6), k = NumberWriting.between(r, 2, 4);
        return switch (r.nextInt(7)) {
            case 0 -> a + x + "^" + m + " × " + b + x + "^" + n;
            case 1 -> (a * b) + x + "^" + (m + n) + " ÷ " + b + x + "^" + n;
            case 2 -> "(" + b + x + "^" + m + ")^" + k;
            case 3 -> x + "^" + m + " × " + x + "^(-" + n + ")";
            case 4 -> a + x + "^" + m + y + "^" + n + " × " + b + x + y + "^" + k;
            case 5 -> "(" + x + "^" + m + ")^" + k + " ÷ " + x + "^" + n;
            default -> "(" + (a * b) + x + "^" + (m + 2) + ")/(" + a + x + "^2)";
        };
    }

    /** Two brackets with any coefficients, a square or cube of a bracket, a bracket times a trinomial, two letters. */
    static String expand(SplittableRandom r, String x) {
        String y = other(x);
        String p = bracket(r, x), q = bracket(r, x);
        return switch (r.nextInt(8)) {
            case 0, 1 -> "(" + p + ")(" + q + ")";
            case 2 -> "(" + p + ")^2";
            case 3 -> "(" + NumberWriting.linear(Rational.ONE, Rational.of(NumberWriting.nonZero(r, -4, 4)), x) + ")^3";
            case 4 -> NumberWriting.term(Rational.of(NumberWriting.nonZero(r, -5, 6)), x) + "(" + p + ")";
            case 5 -> "(" + NumberWriting.term(Rational.of(NumberWriting.between(r, 1, 4)), x) + NumberWriting.plusTerm(
                    NumberWriting.term(Rational.of(NumberWriting.nonZero(r, -5, 5)), y)) + ")^2";
            case 6 ->
                "(" + p + ")(" + x + "^2" + NumberWriting.plusTerm(NumberWriting.term(Rational.of(NumberWriting.nonZero(r, -5,
                        5)), x)) + NumberWriting.plusTerm("" + NumberWriting.nonZero(r, -6, 6)) + ")";
            default -> NumberWriting.nonZero(r, -5, 6) + "(" + p + ")(" + q + ")";
        };
    }

    private static String bracket(SplittableRandom r, String x) {
        Rational a = Rational.of(r.nextInt(3) == 0 ? NumberWriting.nonZero(r, -5, 6) : 1);
        Rational b = Rational.of(NumberWriting.nonZero(r, -12, 12));
        return r.nextInt(5) == 0
                ? b + NumberWriting.plusTerm(NumberWriting.term(a, x))
                : NumberWriting.linear(a, b, x);
    }

    /** Non-monic trinomials with rational roots, differences of squares, common factors first, larger roots. */
    static String factorise(SplittableRandom r, String x) {
        int p = NumberWriting.between(r, 1, 5), q = NumberWriting.nonZero(r, -12, 12), s = NumberWriting.between(r, 1, 4),
                t = NumberWriting.nonZero(r, -12, 12);
        int kind = r.nextInt(6);
        if (kind == 0) { // a²x² - b²
            int a = NumberWriting.between(r, 1, 7), b = NumberWriting.between(r, 1, 12);
            return (a == 1 ? "" : "" + a * a) + x + "^2 - " + b * b;
        }
        if (kind == 1) { // k x² + m x
            int k = NumberWriting.between(r, 1, 9), m = NumberWriting.nonZero(r, -15, 15);
            return (k == 1 ? "" : "" + k) + x + "^2" + NumberWriting.plusTerm(NumberWriting.term(Rational.of(m), x));
        }
        int k = kind == 2 ? NumberWriting.between(r, 2, 5) : 1;
        long a = (long) k * p * s, b = (long) k * ((long) p * t + (long) q * s), c = (long) k * q * t;
        return NumberWriting.term(Rational.of(a), x + "^2") + (b == 0
                ? ""
                : NumberWriting.plusTerm(NumberWriting.term(
                        Rational.of(b), x)))
                + NumberWriting.plusTerm("" + c);
    }

    // ---- equations --------------------------------------------------------------------------------------------

    /** a·x + b with its text. */
    private record Lin(String text, Rational a, Rational b, boolean sum) {
        Rational at(Rational x) {
            return a.multiply(x).add(b);
        }
    }

    private static Lin atom(SplittableRandom r, String x) {
        int kind = r.nextInt(10);
        if (kind < 5) {
            Rational a = Rational.of(NumberWriting.nonZero(r, -9, 12));
            return new Lin(NumberWriting.term(a, x), a, Rational.ZERO, false);
        }
        if (kind < 7) {
            Rational a = NumberWriting.pick(r, List.of(Rational.of(1, 2), Rational.of(3, 2), Rational.of(1, 4), Rational.of(2, 5),
                    Rational.of(6, 5), Rational.of(-1, 2), Rational.of(5, 2), Rational.of(3, 10)));
            return new Lin(LinearFamilies.decimal(a) + x, a, Rational.ZERO, false);
        }
        int d = NumberWriting.between(r, 2, 8), n = NumberWriting.between(r, 1, 5);
        Rational a = Rational.of(n, d);
        return new Lin((n == 1 ? x : n + x) + "/" + d, a, Rational.ZERO, false);
    }

    private static Lin constant(Rational c) {
        return new Lin(LinearFamilies.decimal(c), Rational.ZERO, c, false);
    }

    private static Lin plus(Lin p, Lin q) {
        String t = q.text().startsWith("-") ? p.text() + " - " + q.text().substring(1) : p.text() + " + " + q.text();
        return new Lin(t, p.a().add(q.a()), p.b().add(q.b()), true);
    }

    private static Lin minus(Lin p, Lin q) {
        String t = p.text() + " - " + (q.sum() || q.text().startsWith("-") ? "(" + q.text() + ")" : q.text());
        return new Lin(t, p.a().subtract(q.a()), p.b().subtract(q.b()), true);
    }

    private static Lin times(Rational k, Lin p) {
        String t = (k.equals(Rational.MINUS_ONE) ? "-" : LinearFamilies.decimal(k)) + "(" + p.text() + ")";
        return new Lin(t, p.a().multiply(k), p.b().multiply(k), false);
    }

    private static Lin over(Lin p, int d) {
        return new Lin("(" + p.text() + ")/" + d, p.a().divide(Rational.of(d)), p.b().divide(Rational.of(d)), false);
    }

    private static Rational smallConstant(SplittableRandom r) {
        return r.nextInt(6) == 0
                ? Rational.of(NumberWriting.nonZero(r, -99, 99), 10)
                : Rational.of(NumberWriting.nonZero(r, -20,
                        25));
    }

    /** A linear side: one to three parts, brackets, a fraction of a bracket. */
    private static Lin side(SplittableRandom r, String x) {
        Lin base = plus(atom(r, x), constant(smallConstant(r)));
        return switch (r.nextInt(7)) {
            case 0 -> atom(r, x);
            case 1 -> times(Rational.of(NumberWriting.nonZero(r, -6, 8)), base);
            case 2 -> plus(times(Rational.of(NumberWriting.between(r, 2, 6)), base), constant(smallConstant(r)));
            case 3 ->
                over(plus(atom(r, x), constant(Rational.of(NumberWriting.nonZero(r, -9, 9)))), NumberWriting.between(r, 2, 6));
            case 4 -> plus(plus(atom(r, x), constant(smallConstant(r))), atom(r, x));
            case 5 ->
                minus(times(Rational.of(NumberWriting.between(r, 2, 5)), base), times(Rational.of(NumberWriting.between(r, 2, 5)),
                        plus(atom(r, x), constant(smallConstant(r)))));
            default -> base;
        };
    }

    /** A linear equation: unknown on the left, on the right, or on both sides, with a chosen solution. */
    static String linear(SplittableRandom r, String x) {
        Rational s = LinearFamilies.solution(r);
        Lin left = side(r, x);
        if (left.a().isZero()) throw new IllegalArgumentException("no unknown");
        int where = r.nextInt(4);
        if (where == 0) { // both sides
            Lin right = r.nextBoolean() ? atom(r, x) : plus(atom(r, x), constant(Rational.ZERO.add(smallConstant(r))));
            if (right.a().equals(left.a())) throw new IllegalArgumentException("no single solution");
            Rational fix = right.at(s).subtract(left.at(s));
            Lin l2 = fix.isZero() ? left : plus(left, constant(fix));
            return l2.text() + " = " + right.text();
        }
        String value = LinearFamilies.decimal(left.at(s));
        return where == 1 ? value + " = " + left.text() : left.text() + " = " + value;
    }

    /** a x² + c = d, a x² = d, x² = d with a surd answer, the squared term on the right. */
    static String squareRoot(SplittableRandom r, String x) {
        if (r.nextInt(5) < 2) return squareRootMore(r, x);
        int a = NumberWriting.pick(r, List.of(1, 2, 3, 4, 5, 9)), k = NumberWriting.between(r, 1, 15),
                c = NumberWriting.nonZero(r, -30, 30);
        String sq = (a == 1 ? "" : "" + a) + x + "^2";
        long d = (long) a * k * k + c;
        return switch (r.nextInt(5)) {
            case 0 -> d + " = " + sq + NumberWriting.plusTerm("" + c);
            case 1 -> sq + " = " + (long) a * k * k;
            case 2 -> x + "^2 = " + NumberWriting.pick(r, List.of(2, 3, 5, 7, 8, 12, 18, 20, 50));
            case 3 -> sq + NumberWriting.plusTerm("" + c) + " = " + d;
            default -> sq + " - " + (long) a * k * k + " = 0";
        };
    }

    /**
     * Like terms that textbooks set and the shapes above rarely or never wrote (session 12): fractions of a letter
     * (x/2 + x/3, 2a/3 - a/6), a kind of term that cancels (2m - 6n + m + 4n - 3m), a number before a bracket taken away
     * (6 - 2(k + 3) + 5k), and a letter written both ways round (4ab + 3ba - 2ab).
     */
    static String simplifyMore(SplittableRandom r, String x, String y) {
        return switch (r.nextInt(4)) {
            case 0 -> {
                int d1 = NumberWriting.between(r, 2, 6), d2 = NumberWriting.between(r, 2, 8);
                if (d2 == d1) d2 = d1 + 1;
                int n1 = NumberWriting.between(r, 1, d1 - 1), n2 = NumberWriting.between(r, 1, 3);
                String t1 = (n1 == 1 ? "" : "" + n1) + x + "/" + d1, t2 = (n2 == 1 ? "" : "" + n2) + x + "/" + d2;
                String two = t1 + (r.nextInt(3) == 0 ? " - " : " + ") + t2;
                yield r.nextInt(4) == 0
                        ? two + NumberWriting.plusTerm(NumberWriting.term(Rational.of(NumberWriting.nonZero(r, -3, 3)), x))
                        : two;
            }
            case 1 -> {
                int a = NumberWriting.between(r, 1, 6), b = NumberWriting.between(r, 1, 6), c = NumberWriting.nonZero(r, -9, 9),
                        d = NumberWriting.nonZero(r, -9, 9);
                // a x + b x - (a + b) x cancels; the y-terms are left
                List<String> terms = new ArrayList<>(List.of(NumberWriting.term(Rational.of(a), x),
                        NumberWriting.term(Rational.of(c), y), NumberWriting.term(Rational.of(b), x),
                        NumberWriting.term(Rational.of(d), y), NumberWriting.term(Rational.of(-(a + b)), x)));
                if (c + d == 0) terms.add(NumberWriting.between(r, 1, 9) + "");
                StringBuilder sb = new StringBuilder(terms.get(0));
                for (String t : terms.subList(1, terms.size())) sb.append(NumberWriting.plusTerm(t));
                yield sb.toString();
            }
            case 2 -> {
                int n = NumberWriting.between(r, 2, 20), k = NumberWriting.between(r, 2, 6), p = NumberWriting.nonZero(r, -9, 9),
                        m = NumberWriting.nonZero(r, -9, 9);
                yield n + " - " + k + "(" + NumberWriting.linear(Rational.ONE, Rational.of(p), x) + ")"
                        + NumberWriting.plusTerm(NumberWriting.term(Rational.of(m), x));
            }
            default -> {
                int a = NumberWriting.between(r, 1, 9), b = NumberWriting.between(r, 1, 9), c = NumberWriting.nonZero(r, -9, 9);
                yield NumberWriting.term(Rational.of(a), x + y) + " + " + NumberWriting.term(Rational.of(b), y + x)
                        + NumberWriting.plusTerm(NumberWriting.term(Rational.of(c), x + y));
            }
        };
    }

    /**
     * Square-root equations as textbooks also set them (session 12): a square of a bracket, (x - 2)^2 = 25,
     * 2(x + 1)^2 = 18, (2x - 1)^2 = 9, (x + 4)^2 - 7 = 29, and answers that are fractions, 4x^2 = 9 and x^2/4 = 25.
     */
    static String squareRootMore(SplittableRandom r, String x) {
        int p = NumberWriting.nonZero(r, -9, 9), q = NumberWriting.between(r, 1, 12);
        String inside = x + (p < 0 ? " - " + -p : " + " + p);
        return switch (r.nextInt(7)) {
            case 0, 1 -> r.nextInt(4) == 0 ? q * q + " = (" + inside + ")^2" : "(" + inside + ")^2 = " + q * q;
            case 2 -> {
                int k = NumberWriting.between(r, 2, 5);
                yield k + "(" + inside + ")^2 = " + k * q * q;
            }
            case 3 -> {
                int a = NumberWriting.between(r, 2, 3);
                yield "(" + a + inside + ")^2 = " + q * q;
            }
            case 4 -> {
                int c = NumberWriting.nonZero(r, -20, 20);
                yield "(" + inside + ")^2" + NumberWriting.plusTerm("" + c) + " = " + (q * q + c);
            }
            case 5 -> { // 4x^2 = 9, 25y^2 = 16: the square root of a fraction
                int num = NumberWriting.between(r, 1, 9), den = NumberWriting.between(r, 2, 7);
                if (java.math.BigInteger.valueOf(num).gcd(java.math.BigInteger.valueOf(den)).intValue() != 1) num = 1;
                yield den * den + x + "^2 = " + num * num;
            }
            default -> { // x^2/4 = 25
                int k = NumberWriting.pick(r, List.of(2, 3, 4, 5, 9)), t = NumberWriting.between(r, 1, 6);
                yield x + "^2/" + k + " = " + k * t * t;
            }
        };
    }

    /** Non-monic with rational roots, terms on both sides, the bracket form x(x + p) = q. */
    static String factoring(SplittableRandom r, String x) {
        int p = r.nextInt(3) == 0 ? NumberWriting.between(r, 2, 3) : 1, q = NumberWriting.nonZero(r, -10, 10),
                s = 1, t = NumberWriting.nonZero(r, -10, 10);
        long a = (long) p * s, b = (long) p * t + (long) q * s, c = (long) q * t;
        String quad = NumberWriting.term(Rational.of(a), x + "^2") + (b == 0
                ? ""
                : NumberWriting.plusTerm(NumberWriting.term(
                        Rational.of(b), x)));
        return switch (r.nextInt(4)) {
            case 0 -> quad + " = " + (-c);
            case 1 ->
                NumberWriting.term(Rational.of(a), x + "^2") + " = " + NumberWriting.linear(Rational.of(-b), Rational.of(-c), x);
            case 2 -> quad + NumberWriting.plusTerm("" + c) + " = 0";
            default -> "0 = " + quad + NumberWriting.plusTerm("" + c);
        };
    }

    /** Irrational roots, any leading coefficient, terms on both sides. */
    static String formula(SplittableRandom r, String x) {
        int a = NumberWriting.between(r, 1, 5), b = NumberWriting.nonZero(r, -11, 11), c = NumberWriting.nonZero(r, -12, 12);
        if ((long) b * b - 4L * a * c <= 0) throw new IllegalArgumentException("no real roots");
        String quad = NumberWriting.term(Rational.of(a), x + "^2")
                + NumberWriting.plusTerm(NumberWriting.term(Rational.of(b), x));
        return r.nextInt(3) == 0 ? quad + " = " + (-c) : quad + NumberWriting.plusTerm("" + c) + " = 0";
    }

    // ---- derivatives ------------------------------------------------------------------------------------------

    /** 2 to 5 terms, fractional coefficients, negative and fractional powers, no constant or any constant. */
    static String powerRule(SplittableRandom r, String x) {
        return powerRule(r).replace("x", x);
    }

    static String powerRule(SplittableRandom r) {
        if (r.nextInt(5) == 0) return oneTerm(r);
        if (r.nextInt(4) == 0) {
            int p = NumberWriting.between(r, 2, 6), k = NumberWriting.between(r, 2, 6), c = NumberWriting.nonZero(r, -12, 12);
            return switch (r.nextInt(4)) {
                case 0 -> "x^" + p + "/" + k + NumberWriting.plusTerm(NumberWriting.term(Rational.of(c), "x^2"));
                case 1 ->
                    LinearFamilies.decimal(Rational.of(NumberWriting.between(r, 1, 99), 10)) + "x^2" + NumberWriting.plusTerm(
                            NumberWriting.term(Rational.of(c), "x"));
                case 2 -> NumberWriting.between(r, 2, 9) + "√x" + NumberWriting.plusTerm(NumberWriting.term(Rational.of(c), "x"));
                default -> k + "/x^" + NumberWriting.between(r, 1, 3) + NumberWriting.plusTerm(NumberWriting.term(Rational.of(c),
                        "x^" + p));
            };
        }
        int n = NumberWriting.between(r, 2, 5);
        List<Integer> powers = new ArrayList<>(List.of(7, 6, 5, 4, 3, 2, 1, 0, -1, -2));
        StringBuilder sb = new StringBuilder();
        int used = 0;
        for (int p : powers) {
            if (used == n) break;
            if (r.nextInt(3) != 0) continue;
            Rational c = r.nextInt(6) == 0
                    ? Rational.of(NumberWriting.nonZero(r, -5, 5), NumberWriting.between(r, 2, 4))
                    : Rational.of(NumberWriting.nonZero(r, -12, 12));
            String t = switch (p) {
                case 0 -> c.toString();
                case 1 -> NumberWriting.term(c, "x");
                case -1 -> c + "/x";
                case -2 -> c + "/x^2";
                default -> c.isOne()
                        ? "x^" + p
                        : c.equals(Rational.MINUS_ONE)
                                ? "-x^" + p
                                : (c.isInteger()
                                        ? c + "x^" + p
                                        : "(" + c + ")x^" + p);
            };
            sb.append(used == 0 ? t : NumberWriting.plusTerm(t));
            used++;
        }
        if (used < 2) throw new IllegalArgumentException("too short");
        return sb.toString();
    }

    /**
     * One term, as textbooks start the power rule: x^6, 5x^3, -4x, x^(3/2), 3√x, 2/x (session 19: the corpus always
     * had two terms or more, and 2.10.0 differentiated t^6 by the product rule with e^t).
     */
    static String oneTerm(SplittableRandom r) {
        int n = NumberWriting.between(r, 2, 9), k = NumberWriting.nonZero(r, -9, 12);
        String c = k == 1 ? "" : k == -1 ? "-" : Integer.toString(k);
        return switch (r.nextInt(6)) {
            case 0, 1 -> c + "x^" + n;
            case 2 -> c + "x";
            case 3 -> "x^(" + NumberWriting.pick(r, List.of("3/2", "1/2", "5/2", "2/3", "1/3")) + ")";
            case 4 -> NumberWriting.between(r, 2, 9) + "√x";
            default -> NumberWriting.between(r, 1, 9) + "/x" + (r.nextBoolean() ? "" : "^" + NumberWriting.between(r, 2, 3));
        };
    }

    static String chainRule(SplittableRandom r, String x) {
        return chainRule(r).replace("x", x);
    }

    static String chainRule(SplittableRandom r) {
        int a = NumberWriting.nonZero(r, -5, 6), b = NumberWriting.nonZero(r, -9, 9), n = NumberWriting.between(r, 2, 8);
        if (a == 1) a = 2;
        String in = NumberWriting.linear(Rational.of(a), Rational.of(b), "x");
        if (r.nextBoolean()) {
            String ax = NumberWriting.term(Rational.of(a), "x");
            String first = b + " - " + NumberWriting.term(Rational.of(Math.abs(a)), "x");
            return switch (r.nextInt(6)) {
                case 0 -> "sin(" + ax + ")";
                case 1 -> "cos(" + ax + ")";
                case 2 -> "e^(" + ax + ")";
                case 3 -> "(" + first + ")^" + n;
                case 4 -> "√(" + NumberWriting.linear(Rational.of(Math.abs(a)), Rational.of(Math.abs(b)), "x") + ")";
                default -> NumberWriting.pick(r, List.of("sin", "cos", "e^")) + "(x^2" + NumberWriting.plusTerm("" + b) + ")";
            };
        }
        return switch (r.nextInt(7)) {
            case 0, 1 -> "(" + in + ")^" + n;
            case 2 -> "sin(" + in + ")";
            case 3 -> "cos(" + in + ")";
            case 4 -> "e^(" + in + ")";
            case 5 -> NumberWriting.between(r, 2, 6) + "(" + in + ")^" + n;
            default -> "(x^2" + NumberWriting.plusTerm("" + b) + ")^" + n;
        };
    }

    static String productRule(SplittableRandom r, String x) {
        return productRule(r).replace("x", x);
    }

    static String productRule(SplittableRandom r) {
        int n = NumberWriting.between(r, 1, 5), a = NumberWriting.between(r, 2, 5), b = NumberWriting.nonZero(r, -9, 9);
        String xn = n == 1 ? "x" : "x^" + n;
        if (r.nextInt(3) == 0) {
            return switch (r.nextInt(3)) {
                case 0 -> xn + " " + NumberWriting.pick(r, List.of("sin(x)", "cos(x)", "e^x", "ln(x)"));
                case 1 -> a + xn + " e^x";
                default -> "(x^2" + NumberWriting.plusTerm("" + b) + ") " + NumberWriting.pick(r, List.of("e^x", "sin(x)",
                        "cos(x)"));
            };
        }
        return switch (r.nextInt(6)) {
            case 0 -> xn + " sin(" + a + "x)";
            case 1 -> xn + " cos(" + a + "x)";
            case 2 -> xn + " e^(" + a + "x)";
            case 3 -> "(" + NumberWriting.linear(Rational.ONE, Rational.of(b), "x") + ") e^x";
            case 4 -> xn + " ln(x)";
            default -> "(" + NumberWriting.linear(Rational.of(a), Rational.of(b), "x") + ") sin(x)";
        };
    }

    // ---- systems ----------------------------------------------------------------------------------------------

    private static String row(Rational a, Rational b, Rational c, String x, String y, int layout) {
        String ax = NumberWriting.term(a, x), by = NumberWriting.term(b, y);
        return switch (layout) {
            case 0 -> ax + NumberWriting.plusTerm(by) + " = " + c;
            case 1 -> ax + " = " + NumberWriting.linear(b.negate(), c, y);
            default -> c + " = " + ax + NumberWriting.plusTerm(by);
        };
    }

    /** Any coefficients (negative, larger), answers that can be fractions, equations in any arrangement. */
    static String system(SplittableRandom r, String x) {
        String y = other(x);
        if (y.compareTo(x) < 0) {
            String t = x;
            x = y;
            y = t;
        }
        Rational sx = Rational.of(NumberWriting.nonZero(r, -9, 12)), sy = Rational.of(NumberWriting.nonZero(r, -9, 12));
        if (r.nextInt(5) == 0) sx = Rational.of(NumberWriting.nonZero(r, -9, 9), 2);
        if (r.nextInt(6) == 0) sy = Rational.of(NumberWriting.nonZero(r, -9, 9), 2);
        Rational a1 = Rational.of(r.nextInt(4) == 0 ? 1 : NumberWriting.nonZero(r, -7, 9)),
                b1 = Rational.of(r.nextInt(4) == 0 ? NumberWriting.pick(r, List.of(1, -1)) : NumberWriting.nonZero(r, -7, 9)),
                a2 = Rational.of(NumberWriting.nonZero(r, -7, 9)), b2 = Rational.of(NumberWriting.nonZero(r, -7, 9));
        Rational c1 = a1.multiply(sx).add(b1.multiply(sy)), c2 = a2.multiply(sx).add(b2.multiply(sy));
        return row(a1, b1, c1, x, y, r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0) + "; " + row(a2, b2, c2, x, y,
                r.nextInt(4) == 0 ? 2 : 0);
    }

    /** One equation gives a letter alone (y = m x + c, or x = …), the other in any arrangement. */
    static String substitutionSystem(SplittableRandom r, String x) {
        String y = other(x);
        if (y.compareTo(x) < 0) {
            String t = x;
            x = y;
            y = t;
        }
        Rational sx = Rational.of(NumberWriting.nonZero(r, -9, 12)), sy = Rational.of(NumberWriting.nonZero(r, -9, 12));
        Rational m = Rational.of(NumberWriting.nonZero(r, -6, 6));
        String alone = r.nextBoolean()
                ? y + " = " + NumberWriting.linear(m, sy.subtract(m.multiply(sx)), x)
                : x + " = " + NumberWriting.linear(m, sx.subtract(m.multiply(sy)), y);
        Rational a = Rational.of(NumberWriting.nonZero(r, -7, 9)), b = Rational.of(NumberWriting.nonZero(r, -7, 9));
        String other = row(a, b, a.multiply(sx).add(b.multiply(sy)), x, y, r.nextInt(3) == 0 ? 2 : 0);
        return r.nextBoolean() ? alone + "; " + other : other + "; " + alone;
    }
}
