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
import java.util.Optional;

/**
 * What the empty answer box says: the shape of answer this problem wants, with an example of that shape (a quantity
 * with a unit for physics, an expression for simplify or expand, "y = …" for an equation in y). The example never
 * carries the expected answer's numbers.
 */
public final class AnswerPrompt {
    private AnswerPrompt() {}

    /** The placeholder for this problem's answer box. */
    public static Message of(Problem problem) {
        Optional<Task> task = problem.work().map(Problem.Work::task);
        return switch (problem.answer()) {
            case AnswerSpec.Quantity q -> Message.of("answer.prompt.quantity");
            case AnswerSpec.Numeric n -> Message.of("answer.prompt.number");
            case AnswerSpec.Expression e -> {
                if (e.form().filter(f -> f == AnswerSpec.Form.FACTORED).isPresent() || task.equals(Optional.of(Task.FACTOR)))
                    yield Message.of("answer.prompt.factored");
                if (task.equals(Optional.of(Task.DIFFERENTIATE))) yield Message.of("answer.prompt.derivative");
                if (task.equals(Optional.of(Task.EVALUATE))) yield Message.of("answer.prompt.value");
                yield Message.of("answer.prompt.expression");
            }
            case AnswerSpec.Equation e -> solvedFor(e.expected())
                    .map(v -> Message.of(v.numeric() ? "answer.prompt.equation" : "answer.prompt.formula", v.name()))
                    .orElse(Message.of("answer.prompt.anyEquation"));
            case AnswerSpec.SolutionSet s -> setPrompt(s.expected());
            case AnswerSpec.MultipleChoice c -> Message.of("answer.prompt.choice");
            case null -> Message.of("answer.prompt.anyEquation");
        };
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

    /** "x = 2 or x = -3" for one unknown; "x = 3, y = 2" for simultaneous equations. */
    private static Message setPrompt(String expected) {
        try {
            var vars = Exprs.variables(Parser.parse(expected)).stream().sorted().toList();
            if (vars.size() == 1) return Message.of("answer.prompt.set", vars.get(0));
            if (vars.size() == 2) return Message.of("answer.prompt.system", vars.get(0), vars.get(1));
        } catch (MathSyntaxException | RuntimeException e) {
            // the general prompt
        }
        return Message.of("answer.prompt.anyEquation");
    }
}
