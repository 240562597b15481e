package app.stepwise.tutor;

import app.stepwise.grade.AskedRounding;
import app.stepwise.lesson.Task;
import app.stepwise.math.Evaluator;
import app.stepwise.math.Expr;
import app.stepwise.math.Exprs;
import app.stepwise.math.Parser;
import app.stepwise.math.Rational;
import app.stepwise.math.SolutionSets;
import app.stepwise.math.Statement;
import app.stepwise.solve.Step;
import app.stepwise.solve.Worked;
import app.stepwise.text.Message;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A verified reading's answer put in the form its text asks for, where the tutor can work that form out from the verified
 * answer itself: one letter of a pair ("Find x only": x = 7 of x = 7, y = 3), the root a length or a count can be ("x is
 * a length": x = 6 of x = 6 or x = −6), a rounding ("to 1 decimal place": 3.3 of 10/3). Each is said as one more step
 * after the solver's. Where the asked form cannot be given (a count with no whole positive root, a unit to convert), the
 * reading is left as it is, and {@link AskedFor} refuses it (read21: these were refused, though the answer asked follows
 * from the verified one by a rule that cannot go wrong).
 */
final class AskedAnswer {
    private AskedAnswer() {}

    /** The reading with its answer in the asked form; the reading itself where nothing of the kind is asked. */
    static ProblemReader.Reading asAsked(String text, ProblemReader.Reading r) {
        String lower = text.toLowerCase(Locale.ROOT).replace('−', '-');
        Worked w = r.worked();
        Optional<Worked> narrowed = switch (w.task()) {
            case SYSTEM -> oneLetter(lower, w);
            case SOLVE -> notNegative(lower, w);
            default -> Optional.empty();
        };
        Worked asked = narrowed.orElse(w);
        Optional<Worked> rounded = rounded(lower, asked);
        if (narrowed.isEmpty() && rounded.isEmpty()) return r;
        return new ProblemReader.Reading(rounded.orElse(asked), r.request(), r.source(), r.said());
    }

    private static final Pattern MEASURE_OR_COUNT = Pattern.compile("\\b(?:length|width|breadth|height|depth|side|radius"
            + "|diameter|distance|perimeter|area|volume|speed|time|age|mass|number\\s+of)s?\\b");

    /**
     * A rounding asked of roots of both signs, in a text that speaks of a measure or a count the rules here did not tie to
     * the unknown ("The length L satisfies L^2 = 30. Find L to 1 decimal place."): a teacher wants the positive root
     * alone, so neither both roots rounded nor both exact may be shown as verified (lead's merge check of read21: such a
     * text was answered L = 5.5 or L = -5.5, and on main L = √30 or L = -√30). Stepwise says it can't check it.
     */
    static boolean ambiguousRoots(String text, ProblemReader.Reading r) {
        String lower = text.toLowerCase(Locale.ROOT).replace('−', '-');
        return bothSigns(r.worked().answer()) && AskedRounding.first(lower).isPresent()
                && MEASURE_OR_COUNT.matcher(lower).find();
    }

    private static boolean bothSigns(String answer) {
        return answer.contains(" or ") && answer.matches("(?s).*=\\s*-.*");
    }

    // ---- one letter of a pair

    private static final Pattern LETTER = Pattern.compile("(?<![a-z'])[a-z](?![a-z'])");
    private static final Pattern VALUE_OF = Pattern.compile("(?<![a-z])([a-z])\\s*=\\s*([^,]+)");

    /** "Find x only" of a pair solved together: the one letter's value. */
    private static Optional<Worked> oneLetter(String lower, Worked w) {
        Matcher only = AskedFor.ONE_LETTER_ONLY.matcher(lower);
        if (!only.find() || only.find(only.end())) return Optional.empty();
        only.find(0);
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (Matcher v = VALUE_OF.matcher(w.answer()); v.find();) values.put(v.group(1), v.group(2).strip());
        if (values.size() != 2) return Optional.empty();
        // the letter named in the words that ask ("find x only", "no need to find y": the other one)
        String named = null;
        for (Matcher l = LETTER.matcher(only.group()); l.find();) if (values.containsKey(l.group())) named = l.group();
        if (named == null) return Optional.empty();
        boolean notNeeded = only.group().matches("(?s).*\\b(?:no\\s+need|not\\s+need|don'?t\\s+need|won'?t\\s+need|not\\s+have"
                + "|don'?t\\s+have|won'?t\\s+have)\\b.*");
        String said = named;
        String asked = notNeeded ? values.keySet().stream().filter(k -> !k.equals(said)).findFirst().orElseThrow() : said;
        String answer = asked + " = " + values.get(asked);
        return Optional.of(withAnswer(w, answer, "set",
                new Step(Message.of("step.oneLetterAsked", asked), answer, "state-asked-letter")));
    }

    // ---- the root a measure or a count can be

    /** Of two or more roots, the positive ones, where the text says the unknown is a length (or a count: a whole one). */
    private static Optional<Worked> notNegative(String lower, Worked w) {
        String x = w.unknown();
        if (!x.matches("[a-z]") || !w.answer().contains(" or ")) return Optional.empty();
        boolean measure = AskedFor.saysAMeasureOutright(lower, x), count = AskedFor.saysACount(lower, x);
        if (!measure && !count) return Optional.empty();
        Optional<List<Expr>> roots = values(w.answer());
        if (roots.isEmpty()) return Optional.empty();
        List<Expr> kept = new ArrayList<>(), dropped = new ArrayList<>();
        for (Expr root : roots.get()) {
            double v = Evaluator.eval(root, Map.of());
            if (!Double.isFinite(v)) return Optional.empty();
            (v > 0 ? kept : dropped).add(root);
        }
        if (kept.size() != 1 || dropped.isEmpty()) return Optional.empty();
        // a count is whole: a root that is not is no number of people
        if (count && Exprs.exactValue(kept.get(0)).filter(q -> q.isInteger()).isEmpty()) return Optional.empty();
        String answer = x + " = " + app.stepwise.math.Printer.text(kept.get(0));
        String left = String.join(", ", dropped.stream().map(d -> x + " = " + app.stepwise.math.Printer.text(d)).toList());
        return Optional.of(withAnswer(w, answer, w.answerKind(),
                new Step(Message.of(measure ? "step.measureNotNegative" : "step.countNotNegative", x, left), answer,
                        "drop-negative-root")));
    }

    // ---- rounding

    /**
     * The answer's values rounded as the text asks, where one of them is not so already (10/3 to 1 decimal place, 2√5 to
     * 1 decimal place); math answers only (a solve, a pair or a number worked out).
     */
    private static Optional<Worked> rounded(String lower, Worked w) {
        if (w.task() == Task.PHYSICS) return roundedQuantity(lower, w);
        if (w.task() != Task.SOLVE && w.task() != Task.SYSTEM && w.task() != Task.EVALUATE) return Optional.empty();
        Optional<AskedRounding> asked = AskedRounding.first(lower);
        if (asked.isEmpty()) return Optional.empty();
        String answer = w.answer();
        StringBuilder out = new StringBuilder(), line = new StringBuilder();
        boolean changed = false;
        // each value of the answer: "x = 2√5 or x = -2√5", "x = 4, y = 3", "100/3"
        String[] parts = answer.split("(?<=\\S)\\s+or\\s+|,\\s*");
        String[] joins = joins(answer);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            int eq = part.lastIndexOf('=');
            String lhs = eq < 0 ? "" : part.substring(0, eq + 1) + " ";
            String value = eq < 0 ? part : part.substring(eq + 1).strip();
            Optional<BigDecimal> exact = decimal(value);
            if (exact.isEmpty()) return Optional.empty();
            BigDecimal r = asked.get().apply(exact.get());
            if (r.compareTo(exact.get()) != 0) changed = true;
            String shown = r.toPlainString();
            String join = i < joins.length ? joins[i] : "";
            out.append(lhs).append(shown).append(join);
            // x ≈ 3.3; 100/3 ≈ 33.33 (a number worked out keeps its exact value before the rounding)
            line.append(eq < 0 ? value + " ≈ " : part.substring(0, eq).strip() + " ≈ ").append(shown).append(join);
        }
        if (!changed) return Optional.empty();
        String roundedAnswer = out.toString();
        return Optional.of(withAnswer(w, roundedAnswer, w.answerKind(),
                new Step(Message.of("step.roundedAsAsked"), line.toString(), "round-as-asked")));
    }

    /**
     * A physics answer in SI rounded as asked, from the solver's exact value ({@link app.stepwise.solve.RoundedAsAsked});
     * an answer in a unit the text asks for is left as it is, and so is one whose text names a unit the physics reader
     * did not take as asked ("Give its speed in km/h to 2 significant figures": read21 answered 14 m/s).
     */
    private static Optional<Worked> roundedQuantity(String lower, Worked w) {
        Optional<AskedRounding> asked = AskedRounding.first(lower);
        if (asked.isEmpty() || app.stepwise.solve.Solvers.unitAsked(AskedRounding.withoutRounding(lower)).isPresent())
            return Optional.empty();
        return app.stepwise.solve.RoundedAsAsked.ofQuantity(asked.get(), w);
    }

    /** The words between the values of an answer, in order: " or ", ", ". */
    private static String[] joins(String answer) {
        List<String> out = new ArrayList<>();
        for (Matcher m = Pattern.compile("(?<=\\S)\\s+or\\s+|,\\s*").matcher(answer); m.find();) out.add(m.group());
        return out.toArray(String[]::new);
    }

    /** The value as a decimal: exact for a fraction that ends, else to 30 digits (a recurring fraction, a surd). */
    private static Optional<BigDecimal> decimal(String value) {
        try {
            Statement s = Statement.collapse(Parser.parse(value));
            if (!(s instanceof Statement.Expression e) || !Exprs.variables(e.expr()).isEmpty()) return Optional.empty();
            Optional<Rational> q = Exprs.exactValue(e.expr());
            if (q.isPresent()) return Optional.of(q.get().toBigDecimal(new MathContext(30)));
            double d = Evaluator.eval(e.expr(), Map.of());
            return Double.isFinite(d) ? Optional.of(new BigDecimal(d)) : Optional.empty();
        } catch (app.stepwise.math.MathSyntaxException | RuntimeException notAValue) {
            return Optional.empty();
        }
    }

    private static Optional<List<Expr>> values(String answer) {
        try {
            return SolutionSets.values(Statement.collapse(Parser.parse(answer)));
        } catch (app.stepwise.math.MathSyntaxException | RuntimeException notValues) {
            return Optional.empty();
        }
    }

    private static Worked withAnswer(Worked w, String answer, String kind, Step step) {
        List<Step> steps = new ArrayList<>(w.steps());
        steps.add(step);
        return new Worked(w.family(), w.statement(), w.task(), w.start(), w.givens(), steps, answer, kind, w.skills(),
                w.params(), w.wording(), w.checkValue());
    }
}
