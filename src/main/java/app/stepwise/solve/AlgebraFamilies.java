package app.stepwise.solve;

import app.stepwise.lesson.Task;
import app.stepwise.math.Rational;
import app.stepwise.text.Message;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Rearranging formulas, simplifying, expanding, factorising, exponent rules, derivatives. */
final class AlgebraFamilies {
    private AlgebraFamilies() {}

    static List<Family> all() {
        return List.of(new Rearrange(), new Simplify(), new Expand(), new Factorise(), new Exponents(),
                new Derivatives("derivative-power-rule", List.of("derivatives", "power-rule"), 0),
                new Derivatives("derivative-product-rule", List.of("derivatives", "product-rule"), 1),
                new Derivatives("derivative-chain-rule", List.of("derivatives", "chain-rule"), 2));
    }

    /** Formulas and the steps that make each symbol the subject. */
    record Rearrangement(String formula, String subject, List<String[]> steps) {}

    static final List<Rearrangement> FORMULAS = List.of(
            r("v = u + a t", "a", "Subtract u from both sides.", "v - u = a t", "Divide both sides by t.", "a = (v - u)/t"),
            r("v = u + a t", "t", "Subtract u from both sides.", "v - u = a t", "Divide both sides by a.", "t = (v - u)/a"),
            r("v = u + a t", "u", "Subtract a t from both sides.", "u = v - a t"),
            r("F = m a", "a", "Divide both sides by m.", "a = F/m"),
            r("F = m a", "m", "Divide both sides by a.", "m = F/a"),
            r("V = I R", "R", "Divide both sides by I.", "R = V/I"),
            r("V = I R", "I", "Divide both sides by R.", "I = V/R"),
            r("P = V I", "I", "Divide both sides by V.", "I = P/V"),
            r("ρ = m/V", "m", "Multiply both sides by V.", "m = ρ V"),
            r("ρ = m/V", "V", "Multiply both sides by V.", "ρ V = m", "Divide both sides by ρ.", "V = m/ρ"),
            r("s = d/t", "d", "Multiply both sides by t.", "d = s t"),
            r("s = d/t", "t", "Multiply both sides by t.", "s t = d", "Divide both sides by s.", "t = d/s"),
            r("E = m g h", "h", "Divide both sides by m g.", "h = E/(m g)"),
            r("y = m x + c", "x", "Subtract c from both sides.", "y - c = m x", "Divide both sides by m.", "x = (y - c)/m"),
            r("y = m x + c", "c", "Subtract m x from both sides.", "c = y - m x"),
            r("A = l w", "w", "Divide both sides by l.", "w = A/l"),
            r("P = 2l + 2w", "l", "Subtract 2w from both sides.", "P - 2w = 2l", "Divide both sides by 2.", "l = (P - 2w)/2"),
            r("E = 1/2 × m v^2", "m", "Multiply both sides by 2.", "2E = m v^2", "Divide both sides by v^2.", "m = 2E/v^2"),
            r("p = F/A", "F", "Multiply both sides by A.", "F = p A"),
            r("W = F d", "d", "Divide both sides by F.", "d = W/F"),
            r("v = f λ", "f", "Divide both sides by λ.", "f = v/λ"),
            r("Q = m c T", "c", "Divide both sides by m T.", "c = Q/(m T)"),
            // session 17: more textbook and science formulas (2.10.0 got 2 of 6 outside rearranging problems right)
            r("C = 2π r", "r", "Divide both sides by 2π.", "r = C/(2π)"),
            r("P = I^2 R", "R", "Divide both sides by I^2.", "R = P/I^2"),
            r("E = P t", "t", "Divide both sides by P.", "t = E/P"),
            r("Q = I t", "I", "Divide both sides by t.", "I = Q/t"),
            r("W = m g", "m", "Divide both sides by g.", "m = W/g"),
            r("F = k x", "x", "Divide both sides by k.", "x = F/k"),
            r("y = m x + c", "m", "Subtract c from both sides.", "y - c = m x", "Divide both sides by x.", "m = (y - c)/x"),
            r("P = 2(l + w)", "w", "Divide both sides by 2.", "P/2 = l + w", "Subtract l from both sides.", "w = P/2 - l"),
            r("a = (v - u)/t", "t", "Multiply both sides by t.", "a t = v - u", "Divide both sides by a.", "t = (v - u)/a"),
            r("V = 1/3 × A h", "h", "Multiply both sides by 3.", "3V = A h", "Divide both sides by A.", "h = 3V/A"));

    private static final java.util.regex.Pattern BOTH_SIDES = java.util.regex.Pattern
            .compile("(Subtract|Multiply|Divide) (?:both sides by )?(.+?)(?: from both sides)?\\.");

    /** A rearranging step of the table ("Divide both sides by m g.") as a message. */
    static Message bothSides(String text) {
        var m = BOTH_SIDES.matcher(text);
        if (!m.matches()) return Message.verbatim(text);
        Message said = Message.of(switch (m.group(1)) {
            case "Subtract" -> "step.subtractBoth";
            case "Multiply" -> "step.multiplyBoth";
            default -> "step.divideBoth";
        }, m.group(2));
        return said.english().equals(text) ? said : Message.verbatim(text);
    }

    private static Rearrangement r(String formula, String subject, String... textAndMath) {
        List<String[]> steps = new ArrayList<>();
        for (int i = 0; i < textAndMath.length; i += 2) steps.add(new String[]{textAndMath[i], textAndMath[i + 1]});
        return new Rearrangement(formula, subject, steps);
    }

    static final class Rearrange extends FamilyBase {
        Rearrange() {
            super("rearrange-formula", "math", List.of("rearranging-formulas", "changing-the-subject"), Frames.REARRANGE);
        }

        @Override
        public Map<String, String> sample(SplittableRandom r) {
            Rearrangement f = NumberWriting.pick(r, FORMULAS);
            return Map.of("formula", f.formula(), "subject", f.subject());
        }

        @Override
        public Worked solve(Map<String, String> p, int wording) {
            Rearrangement f = FORMULAS.stream()
                    .filter(x -> x.formula().equals(p.get("formula")) && x.subject().equals(p.get("subject"))).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "no rearrangement of " + p.get("formula") + " for " + p.get("subject")));
            List<Step> steps = f.steps().stream().map(s -> new Step(bothSides(s[0]), s[1], "rearrange")).toList();
            return worked(word(wording, Map.of("s", f.subject(), "f", f.formula())), Task.SOLVE, f.formula(), steps,
                    steps.get(steps.size() - 1).math(), "equation", p, wording);
        }
    }

    static final List<String> SIMPLIFY = Frames.SIMPLIFY;

    /** a x + b + c x + d, and k(x + p) + m x. */
    static final class Simplify extends FamilyBase {
        Simplify() {
            super("simplify-expression", "math", List.of("collecting-terms", "expanding-brackets"), SIMPLIFY);
        }

        @Override
        public Map<String, String> sample(SplittableRandom r) {
            String x = r.nextInt(4) == 0 ? "y" : "x";
            int a = NumberWriting.nonZero(r, -6, 9), b = NumberWriting.nonZero(r, -12, 12), c = NumberWriting.nonZero(r, -6, 9),
                    d = NumberWriting.nonZero(r, -12, 12);
            if (r.nextBoolean()) return Map.of("kind", "collect", "a", "" + a, "b", "" + b, "c", "" + c, "d", "" + d, "x", x);
            return Map.of("kind", "bracket", "a", "" + (a == 1 ? 2 : a), "b", "" + b, "c", "" + c, "d", "" + d, "x", x);
        }

        @Override
        public Worked solve(Map<String, String> p, int wording) {
            String x = p.getOrDefault("x", "x");
            Rational a = NumberWriting.parseRational(p.get("a")), b = NumberWriting.parseRational(p.get("b")),
                    c = NumberWriting.parseRational(p.get("c")), d = NumberWriting.parseRational(p.get("d"));
            List<Step> steps = new ArrayList<>();
            String e;
            if (p.get("kind").equals("collect")) {
                e = NumberWriting.linear(a, b, x) + NumberWriting.plusTerm(NumberWriting.term(c, x))
                        + NumberWriting.plusTerm(d.toString());
                String grouped = NumberWriting.term(a, x) + NumberWriting.plusTerm(NumberWriting.term(c, x))
                        + NumberWriting.plusTerm(b.toString())
                        + NumberWriting.plusTerm(d.toString());
                steps.add(new Step(Message.of("step.groupTermsNumbers", x), grouped, "group"));
                steps.add(new Step(Message.of("step.addLikeTerms"), NumberWriting.linear(a.add(c), b.add(d), x), "collect"));
            } else {
                e = a + "(" + NumberWriting.linear(Rational.ONE, b, x) + ")" + NumberWriting.plusTerm(NumberWriting.term(c, x));
                String expanded = NumberWriting.linear(a, a.multiply(b), x) + NumberWriting.plusTerm(NumberWriting.term(c, x));
                steps.add(new Step(Message.of("step.multiplyOutBracket", a.toString()), expanded, "expand"));
                steps.add(new Step(Message.of("step.collectTerms", x), NumberWriting.linear(a.add(c), a.multiply(b), x),
                        "collect"));
                d = Rational.ZERO;
            }
            Map<String, String> params = new LinkedHashMap<>(p);
            return worked(word(wording, Map.of("e", e)), Task.SIMPLIFY, e, steps, steps.get(steps.size() - 1).math(),
                    "expression",
                    params, wording);
        }
    }

    /** (x + a)(x + b), (x + a)², (x + a)(x - a), k(ax + b). */
    static final class Expand extends FamilyBase {
        Expand() {
            super("expand-brackets", "math", List.of("expanding-brackets", "special-products"), Frames.EXPAND);
        }

        @Override
        public Map<String, String> sample(SplittableRandom r) {
            int a = NumberWriting.nonZero(r, -9, 9), b = NumberWriting.nonZero(r, -9, 9);
            String kind = NumberWriting.pick(r, List.of("product", "product", "square", "difference"));
            return Map.of("kind", kind, "a", "" + a, "b", "" + b);
        }

        @Override
        public Worked solve(Map<String, String> p, int wording) {
            long a = NumberWriting.parseWhole(p.get("a")), b = NumberWriting.parseWhole(p.get("b"));
            String kind = p.get("kind");
            String fa = NumberWriting.linear(Rational.ONE, Rational.of(a), "x");
            String e;
            List<Step> steps = new ArrayList<>();
            switch (kind) {
                case "square" -> {
                    e = "(" + fa + ")^2";
                    steps.add(new Step(Message.of("step.squareAsProduct"), "(" + fa + ")(" + fa + ")", "square-as-product"));
                    steps.add(new Step(Message.of("step.eachTermEachTerm"),
                            "x^2" + NumberWriting.plusTerm(a + "x") + NumberWriting.plusTerm(a + "x")
                                    + NumberWriting.plusTerm("" + a * a),
                            "expand"));
                    steps.add(new Step(Message.of("step.collectSquare"),
                            "x^2" + NumberWriting.plusTerm(2 * a + "x") + NumberWriting.plusTerm("" + a * a), "collect"));
                }
                case "difference" -> {
                    long k = Math.abs(a);
                    e = "(x + " + k + ")(x - " + k + ")";
                    steps.add(new Step(Message.of("step.eachTermEachTerm"),
                            "x^2 - " + k + "x + " + k + "x - " + k * k, "expand"));
                    steps.add(new Step(Message.of("step.middleCancel"), "x^2 - " + k * k, "collect"));
                }
                default -> {
                    String fb = NumberWriting.linear(Rational.ONE, Rational.of(b), "x");
                    e = "(" + fa + ")(" + fb + ")";
                    steps.add(new Step(Message.of("step.eachTermEachTerm"),
                            "x^2" + NumberWriting.plusTerm(b + "x") + NumberWriting.plusTerm(a + "x")
                                    + NumberWriting.plusTerm("" + a * b),
                            "expand"));
                    String collected = "x^2"
                            + (a + b == 0 ? "" : NumberWriting.plusTerm(NumberWriting.term(Rational.of(a + b), "x")))
                            + NumberWriting.plusTerm("" + a * b);
                    steps.add(new Step(Message.of("step.collect"), collected, "collect"));
                }
            }
            return worked(word(wording, Map.of("e", e)), Task.EXPAND, e, steps, steps.get(steps.size() - 1).math(), "expression",
                    p,
                    wording);
        }
    }

    /** x² + (p+q)x + pq = (x + p)(x + q), and common factors k(ax + b). */
    static final class Factorise extends FamilyBase {
        Factorise() {
            super("factorise-quadratic", "math", List.of("factorising", "quadratics"), Frames.FACTOR);
        }

        @Override
        public Map<String, String> sample(SplittableRandom r) {
            if (r.nextInt(4) == 0)
                return Map.of("kind", "common", "k", "" + NumberWriting.between(r, 2, 9), "a",
                        "" + NumberWriting.between(r, 1, 7), "b",
                        "" + NumberWriting.nonZero(r, -9, 9));
            int p = NumberWriting.nonZero(r, -9, 9), q = NumberWriting.nonZero(r, -9, 9);
            return Map.of("kind", "quadratic", "p", "" + p, "q", "" + q);
        }

        @Override
        public Worked solve(Map<String, String> params, int wording) {
            List<Step> steps = new ArrayList<>();
            String e;
            if (params.get("kind").equals("common")) {
                long k = NumberWriting.parseWhole(params.get("k")), a = NumberWriting.parseWhole(params.get("a")),
                        b = NumberWriting.parseWhole(params.get("b"));
                if (BigInteger.valueOf(a).gcd(BigInteger.valueOf(b)).longValue() != 1)
                    b = b > 0 ? b + 1 : b - 1;
                if (BigInteger.valueOf(a).gcd(BigInteger.valueOf(b)).longValue() != 1) a = 1;
                e = NumberWriting.linear(Rational.of(k * a), Rational.of(k * b), "x");
                steps.add(new Step(Message.of("step.bothTermsFactor", String.valueOf(k)), k + " × "
                        + NumberWriting.term(Rational.of(a), "x") + " "
                        + (b < 0 ? "- " + k + " × " + (-b) : "+ " + k + " × " + b),
                        "find-common-factor"));
                steps.add(new Step(Message.of("step.takeOutside", String.valueOf(k)),
                        k + "(" + NumberWriting.linear(Rational.of(a), Rational.of(b), "x") + ")", "factor-out"));
            } else {
                long p = NumberWriting.parseWhole(params.get("p")), q = NumberWriting.parseWhole(params.get("q"));
                e = "x^2" + (p + q == 0 ? "" : NumberWriting.plusTerm(NumberWriting.term(Rational.of(p + q), "x")))
                        + NumberWriting.plusTerm("" + p * q);
                steps.add(new Step(
                        Message.of("step.twoNumbers", String.valueOf(p * q), String.valueOf(p + q), String.valueOf(p),
                                String.valueOf(q)),
                        "x^2" + NumberWriting.plusTerm(p + "x") + NumberWriting.plusTerm(q + "x")
                                + NumberWriting.plusTerm("" + p * q),
                        "split-middle-term"));
                steps.add(new Step(Message.of("step.twoBrackets"),
                        "(" + NumberWriting.linear(Rational.ONE, Rational.of(p), "x")
                                + ")(" + NumberWriting.linear(Rational.ONE, Rational.of(q), "x") + ")",
                        "factor"));
            }
            return worked(word(wording, Map.of("e", e)), Task.FACTOR, e, steps, steps.get(steps.size() - 1).math(), "expression",
                    params, wording);
        }
    }

    static final class Exponents extends FamilyBase {
        Exponents() {
            super("exponent-rules", "math", List.of("indices", "exponent-rules"), SIMPLIFY);
        }

        @Override
        public Map<String, String> sample(SplittableRandom r) {
            return Map.of("kind", NumberWriting.pick(r, List.of("multiply", "divide", "power", "coefficients")), "m",
                    "" + NumberWriting.between(r, 2, 9), "n", "" + NumberWriting.between(r, 2, 8),
                    "a", "" + NumberWriting.between(r, 2, 6), "b", "" + NumberWriting.between(r, 2, 6), "x",
                    NumberWriting.pick(r, List.of("x", "x", "a", "y")));
        }

        @Override
        public Worked solve(Map<String, String> p, int wording) {
            long m = NumberWriting.parseWhole(p.get("m")), n = NumberWriting.parseWhole(p.get("n")),
                    a = NumberWriting.parseWhole(p.get("a")), b = NumberWriting.parseWhole(p.get("b"));
            String x = p.getOrDefault("x", "x");
            String e;
            List<Step> steps = new ArrayList<>();
            switch (p.get("kind")) {
                case "multiply" -> {
                    e = x + "^" + m + " × " + x + "^" + n;
                    steps.add(new Step(Message.of("step.addExponents"),
                            x + "^(" + m + " + " + n + ")", "add-exponents"));
                    steps.add(new Step(Message.of("step.add"), x + "^" + (m + n), "add"));
                }
                case "divide" -> {
                    long big = m + n;
                    e = x + "^" + big + " ÷ " + x + "^" + n;
                    steps.add(new Step(Message.of("step.subtractExponents"),
                            x + "^(" + big + " - " + n + ")", "subtract-exponents"));
                    steps.add(new Step(Message.of("step.subtract"), x + "^" + m, "subtract"));
                }
                case "power" -> {
                    e = "(" + x + "^" + m + ")^" + n;
                    steps.add(new Step(Message.of("step.multiplyExponents"), x + "^(" + m + " × " + n + ")",
                            "multiply-exponents"));
                    steps.add(new Step(Message.of("step.multiply"), x + "^" + (m * n), "multiply"));
                }
                default -> {
                    e = a + x + "^" + m + " × " + b + x + "^" + n;
                    steps.add(new Step(Message.of("step.numbersAndExponents", x),
                            a + " × " + b + " × " + x + "^(" + m + " + " + n + ")", "add-exponents"));
                    steps.add(new Step(Message.of("step.workOutBoth"), (a * b) + x + "^" + (m + n), "multiply"));
                }
            }
            return worked(word(wording, Map.of("e", e)), Task.SIMPLIFY, e, steps, steps.get(steps.size() - 1).math(),
                    "expression",
                    p, wording);
        }
    }

    static final List<String> DIFFERENTIATE = Frames.DIFFERENTIATE;

    /** kind 0: polynomial term by term; 1: product x^n · sin/cos/e^x; 2: chain (ax + b)^n, sin(ax), e^(ax). */
    static final class Derivatives extends FamilyBase {
        private final int kind;

        Derivatives(String name, List<String> skills, int kind) {
            super(name, "math", skills, DIFFERENTIATE);
            this.kind = kind;
        }

        @Override
        public Map<String, String> sample(SplittableRandom r) {
            return Map.of("a", "" + NumberWriting.nonZero(r, -6, 9), "b", "" + NumberWriting.nonZero(r, -9, 9), "c",
                    "" + NumberWriting.nonZero(r, -9, 9),
                    "n", "" + NumberWriting.between(r, 2, 6), "m", "" + NumberWriting.between(r, 2, 4), "fn",
                    NumberWriting.pick(r, List.of("sin", "cos", "e")));
        }

        @Override
        public Worked solve(Map<String, String> p, int wording) {
            long a = NumberWriting.parseWhole(p.get("a")), b = NumberWriting.parseWhole(p.get("b")),
                    c = NumberWriting.parseWhole(p.get("c")), n = NumberWriting.parseWhole(p.get("n")),
                    m = NumberWriting.parseWhole(p.get("m"));
            String fn = p.get("fn");
            String f;
            List<Step> steps = new ArrayList<>();
            switch (kind) {
                case 0 -> {
                    if (m >= n) m = n - 1;
                    f = a + "x^" + n + NumberWriting.plusTerm(b + power("x", m)) + NumberWriting.plusTerm(c + "x") + " + 7";
                    String rule = a + " × " + n + power("x", n - 1) + NumberWriting.plusTerm(b + " × " + m + power("x", m - 1))
                            + NumberWriting.plusTerm("" + c);
                    steps.add(new Step(Message.of("step.powerRuleX"), rule, "power-rule"));
                    String low = (m - 1 == 0)
                            ? NumberWriting.plusTerm("" + (b * m + c))
                            : NumberWriting.plusTerm((b * m) + power("x", m - 1)) + NumberWriting.plusTerm("" + c);
                    steps.add(new Step(Message.of("step.multiplyNumbers"), (a * n) + power("x", n - 1) + low, "simplify"));
                }
                case 1 -> {
                    String g = fn.equals("e") ? "e^x" : fn + "(x)";
                    String dg = fn.equals("sin") ? "cos(x)" : fn.equals("cos") ? "(-sin(x))" : "e^x";
                    f = "x^" + n + " " + g;
                    String rule = n + power("x", n - 1) + " " + g + " + x^" + n + " " + dg;
                    steps.add(new Step(Message.of("step.productRuleShort", "x^" + n, g), rule, "product-rule"));
                    // a tidy step only where it changes the line: the sign of -sin, or the common factor of e^x
                    if (fn.equals("cos"))
                        steps.add(new Step(Message.of("step.tidySigns"),
                                n + power("x", n - 1) + " cos(x) - x^" + n + " sin(x)", "simplify"));
                    if (fn.equals("e"))
                        steps.add(new Step(Message.of("step.takeOutCommon"),
                                (n == 2 ? "x" : "x^" + (n - 1)) + " e^x (" + n + " + x)", "simplify"));
                }
                default -> {
                    long k = Math.abs(a) == 1 ? 2 : a;
                    String inner = NumberWriting.linear(Rational.of(k), Rational.of(b), "x");
                    f = "(" + inner + ")^" + n;
                    steps.add(new Step(Message.of("step.chainRuleShort", String.valueOf(k)),
                            n + power("(" + inner + ")", n - 1) + " × " + NumberWriting.paren(k), "chain-rule"));
                    steps.add(
                            new Step(Message.of("step.multiplyNumbers"), (n * k) + power("(" + inner + ")", n - 1), "simplify"));
                }
            }
            return worked(word(wording, Map.of("f", f)), Task.DIFFERENTIATE, f, steps, steps.get(steps.size() - 1).math(),
                    "expression", p, wording);
        }
    }

    /** x^k as a teacher writes it: nothing for k = 0, x for k = 1. */
    static String power(String x, long k) {
        return k == 0 ? "" : k == 1 ? x : x + "^" + k;
    }
}
