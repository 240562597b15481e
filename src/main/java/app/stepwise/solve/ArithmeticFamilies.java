package app.stepwise.solve;

import app.stepwise.lesson.Task;
import app.stepwise.math.Rational;
import app.stepwise.text.Message;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Integer arithmetic with the order of operations, fraction arithmetic, percentages. */
final class ArithmeticFamilies {
    private ArithmeticFamilies() {}

    static List<Family> all() {
        return List.of(new Integers(), new Fractions(), new Percentages());
    }

    static final List<String> CALCULATE = Frames.CALCULATE;

    /** a op1 b op2 c with the order of operations, or a × (b + c). */
    static final class Integers extends FamilyBase {
        Integers() {
            super("integer-arithmetic", "math", List.of("order-of-operations", "negative-numbers"), CALCULATE);
        }

        @Override
        public Map<String, String> sample(SplittableRandom r) {
            int a = NumberWriting.nonZero(r, -20, 30), b = NumberWriting.between(r, 2, 12), c = NumberWriting.nonZero(r, -12, 12);
            String e = switch (r.nextInt(4)) {
                case 0 -> a + " + " + b + " × " + NumberWriting.paren(c);
                case 1 -> a + " - " + b + " × " + NumberWriting.paren(c);
                case 2 -> b + " × (" + a + NumberWriting.plusTerm(Integer.toString(c)) + ")";
                default -> (a * b) + " ÷ " + b + NumberWriting.plusTerm(Integer.toString(c));
            };
            return Map.of("expression", e);
        }

        @Override
        public Worked solve(Map<String, String> p, int wording) {
            String e = p.get("expression");
            List<Step> steps = new ArrayList<>();
            Matcher m;
            if ((m = Pattern.compile("^(-?\\d+) ([+-]) (\\d+) × \\(?(-?\\d+)\\)?$").matcher(e)).matches()) {
                long a = NumberWriting.parseWhole(m.group(1)), b = NumberWriting.parseWhole(m.group(3)),
                        c = NumberWriting.parseWhole(m.group(4));
                long prod = b * c;
                String rest = a + " " + m.group(2) + " " + NumberWriting.paren(prod);
                steps.add(
                        new Step(Message.of("step.multiplyFirstly", b + " × " + NumberWriting.paren(c) + " = " + prod), rest,
                                "multiply"));
                long v = m.group(2).equals("+") ? a + prod : a - prod;
                steps.add(new Step(Message.of(m.group(2).equals("+") ? "step.thenAdd" : "step.thenSubtract"), rest + " = " + v,
                        m.group(2).equals("+") ? "add" : "subtract"));
                return worked(word(wording, Map.of("e", e)), Task.EVALUATE, e, steps, Long.toString(v), "numeric", p, wording);
            }
            if ((m = Pattern.compile("^(\\d+) × \\((-?\\d+) ([+-]) (\\d+)\\)$").matcher(e)).matches()) {
                long b = NumberWriting.parseWhole(m.group(1)), a = NumberWriting.parseWhole(m.group(2)),
                        c = NumberWriting.parseWhole(m.group(4));
                long in = m.group(3).equals("+") ? a + c : a - c;
                steps.add(new Step(Message.of("step.bracketsFirst"), b + " × " + NumberWriting.paren(in), "brackets"));
                steps.add(new Step(Message.of("step.thenMultiply"), b + " × " + NumberWriting.paren(in) + " = " + b * in,
                        "multiply"));
                return worked(word(wording, Map.of("e", e)), Task.EVALUATE, e, steps, Long.toString(b * in), "numeric", p,
                        wording);
            }
            if ((m = Pattern.compile("^(-?\\d+) ÷ (\\d+) ([+-]) (\\d+)$").matcher(e)).matches()) {
                long ab = NumberWriting.parseWhole(m.group(1)), b = NumberWriting.parseWhole(m.group(2)),
                        c = NumberWriting.parseWhole(m.group(4));
                long q = ab / b;
                String rest = q + " " + m.group(3) + " " + c;
                steps.add(new Step(Message.of("step.divideFirstly", ab + " ÷ " + b + " = " + q), rest, "divide"));
                long v = m.group(3).equals("+") ? q + c : q - c;
                steps.add(new Step(Message.of(m.group(3).equals("+") ? "step.thenAdd" : "step.thenSubtract"), rest + " = " + v,
                        m.group(3).equals("+") ? "add" : "subtract"));
                return worked(word(wording, Map.of("e", e)), Task.EVALUATE, e, steps, Long.toString(v), "numeric", p, wording);
            }
            throw new IllegalArgumentException("integer-arithmetic cannot solve " + e);
        }
    }

    /** a/b ± c/d and a/b × c/d, ÷. */
    static final class Fractions extends FamilyBase {
        Fractions() {
            super("fraction-arithmetic", "math", List.of("fractions", "common-denominators"), CALCULATE);
        }

        @Override
        public Map<String, String> sample(SplittableRandom r) {
            int b = NumberWriting.between(r, 2, 9), d = NumberWriting.between(r, 2, 9);
            int a = NumberWriting.between(r, 1, b + 3), c = NumberWriting.between(r, 1, d + 3);
            String op = NumberWriting.pick(r, List.of("+", "-", "+", "×", "÷"));
            return Map.of("expression",
                    op.equals("÷")
                            ? "(" + a + "/" + b + ") ÷ (" + c + "/" + d + ")"
                            : a + "/" + b + " " + op + " " + c + "/" + d);
        }

        @Override
        public Worked solve(Map<String, String> p, int wording) {
            String e = Shapes.asRead(p.get("expression")); // as the reader restates it (session 12)
            Matcher m = Pattern.compile("^\\(?(\\d+)/(\\d+)\\)? ([-+×÷]) \\(?(\\d+)/(\\d+)\\)?$")
                    .matcher(e);
            if (!m.matches()) throw new IllegalArgumentException("fraction-arithmetic cannot solve " + e);
            long a = NumberWriting.parseWhole(m.group(1)), b = NumberWriting.parseWhole(m.group(2)),
                    c = NumberWriting.parseWhole(m.group(4)), d = NumberWriting.parseWhole(m.group(5));
            String op = m.group(3);
            List<Step> steps = new ArrayList<>();
            Rational result;
            switch (op) {
                case "+", "-" -> {
                    long l = BigInteger.valueOf(b).multiply(BigInteger.valueOf(d))
                            .divide(BigInteger.valueOf(b).gcd(BigInteger.valueOf(d))).longValue();
                    long a2 = a * (l / b), c2 = c * (l / d);
                    String common = a2 + "/" + l + " " + op + " " + c2 + "/" + l;
                    if (l != b || l != d)
                        steps.add(new Step(Message.of("step.commonDenominatorOf", String.valueOf(l)), common,
                                "common-denominator"));
                    long top = op.equals("+") ? a2 + c2 : a2 - c2;
                    result = Rational.of(top, l);
                    steps.add(new Step(Message.of(op.equals("+") ? "step.addNumeratorsKeep" : "step.subtractNumeratorsKeep"),
                            common + " = " + top + "/" + l, op.equals("+") ? "add" : "subtract"));
                    if (!result.toString().equals(top + "/" + l))
                        steps.add(new Step(simplifying(top, l, result), top + "/" + l + " = " + result, "simplify"));
                }
                case "×" -> {
                    result = Rational.of(a * c, b * d);
                    steps.add(new Step(Message.of("step.numeratorsDenominators"), e + " = " + (a * c) + "/" + (b * d),
                            "multiply"));
                    if (!result.toString().equals((a * c) + "/" + (b * d)))
                        steps.add(new Step(simplifying(a * c, b * d, result), (a * c) + "/" + (b * d) + " = " + result,
                                "simplify"));
                }
                default -> {
                    String flipped = a + "/" + b + " × " + d + "/" + c;
                    steps.add(new Step(Message.of("step.reciprocal"), e + " = " + flipped,
                            "reciprocal"));
                    result = Rational.of(a * d, b * c);
                    steps.add(new Step(Message.of("step.numeratorsDenominators"), flipped + " = " + (a * d) + "/" + (b * c),
                            "multiply"));
                    if (!result.toString().equals((a * d) + "/" + (b * c)))
                        steps.add(new Step(simplifying(a * d, b * c, result), (a * d) + "/" + (b * c) + " = " + result,
                                "simplify"));
                }
            }
            return worked(word(wording, Map.of("e", e)), Task.EVALUATE, e, steps, result.toString(), "numeric", p, wording);
        }

        /**
         * "Simplify the fraction: 44 ÷ 4 = 11, 48 ÷ 4 = 12." when it stays a fraction (session 12, as the general solver
         * says it); a whole result is the calculator's in the line already (44/4 = 11).
         */
        private static Message simplifying(long top, long bottom, Rational result) {
            if (result.isInteger()) return Message.of("step.simplify");
            long t = Math.abs(top), g = BigInteger.valueOf(t).gcd(BigInteger.valueOf(bottom)).longValue();
            return Message.of("step.simplifyFractionShown", t + " ÷ " + g + " = " + t / g + ", " + bottom + " ÷ " + g + " = "
                    + bottom / g);
        }
    }

    static final class Percentages extends FamilyBase {
        Percentages() {
            super("percentages", "math", List.of("percentages"), Frames.PERCENT);
        }

        @Override
        public Map<String, String> sample(SplittableRandom r) {
            int p = NumberWriting.pick(r, List.of(5, 10, 15, 20, 25, 30, 40, 50, 60, 75, 12, 35, 8));
            int n = NumberWriting.pick(r, List.of(20, 40, 60, 80, 120, 200, 240, 300, 360, 400, 500, 800, 50, 150));
            return Map.of("percent", Integer.toString(p), "of", Integer.toString(n), "name",
                    NumberWriting.pick(r, StoryNames.NAMES), "cur", NumberWriting.pick(r, StoryNames.CURRENCIES));
        }

        @Override
        public Worked solve(Map<String, String> p, int wording) {
            long pc = NumberWriting.parseWhole(p.get("percent")), n = NumberWriting.parseWhole(p.get("of"));
            Rational frac = Rational.of(pc, 100);
            Rational v = frac.multiply(Rational.of(n));
            List<Step> steps = List.of(
                    new Step(Message.of("step.percentHundredths", String.valueOf(pc)), pc + "/100 × " + n,
                            "percent-to-fraction"),
                    new Step(Message.of("step.multiply"), pc + "/100 × " + n + " = " + (pc * n) + "/100 = " + v, "multiply"));
            String statement = word(wording,
                    Map.of("p", Long.toString(pc), "n", Long.toString(n), "name", p.getOrDefault("name", "Sam"), "cur",
                            p.getOrDefault("cur", "$")));
            return worked(statement, Task.EVALUATE, pc + "/100 × " + n, steps, v.toString(), "numeric", p, wording);
        }
    }
}
