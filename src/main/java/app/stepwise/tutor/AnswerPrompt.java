package app.stepwise.tutor;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.Problem;
import app.stepwise.lesson.Task;
import app.stepwise.math.Exprs;
import app.stepwise.math.Expr;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Statement;
import app.stepwise.text.Message;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the empty answer box says: the shape of answer this problem wants, with an example of that shape (a quantity
 * with a unit for physics, an expression for simplify or expand, "y = …" for an equation in y). The example never
 * carries the expected answer's numbers.
 */
public final class AnswerPrompt {
    private AnswerPrompt() {}

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    /** The placeholder for this problem's answer box. */
    public static Message of(Problem problem) {
        Optional<Task> task = problem.work().map(Problem.Work::task);
        String expected = expected(problem.answer());
        return switch (problem.answer()) {
            case AnswerSpec.Quantity q -> Message.of("answer.prompt.quantity", unitAsked(problem)
                    .map(unit -> example(expected, "2.5", "40", "12") + " " + unit) // the unit asked: km/h, not kg (review23)
                    .orElse(example(expected, "2.5 kg", "40 m", "12 s")));
            case AnswerSpec.Numeric n -> Message.of("answer.prompt.number", example(expected, "0.75", "12.5", "-4"));
            case AnswerSpec.Expression e -> {
                if (e.form().filter(f -> f == AnswerSpec.Form.FACTORED).isPresent() || task.equals(Optional.of(Task.FACTOR)))
                    yield Message.of("answer.prompt.factored",
                            example(expected, "(x + 2)(x - 3)", "(x + 1)(x - 4)", "(x + 6)(x - 7)"));
                if (task.equals(Optional.of(Task.DIFFERENTIATE)))
                    yield Message.of("answer.prompt.derivative", example(expected, "6x + 2", "4x^3 - 1", "8x - 7"));
                if (task.equals(Optional.of(Task.EVALUATE)))
                    yield Message.of("answer.prompt.value", example(expected, "7", "12", "9"),
                            example(expected, "3/4", "2/5", "6/7"));
                yield Message.of("answer.prompt.expression", example(expected, "3x + 2", "5x - 4", "6x - 1"));
            }
            case AnswerSpec.Equation e -> solvedFor(e.expected())
                    .map(v -> v.numeric()
                            ? Message.of("answer.prompt.equation", v.name(), example(expected, "5", "7", "12", "9"))
                            : Message.of("answer.prompt.formula", v.name()))
                    .orElse(Message.of("answer.prompt.anyEquation"));
            case AnswerSpec.SolutionSet s -> setPrompt(s.expected());
            case AnswerSpec.MultipleChoice c -> Message.of("answer.prompt.choice");
            case null -> Message.of("answer.prompt.anyEquation");
        };
    }

    /**
     * What the empty working box says: a physics problem's working starts from the letter asked for ("v"), which alone
     * said nothing to a student (review23), so it says what a line is; other working shows its starting line.
     */
    public static Message work(Problem problem) {
        return problem.work().map(w -> w.task() == Task.PHYSICS
                ? Message.of("work.prompt.physics", w.start().strip())
                : Message.verbatim(w.start())).orElse(Message.NONE);
    }

    /** A number, as a key writes it (2.5, 3e8, 3 × 10^8), then the unit: what is after the number. */
    private static final Pattern QUANTITY = Pattern.compile(
            "\\s*[-+\u2212]?\\d+(?:[.,]\\d+)?(?:\\s*(?:[eE][-+]?\\d+|[×x*]\\s*10\\s*\\^\\s*\\(?[-+\u2212]?\\d+\\)?))?\\s*"
                    + "([A-Za-zµμΩ°][A-Za-zµμΩ°/·*^²³0-9 ()\\-]*)\\s*");

    /** The unit of a quantity answer ("km/h" from "30 km/h", "m/s²" from "3 m/s^2"), for the placeholder and the palette. */
    public static Optional<String> unitAsked(Problem problem) {
        if (!(problem.answer() instanceof AnswerSpec.Quantity q)) return Optional.empty();
        Matcher m = QUANTITY.matcher(q.expected());
        // squares and cubes as a student sees them in the palette (m/s², kg/m³), which the engine reads as ^2, ^3
        return m.matches()
                ? Optional.of(m.group(1).strip().replaceAll("\\^2(?!\\d)", "²").replaceAll("\\^3(?!\\d)", "³"))
                : Optional.empty();
    }

    /** The answer a spec expects, as written in the pack; empty for multiple choice. */
    static String expected(AnswerSpec a) {
        return switch (a) {
            case AnswerSpec.Quantity q -> q.expected();
            case AnswerSpec.Numeric n -> n.expected();
            case AnswerSpec.Expression e -> e.expected();
            case AnswerSpec.Equation e -> e.expected();
            case AnswerSpec.SolutionSet s -> s.expected();
            case AnswerSpec.MultipleChoice c -> "";
            case null -> "";
        };
    }

    /** The first example that shares no number with the expected answer: a placeholder never gives the answer away. */
    static String example(String expected, String... candidates) {
        Set<String> taken = numbers(expected);
        for (String c : candidates)
            if (numbers(c).stream().noneMatch(taken::contains)) return c;
        return candidates[candidates.length - 1];
    }

    private static Set<String> numbers(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) out.add(new java.math.BigDecimal(m.group()).stripTrailingZeros().toPlainString());
        return out;
    }

    /** The letter an equation answer is solved for, and whether its value is a plain number. */
    private record Solved(String name, boolean numeric) {}

    private static Optional<Solved> solvedFor(String expected) {
        try {
            Statement s = Parser.parse(expected);
            if (s instanceof Statement.Chain c) s = c.asEquation();
            if (s instanceof Statement.Equation(Expr.Var v, Expr rhs))
                return Optional.of(new Solved(v.name(), Exprs.variables(rhs).isEmpty()));
        } catch (MathSyntaxException | RuntimeException e) {
            // an answer key that does not read: the general prompt
        }
        return Optional.empty();
    }

    /** "x = 2 or x = -3" for one unknown; "x = 3, y = 2" for simultaneous equations (values not the expected ones). */
    private static Message setPrompt(String expected) {
        try {
            var vars = Exprs.variables(Parser.parse(expected)).stream().sorted().toList();
            String[] pair = example(expected, "2 -3", "4 -1", "6 -5", "8 -7").split(" ");
            if (vars.size() == 1) return Message.of("answer.prompt.set", vars.get(0), pair[0], pair[1]);
            String[] values = example(expected, "1 4", "3 2", "6 5", "9 8").split(" ");
            if (vars.size() == 2) return Message.of("answer.prompt.system", vars.get(0), vars.get(1), values[0], values[1]);
        } catch (MathSyntaxException | RuntimeException e) {
            // the general prompt
        }
        return Message.of("answer.prompt.anyEquation");
    }
}
