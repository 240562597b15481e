package app.stepwise.solve;

import app.stepwise.grade.LineCheck;
import app.stepwise.grade.Misconception;
import app.stepwise.grade.PhysicsSteps;
import app.stepwise.grade.StepChecker;
import app.stepwise.grade.WorkChecker;
import app.stepwise.lesson.Task;
import app.stepwise.math.Expr;
import app.stepwise.math.Exprs;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Printer;
import app.stepwise.math.Rational;
import app.stepwise.math.Statement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Student-like wrong work: after a correct prefix of the solution, the line a student with a misconception
 * would write (a buggy rule applied to the last correct line, a wrong rearrangement, a forgotten unit
 * conversion, an arithmetic slip). Each is checked by the grading module, which must find it wrong; its
 * label is the misconception the generator intended, and the grader's own diagnosis is kept beside it.
 */
public final class WrongWork {
    private WrongWork() {}

    /**
     * @param after       the number of correct steps before the wrong line
     * @param intended    the misconception the generator applied
     * @param diagnosed   what the grading module says about the line (empty when it names none)
     */
    public record Wrong(int after, String line, Misconception intended, Optional<Misconception> diagnosed, String message,
            Step correct) {}

    /** Up to {@code max} different wrong lines for this solution, each verified to be wrong by the grader. */
    public static List<Wrong> generate(Worked w, SplittableRandom random, int max) {
        List<Wrong> out = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int k = 0; k < w.steps().size(); k++) positions.add(k);
        for (int i = positions.size() - 1; i > 0; i--) Collections.swap(positions, i, random.nextInt(i + 1));
        for (int k : positions) {
            if (out.size() >= max) break;
            for (Candidate c : candidates(w, k, random)) {
                Optional<Wrong> checked = check(w, k, c);
                if (checked.isPresent()) {
                    out.add(checked.get());
                    break;
                }
            }
        }
        return out;
    }

    record Candidate(String line, Misconception misconception) {}

    private static List<Candidate> candidates(Worked w, int k, SplittableRandom random) {
        List<Candidate> out = new ArrayList<>();
        Step correct = w.steps().get(k);
        String previous = k == 0 ? w.start() : w.steps().get(k - 1).math();
        if (w.task() != Task.PHYSICS && w.task() != Task.SYSTEM && w.task() != Task.DIFFERENTIATE) {
            try {
                Statement prev = Statement.collapse(Parser.parse(previous.contains(";") ? previous.split(";")[0] : previous));
                for (var e : StepChecker.buggyLines(prev).entrySet()) {
                    for (Statement s : e.getValue()) out.add(new Candidate(tidy(s), e.getKey()));
                }
            } catch (MathSyntaxException e) {
                // no buggy rule applies to an unreadable line
            }
        }
        if (w.task() == Task.PHYSICS && correct.operation().equals("rearrange")) {
            int eq = correct.math().indexOf('=');
            String rhs = correct.math().substring(eq + 1).strip();
            int slash = rhs.lastIndexOf('/');
            if (slash > 0 && !rhs.contains("(") && !rhs.contains("√")) {
                out.add(new Candidate(correct.math().substring(0, eq + 1) + " " + rhs.substring(slash + 1).strip() + "/"
                        + rhs.substring(0, slash).strip(), Misconception.INVERTED_FORMULA));
            }
        }
        if (w.task() == Task.PHYSICS && correct.operation().equals("substitute")) {
            // the substitution uses a given as written, without converting it to SI
            for (var g : w.givens()) {
                Matcher m = Pattern.compile("^(-?[\\d.]+)\\s*(\\S.*)$").matcher(g.value());
                if (m.matches() && correct.math().contains(NumberWriting.upTo(PhysicsFamilies.parseSi(g.value()), 6))
                        && w.steps().stream().anyMatch(s -> s.operation().equals("convert-units"))) {
                    out.add(new Candidate(
                            correct.math().replace(NumberWriting.upTo(PhysicsFamilies.parseSi(g.value()), 6), m.group(1)),
                            Misconception.UNIT_CONVERSION_SLIP));
                }
            }
        }
        if (!NOT_ARITHMETIC.contains(correct.operation()))
            slip(correct.math(), random).ifPresent(line -> out.add(new Candidate(line, Misconception.ARITHMETIC_SLIP)));
        return out;
    }

    /** Steps whose numbers are not the result of arithmetic (a formula, a rule written out): changing them is not a slip. */
    private static final Set<String> NOT_ARITHMETIC = Set.of("formula", "rearrange", "quadratic-formula",
            "product-rule", "chain-rule",
            "power-rule", "square-as-product", "split-middle-term", "factor", "factorise", "zero-product", "add-exponents",
            "subtract-exponents",
            "multiply-exponents", "find-common-factor", "factor-out", "reciprocal", "percent-to-fraction", "group");
    private static final Pattern LAST_NUMBER = Pattern.compile("(?<![\\^_\\d.])(\\d+(?:\\.\\d+)?)(?!.*\\d)");

    /** The line with its last number changed as a slip would change it: off by one or two, or by a factor of ten. */
    static Optional<String> slip(String line, SplittableRandom r) {
        Matcher m = LAST_NUMBER.matcher(line);
        if (!m.find()) return Optional.empty();
        String n = m.group(1);
        String wrong;
        if (n.contains(".")) {
            BigDecimal d = new BigDecimal(n);
            BigDecimal unit = BigDecimal.ONE.movePointLeft(d.scale());
            wrong = d.add(unit.multiply(BigDecimal.valueOf(NumberWriting.pick(r, List.of(1, 2, 3))))).toPlainString();
        } else {
            long v = Long.parseLong(n);
            long delta = NumberWriting.pick(r, List.of(1L, 2L, -1L, -2L, 3L));
            wrong = Long.toString(Math.max(0, v + delta));
            if (wrong.equals(n)) wrong = Long.toString(v + 3);
        }
        return Optional.of(line.substring(0, m.start(1)) + wrong + line.substring(m.end(1)));
    }

    private static String tidy(Statement s) {
        if (s instanceof Statement.Equation e) {
            return side(e.lhs()) + " = " + side(e.rhs());
        }
        return Printer.text(s);
    }

    /** A side without variables is worked out, as a student would: 20 + 5 → 25. */
    private static String side(Expr e) {
        if (Exprs.variables(e).isEmpty()) {
            Optional<Rational> v = Exprs.exactValue(e);
            if (v.isPresent()) return v.get().toString();
        }
        return Printer.text(e);
    }

    /** Grades the prefix plus the wrong line; it is kept only if the grader marks that line wrong. */
    private static Optional<Wrong> check(Worked w, int k, Candidate c) {
        if (c.line().equals(w.steps().get(k).math())) return Optional.empty();
        List<String> lines = new ArrayList<>(w.mathLines().subList(0, k));
        lines.add(c.line());
        LineCheck.Report r;
        try {
            r = WorkChecker.check(w.task(), Optional.of(w.start()),
                    w.givens().stream().map(g -> Map.entry(g.symbol(), g.value())).toList(),
                    WorkChecker.Method.of(w.task()) == WorkChecker.Method.PHYSICS ? Optional.of(w.answer()) : Optional.empty(),
                    lines, w.mathLines());
        } catch (MathSyntaxException e) {
            return Optional.empty();
        }
        if (r.firstError().isEmpty() || r.firstError().get() != k + 1) return Optional.empty();
        LineCheck verdict = r.lines().get(k);
        if (verdict.status() != LineCheck.Status.INVALID) return Optional.empty();
        return Optional
                .of(new Wrong(k, c.line(), c.misconception(), verdict.misconception(), verdict.message(), w.steps().get(k)));
    }
}
