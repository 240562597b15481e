package app.stepwise.tutor;

import app.stepwise.lesson.Problem.Given;
import app.stepwise.lesson.Task;
import app.stepwise.math.Equivalence;
import app.stepwise.math.Expr;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Statement;
import app.stepwise.math.Quantity;
import app.stepwise.model.ControlTokens;
import app.stepwise.model.Generation;
import app.stepwise.model.GenerationOptions;
import app.stepwise.model.LocalModel;
import app.stepwise.model.ModelException;
import app.stepwise.model.PromptFormat;
import app.stepwise.model.StopReason;
import app.stepwise.solve.GeneralSolver;
import app.stepwise.solve.Solvers;
import app.stepwise.text.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The model's reading of a word problem ({@code <|problem|>…<|read|>}, answered one field per line: family, task,
 * start, unknown, given), used only after every field is verified: the family exists, each number the reading uses
 * occurs in the text (a given with a unit of the same dimension as written there, and the dimension the family's
 * quantity needs), the math parses, and the solver's solution of the reading verifies.
 */
final class ModelReading {
    private ModelReading() {}

    /** Whether the model was trained on the reading task (its model.json lists the prompt and the token). */
    static boolean supported(LocalModel m) {
        return m.manifest().can("read");
    }

    /**
     * The most tokens a reading may take. The generation is bounded by tokens, not by the clock, so one text gives one
     * reading however busy the machine is: with a 4 s budget a reading cut short on a loaded machine was refused on one
     * run and read on another (mread19).
     */
    static final int READING_TOKENS = 120;

    /**
     * A safety net only, far above what {@link #READING_TOKENS} take on a busy machine (about 1 s unloaded): a reading it
     * cuts short is not used, and neither is a cancelled one. The caller's cancellation (a screen's task budget) stops it.
     */
    static final long READING_CAP_MS = 30_000;

    static Optional<ProblemReader.Reading> read(LocalModel m, String text) {
        return read(m, text, () -> false);
    }

    /** The model's verified reading of the text; {@code cancelled} is polled before every token. */
    static Optional<ProblemReader.Reading> read(LocalModel m, String text, BooleanSupplier cancelled) {
        if (!supported(m)) return Optional.empty();
        try {
            String prompt = new PromptFormat(m.manifest()).read(text);
            return fromGeneration(text, m.generate(prompt, options(cancelled), null));
        } catch (ModelException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Greedy, at most {@link #READING_TOKENS}, the clock a safety net only. */
    static GenerationOptions options(BooleanSupplier cancelled) {
        return GenerationOptions.greedy(READING_TOKENS).withBudget(READING_CAP_MS).withCancel(cancelled);
    }

    /**
     * The reading of a generation that ended by itself (its end token, or the token limit, both the same on every run);
     * one the clock or a cancellation cut short is never read, since what it holds depends on the machine's load.
     */
    static Optional<ProblemReader.Reading> fromGeneration(String text, Generation g) {
        if (g.stop() == StopReason.TIME_BUDGET || g.stop() == StopReason.CANCELLED) return Optional.empty();
        return verify(text, g.text());
    }

    /** The reading in the model's output, when every field checks out against the text; empty otherwise. */
    static Optional<ProblemReader.Reading> verify(String text, String output) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String line : ControlTokens.ANY.matcher(output).replaceAll("\n").split("\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) continue;
            fields.computeIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).strip());
        }
        String family = first(fields, "family");
        if (family.isEmpty() || family.equals("none") || Solvers.family(family).isEmpty()) return Optional.empty();
        Optional<Task> t = Task.of(first(fields, "task")); // the model's word; factorise is factor
        String unknown = first(fields, "unknown");
        if (MixedNumbers.readsTwoWays(text)) return Optional.empty(); // "the product of 3 and 1/4" (mixed14)
        String normalised = TextMath.normalise(text);
        if (app.stepwise.math.ItemLabels.labelOrLetter(normalised)) return Optional.empty(); // as the reader: no guess
        // the model's reading obeys the same scope as the deterministic reader: a second derivative is not a derivative
        String lower = normalised.toLowerCase(Locale.ROOT);
        boolean physics = t.equals(Optional.of(Task.PHYSICS));
        if (physics ? ProblemReader.outOfScopePhysics(lower) : ProblemReader.outOfScopeMath(lower)) return Optional.empty();
        if (physics && ModelReadingChecks.physicsRefusal(lower, family).isPresent()) return Optional.empty();
        if (physics) {
            List<Given> givens = new ArrayList<>();
            for (String g : fields.getOrDefault("given", List.of())) {
                String[] sv = g.split("=", 2);
                if (sv.length != 2) return Optional.empty();
                String symbol = sv[0].strip(), value = sv[1].strip();
                if (!occursWithUnit(normalised, value)) return Optional.empty();
                givens.add(new Given(symbol, value, ""));
            }
            // every case of the family that takes these givens: the fields name no connection, so two resistors are read
            // in series or in parallel as the text says (the first case alone, series, refused every parallel pair)
            return Solvers.physicsFromGivensEveryCase(family, unknown, givens).stream()
                    .map(w -> Solvers.inUnitAsked(normalised, w))
                    .filter(w -> ReadingCheck.physicsCovers(normalised, w))
                    .filter(w -> !Solvers.statesTheUnknownAsAGiven(normalised, w))
                    .filter(w -> !AskedFor.somethingElse(normalised, w))
                    .filter(w -> !ModelReadingChecks.connectionNotAsTold(lower, w))
                    .filter(w -> !ModelReadingChecks.totalReadWhereOneAsked(lower, w)).findFirst()
                    .map(w -> new ProblemReader.Reading(w, Optional.empty(), "model", ProblemReader.physicsSummary(w)));
        }
        List<String> starts = fields.getOrDefault("start", List.of());
        if (t.isEmpty() || starts.isEmpty()) return Optional.empty();
        // x between numbers by the reader's one rule: "3 x 4" is 3 × 4 (read16: the model's reading of it was refused),
        // "3 x -2" the letter x or times, and the model's guess is no better than the reader's, which does not guess
        Optional<String> withTimes = ProblemReader.withTimesSigns(normalised);
        if (withTimes.isEmpty()) return Optional.empty();
        String math = withTimes.get();
        // the deterministic reader's refusals hold for the model too: the gradient at a point is not a derivative, and a
        // percentage change (a price reduced by 25 %) is not "25 % of the price"
        if (t.get() == Task.DIFFERENTIATE && ProblemReader.asksAtAPoint(lower)) return Optional.empty();
        if (PERCENT_OF.matcher(starts.get(0)).matches() && ProblemReader.has(lower, ProblemReader.PERCENT_CHANGE_WORDS))
            return Optional.empty();
        String start = t.get() == Task.SYSTEM && starts.size() == 2
                ? starts.get(0) + "; " + starts.get(1)
                : starts.get(0);
        for (String s : start.split(";"))
            if (ProblemReader.variables(s).isEmpty() && !TextMath.parseable(s).isPresent())
                return Optional.empty();
        for (String number : numbers(start))
            if (!numbers(math).contains(number) && !number.equals("100") && !number.equals("0"))
                return Optional.empty(); // a number the text does not have
        GeneralSolver.Request r = new GeneralSolver.Request(t.get(), start, unknown, "",
                family.equals("percentages") ? family : "");
        if (!ProblemReader.accountsFor(math, r)) return Optional.empty(); // a number or letter of the text left out
        // the start is of this problem: the text's own equations, the task it names, the letter it asks for (mread19)
        if (ModelReadingChecks.refusal(math, t.get(), start, unknown).isPresent()) return Optional.empty();
        // an expression to differentiate, expand, factorise or simplify is written in the text: the model's start must be
        // that expression, not a part of it (x ln x of x ln x − x) or a different one with the same numbers
        if (EXPRESSION_TASKS.contains(t.get()) && !isAnExpressionOf(math, start)) return Optional.empty();
        // the start the tutor shows and restates names the text's functions (ln, sin, e^, √), as the request did
        return GeneralSolver.solve(r, text).filter(w -> ReadingCheck.sameFunctions(math, w.start()))
                .filter(w -> !AskedFor.somethingElse(math, w))
                .map(w -> new ProblemReader.Reading(w, Optional.of(r), "model", unknown.isEmpty()
                        ? Message.of("reading.model", t.get().id(), ProblemReader.show(start))
                        : Message.of("reading.modelFor", t.get().id(), ProblemReader.show(start), unknown)));
    }

    private static final Set<Task> EXPRESSION_TASKS = Set.of(Task.DIFFERENTIATE, Task.EXPAND, Task.FACTOR, Task.SIMPLIFY);

    /** The start equals (Equivalence) one of the text's stretches of math, or a side of one ("y = …", "f(x) = …"). */
    static boolean isAnExpressionOf(String normalisedText, String start) {
        Expr want;
        try {
            if (!(Statement.collapse(Parser.parse(start)) instanceof Statement.Expression(var e))) return false;
            want = e;
        } catch (MathSyntaxException | RuntimeException e) {
            return false;
        }
        for (Statement st : ModelReadingChecks.statements(normalisedText)) {
            List<Expr> candidates = switch (st) {
                case Statement.Expression(var e) -> List.of(e);
                case Statement.Equation(var lhs, var rhs) -> List.of(lhs, rhs);
                default -> List.of();
            };
            for (Expr c : candidates) if (Equivalence.of(c, want).equivalent()) return true;
        }
        return false;
    }

    private static String first(Map<String, List<String>> f, String key) {
        List<String> v = f.get(key);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    /** "25/100 × 60", "60 × 25/100", "0.25 × 60": a percentage of an amount, nothing more. */
    private static final Pattern PERCENT_OF = Pattern.compile(
            "\\s*(?:[\\d.]+\\s*/\\s*100\\s*[×*·]\\s*[\\d.]+|[\\d.]+\\s*[×*·]\\s*[\\d.]+\\s*/\\s*100|0?\\.\\d+\\s*[×*·]\\s*[\\d.]+)\\s*");

    static List<String> numbers(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        while (m.find()) out.add(m.group().replaceFirst("\\.0+$", ""));
        return out;
    }

    private static boolean sameAmount(Quantity a, Quantity b) {
        return Math.abs(a.si() - b.si()) <= 1e-9 * Math.max(Math.abs(a.si()), Math.abs(b.si()));
    }

    /**
     * "12 m/s" occurs in the text as 12 followed by a unit of the same dimension and the same amount (12 m/s, 12 metres per
     * second; not 12 km/s).
     */
    static boolean occursWithUnit(String text, String value) {
        try {
            Quantity wanted = Quantity.parse(value);
            Matcher m = Pattern.compile("(?<![\\d.])" + Pattern.quote(wanted.numberText()) + "(?![\\d])").matcher(text);
            while (m.find()) {
                String after = text.substring(m.end()).strip();
                String[] words = after.split("\\s+");
                for (int k = Math.min(4, words.length); k >= 0; k--) {
                    String unit = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k)).replaceAll("[.,;:?!)]+$", "")
                            .replace(" per ", "/").replace(" squared", "^2");
                    try {
                        Quantity found = Quantity.parse(wanted.numberText() + " " + unit);
                        // the same amount, not only the same kind: 200 kPa is no 200 Pa, 300 cm/s² no 300 m/s² (mread19)
                        if (found.unit().sameDimension(wanted.unit()) && (k > 0 || !wanted.hasUnit())
                                && sameAmount(found, wanted))
                            return true;
                    } catch (MathSyntaxException | RuntimeException e) {
                        // fewer words
                    }
                }
            }
        } catch (MathSyntaxException e) {
            return false;
        }
        return false;
    }
}
