package app.stepwise.cli;

import app.stepwise.lesson.Problem.Given;
import app.stepwise.lesson.Task;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Quantity;
import app.stepwise.solve.GeneralSolver;
import app.stepwise.solve.Solvers;
import app.stepwise.solve.Worked;
import app.stepwise.tutor.ProblemReader;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hand-written problem read from its set's labels (family, task, start, unknown, physics givens) instead of by the
 * verified reader. The labels are written as the model's reading fields and verified as the model's reading is
 * ({@link ProblemReader#fromFields}): the fields check out against the text and the family's solver solves them. The
 * solution is used only where it reaches the set's own answer, so a record from labels teaches the model a reading the
 * tutor would accept. Labels that solve to another answer, or that no solver takes, are a labelling mistake (or a
 * problem of two steps labelled by its first), never a record.
 */
final class HandLabels {
    private HandLabels() {}

    /**
     * What the labels gave: a verified solution with the set's answer ({@code checked} where the model's reading checks
     * accept the labels for this text as well); labels that solve to the set's answer but are not a reading of the text
     * as written: a number the text does not write (0.00003 m³ for a block's three lengths), or a family other than the
     * one the solver names (2 × 5 + 1, integer arithmetic, for "solve 3x + 5 = 20, then find 2x + 1", labelled
     * linear-two-step); labels that solve to another answer; labels that no solver takes.
     */
    sealed interface Outcome {
        record Read(Worked worked, boolean checked) implements Outcome {}

        record NotOfText() implements Outcome {}

        record OtherAnswer(String answer) implements Outcome {}

        record Unsolved() implements Outcome {}
    }

    static Outcome read(JsonNode item, String text) {
        Optional<ProblemReader.Reading> r = ProblemReader.fromFields(text, fields(item, text));
        if (r.isPresent() && EvalReaderCommand.answerRight(item, r.get().worked().answer()))
            return new Outcome.Read(r.get().worked(), true);
        List<Worked> solutions = solutions(item, text);
        if (solutions.isEmpty()) return new Outcome.Unsolved();
        for (Worked w : solutions)
            if (EvalReaderCommand.answerRight(item, w.answer()))
                return inText(item, text) && w.family().equals(item.path("family").asText())
                        ? new Outcome.Read(w, false)
                        : new Outcome.NotOfText();
        return new Outcome.OtherAnswer(solutions.get(0).answer());
    }

    /**
     * Every number of the labelled start is one the text writes (or 100, or 0), every labelled given (but an implicit g)
     * a quantity the text writes: the reading is of the text, not of a step worked out beside it.
     */
    static boolean inText(JsonNode item, String text) {
        if (item.path("task").asText().equals("physics")) {
            for (JsonNode g : item.path("givens"))
                if (!g.path("symbol").asText().equals("g") && asWritten(text, g.path("value").asText()).isEmpty()) return false;
            return true;
        }
        List<String> written = numbers(Solvers.commaThousands(text));
        for (String n : numbers(text(item, "start")))
            if (!written.contains(n) && !n.equals("100") && !n.equals("0")) return false;
        return true;
    }

    private static List<String> numbers(String s) {
        List<String> out = new ArrayList<>();
        for (Matcher m = NUMBER.matcher(s); m.find();)
            out.add(new java.math.BigDecimal(m.group()).stripTrailingZeros().toPlainString());
        return out;
    }

    /**
     * The labels as the reading fields data.py trains (models/training/README.md): the task in the tutor's word, a
     * system's two equations on two start lines, physics givens as the text writes them in the family's symbols.
     */
    static String fields(JsonNode item, String text) {
        String family = item.path("family").asText();
        Optional<Task> task = SetEvaluation.task(item.path("task").asText());
        List<String> lines = new ArrayList<>();
        lines.add("family: " + family);
        lines.add("task: " + task.map(Task::id).orElse(item.path("task").asText()));
        if (task.equals(Optional.of(Task.PHYSICS))) {
            lines.add("unknown: " + symbol(family, text(item, "unknown")));
            for (Given g : givens(item, text)) lines.add("given: " + g.symbol() + " = " + g.value());
            return String.join("\n", lines);
        }
        for (String part : text(item, "start").split(";")) lines.add("start: " + part.strip());
        String unknown = text(item, "unknown");
        if (!unknown.isEmpty() && task.filter(t -> t != Task.SYSTEM).isPresent()) lines.add("unknown: " + unknown);
        return String.join("\n", lines);
    }

    /** Every verified solution of the labels by the family's solver, without the reading checks (to tell why not read). */
    private static List<Worked> solutions(JsonNode item, String text) {
        String family = item.path("family").asText();
        Optional<Task> task = SetEvaluation.task(item.path("task").asText());
        String unknown = text(item, "unknown");
        List<Worked> out = new ArrayList<>();
        if (task.equals(Optional.of(Task.PHYSICS))) {
            for (Worked w : Solvers.physicsFromGivensEveryCase(family, symbol(family, unknown), givens(item, text)))
                out.add(Solvers.inUnitAsked(text, w));
        } else if (task.isPresent() && !text(item, "start").isEmpty()) {
            String letter = task.get() == Task.SYSTEM || unknown.contains(",") ? "" : unknown;
            GeneralSolver.Request r = new GeneralSolver.Request(task.get(), text(item, "start"), letter, "",
                    family.equals("percentages") ? family : "");
            GeneralSolver.solve(r, text).ifPresent(out::add);
        }
        return out;
    }

    /** The labelled givens in the family's symbols, each as the text writes it; a g the text leaves implicit is dropped. */
    private static List<Given> givens(JsonNode item, String text) {
        String family = item.path("family").asText();
        List<Given> givens = new ArrayList<>();
        for (JsonNode g : item.path("givens")) {
            String symbol = symbol(family, g.path("symbol").asText().strip());
            Optional<String> written = asWritten(text, g.path("value").asText());
            // g left implicit ("take the standard g") is the family's own; a g the text states is the problem's
            if (symbol.equals("g") && written.isEmpty()) continue;
            givens.add(new Given(symbol, written.orElse(g.path("value").asText()), ""));
        }
        return givens;
    }

    private static String text(JsonNode item, String field) {
        return item.path(field).isTextual() ? item.path(field).asText().strip() : "";
    }

    /** The sets' symbols (ASCII, as models/eval/README.md writes them) as the physics families name their quantities. */
    private static final Map<String, String> SYMBOLS = Map.of("mu", "μ", "rho", "ρ", "lam", "λ", "lambda", "λ", "KE", "E_k",
            "Ek", "E_k", "PE", "E_p", "Ep", "E_p");

    static String symbol(String family, String s) {
        if (s.equals("E") && family.equals("kinetic-energy")) return "E_k";
        if (s.equals("E") && family.equals("potential-energy")) return "E_p";
        if (s.equals("W") && family.equals("power")) return "E"; // the work done is the energy transferred
        return SYMBOLS.getOrDefault(s, s.replaceFirst("^([A-Za-z])(\\d)$", "$1_$2"));
    }

    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?(?![\\d])");

    /**
     * The given as the text writes it: a number of the text followed by a unit of the same kind whose amount is the
     * label's SI value (0.25 kg written "250 g", 10 m/s written "36 km/h"), so that the reading lists what the text says,
     * as the verified reader's readings do and as the model's reading is checked (each given occurs in the text). Labels
     * round to 3 significant figures, hence the half per cent.
     */
    static Optional<String> asWritten(String text, String siValue) {
        Quantity wanted;
        try {
            wanted = Quantity.parse(siValue);
        } catch (MathSyntaxException e) {
            return Optional.empty();
        }
        String t = Solvers.commaThousands(text);
        String best = null;
        double bestGap = 0.005;
        for (Matcher m = NUMBER.matcher(t); m.find();) {
            String[] words = t.substring(m.end()).strip().split("\\s+");
            for (int k = Math.min(4, words.length); k >= 1; k--) {
                String unit = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k)).replaceAll("[.,;:?!)]+$", "");
                try {
                    Quantity found = Quantity.parse(m.group() + " " + unit.replace(" per ", "/").replace(" squared", "^2"));
                    if (!found.hasUnit() || !found.unit().sameDimension(wanted.unit())) continue;
                    double gap = Math.abs(found.si() - wanted.si()) / Math.max(Math.abs(wanted.si()), 1e-12);
                    if (gap <= bestGap) {
                        bestGap = gap;
                        best = m.group() + " " + unit;
                    }
                    break; // the longest unit that parses is the unit written
                } catch (MathSyntaxException | RuntimeException e) {
                    // fewer words
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
