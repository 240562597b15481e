package app.stepwise.grade;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.math.Equations;
import app.stepwise.math.Equivalence;
import app.stepwise.math.Expr;
import app.stepwise.math.Exprs;
import app.stepwise.math.Magnitudes;
import app.stepwise.math.MathLimitException;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Printer;
import app.stepwise.math.SolutionSets;
import app.stepwise.math.Statement;
import app.stepwise.math.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The steps a student writes in the answer box before the answer: {@code 2x = 8, x = 4}, {@code 2x = 8 => x = 4},
 * {@code x = 8/2 = 4}. The answer is what they arrive at, but each step must still be true: ans15 found
 * {@code 2x = 14, x = 4}, {@code x = 5 ==> x = 4} and {@code x = 5 = 4} marked right for x = 4. A step is false when it
 * is false at every solution of the expected answer (an equation), or is a link of a chain whose two sides differ
 * ({@code 20/4 = 4}); a step that cannot be judged there (other letters, no values) is left alone.
 */
final class AnswerSteps {
    private AnswerSteps() {}

    /**
     * The first false step, as the student can find it in what they typed; empty when every step holds (a step that the
     * answer spec gives no solutions to judge at holds, but a chain link is judged on its own).
     *
     * @param steps the statements written before the answer, then the answer itself (whose chain links are judged)
     */
    static Optional<String> falseStep(AnswerSpec spec, List<String> steps, Parser.Context context) {
        List<Map<String, Expr>> at = solutions(spec);
        for (int k = 0; k < steps.size(); k++) {
            Statement s;
            try {
                s = Parser.parse(steps.get(k), context);
            } catch (MathSyntaxException | RuntimeException e) {
                continue; // an unreadable step is not judged here: the answer after it is
            }
            boolean answer = k == steps.size() - 1;
            // a number or an expression asked for: the answer written as a calculation, each link of it an identity
            boolean calculation = answer && (spec instanceof AnswerSpec.Numeric || spec instanceof AnswerSpec.Expression)
                    && !namesALetter(s);
            Optional<String> link = falseLink(s, calculation ? 0 : 1, steps.get(k));
            if (link.isPresent()) return link;
            // x = 4.55 = 4.6 for 32/7: a decimal inside the answer's chain that is no rounding of the solution (grade18)
            if (answer && s instanceof Statement.Chain c && c.parts().get(0) instanceof Expr.Var v && at.size() == 1
                    && at.get(0).containsKey(v.name())
                    && SolutionSets.misroundedInChain(at.get(0).get(v.name()), c.parts(), steps.get(k)).isPresent())
                return Optional.of(steps.get(k).strip());
            if (!answer && !at.isEmpty() && !at.stream().allMatch(values -> holds(s, values)))
                return Optional.of(steps.get(k).strip());
        }
        return Optional.empty();
    }

    /** A check written after the answer that is false, or that is too large to work out ({@code tooLarge}). */
    record CheckFound(String check, boolean tooLarge) {}

    /**
     * The first false check a student wrote after the answer ({@code 3(3) - 2 = 8}), as typed: a check of numbers only must
     * be an identity, link by link; one with letters must be true at every solution of the expected answer. A check of
     * numbers too large to work out exactly ({@code 2^2^2^2^2 = 7}) is false where the sizes of its sides are far apart,
     * and otherwise found as too large, never dropped unsaid (grade18: it was "Correct.").
     */
    static Optional<CheckFound> falseCheck(AnswerSpec spec, List<String> checks, Parser.Context context) {
        List<Map<String, Expr>> at = solutions(spec);
        for (String check : checks) {
            Statement s;
            try {
                s = Parser.parse(check, context);
            } catch (MathLimitException e) {
                return Optional.of(new CheckFound(check.strip(), true));
            } catch (MathSyntaxException | RuntimeException e) {
                continue; // an unreadable check is not judged: the answer is
            }
            boolean numbers = s instanceof Statement.Equation e
                    ? Exprs.variables(e).isEmpty()
                    : s instanceof Statement.Chain c && c.parts().stream().allMatch(p -> Exprs.variables(p).isEmpty());
            if (numbers) {
                Optional<CheckFound> found = numbersCheck(s, check);
                if (found.isPresent()) return found;
            } else if (!at.stream().allMatch(values -> holds(s, values)))
                return Optional.of(new CheckFound(check.strip(), false));
        }
        return Optional.empty();
    }

    /** A check of numbers: its first link that is false, or the first too large to decide. */
    private static Optional<CheckFound> numbersCheck(Statement s, String check) {
        List<Expr> links = switch (s) {
            case Statement.Chain c -> c.parts();
            case Statement.Equation e -> List.of(e.lhs(), e.rhs());
            default -> List.of();
        };
        for (int k = 0; k + 1 < links.size(); k++) {
            Verdict.Outcome outcome = Equivalence.of(links.get(k), links.get(k + 1)).outcome();
            boolean apart = outcome == Verdict.Outcome.NOT_EQUIVALENT
                    ? !SolutionSets.roundedLink(links, k, check)
                    : outcome == Verdict.Outcome.UNDECIDED && Magnitudes.surelyApart(links.get(k), links.get(k + 1));
            if (apart) return Optional.of(new CheckFound(check.strip(), false));
            if (outcome == Verdict.Outcome.UNDECIDED) return Optional.of(new CheckFound(check.strip(), true));
        }
        return Optional.empty();
    }

    /** {@code x = 3 × 4 = 12}, {@code 12 = x}: a letter alone on one side, which the answer gives a value. */
    private static boolean namesALetter(Statement s) {
        return switch (s) {
            case Statement.Equation e -> e.lhs() instanceof Expr.Var || e.rhs() instanceof Expr.Var;
            case Statement.Chain c -> c.parts().get(0) instanceof Expr.Var || c.parts().getLast() instanceof Expr.Var;
            default -> false;
        };
    }

    /** Each solution of the expected answer as values of its letters; one empty map for a number; none to judge at. */
    private static List<Map<String, Expr>> solutions(AnswerSpec spec) {
        return switch (spec) {
            case AnswerSpec.Numeric n -> List.of(Map.of());
            case AnswerSpec.SolutionSet s -> valuesOf(s.expected()).orElse(List.of());
            case AnswerSpec.Equation e -> valuesOf(e.expected()).orElse(List.of());
            case AnswerSpec.Expression e -> List.of();
            case AnswerSpec.Quantity q -> List.of();
            case AnswerSpec.MultipleChoice m -> List.of();
        };
    }

    /** x = 2 or x = 5: two solutions {x: 2}, {x: 5}; x = 7, y = 2: one, {x: 7, y: 2}. */
    private static Optional<List<Map<String, Expr>>> valuesOf(String expected) {
        Statement st;
        try {
            st = Parser.parse(expected, Parser.Context.DEFINING);
        } catch (MathSyntaxException | RuntimeException e) {
            return Optional.empty();
        }
        if (SolutionSets.values(st).isEmpty()) return Optional.empty();
        Map<String, List<Expr>> byLetter = AnswerChecker.byLetter(st);
        if (byLetter.isEmpty() || byLetter.containsKey("")) return Optional.empty();
        if (byLetter.size() == 1) {
            var e = byLetter.entrySet().iterator().next();
            return Optional.of(e.getValue().stream().map(v -> Map.of(e.getKey(), v)).toList());
        }
        if (byLetter.values().stream().anyMatch(v -> v.size() != 1)) return Optional.empty();
        Map<String, Expr> one = new java.util.HashMap<>();
        byLetter.forEach((k, v) -> one.put(k, v.get(0)));
        return Optional.of(List.of(one));
    }

    /** Whether the step is true at these values; a step with other letters, or none to judge, holds. */
    private static boolean holds(Statement s, Map<String, Expr> values) {
        return switch (s) {
            case Statement.Equation e -> !values.keySet().containsAll(Exprs.variables(e)) || Equations.satisfies(e, values);
            case Statement.Chain c -> holds(c.asEquation(), values);
            case Statement.Alternatives a -> a.options().stream().anyMatch(o -> holds(o, values));
            case Statement.Expression x -> true;
            case Statement.SetOf set -> true;
        };
    }

    /**
     * {@code x = 5 = 4}, {@code x = 20/4 = 4}: a link of a chain, from link {@code from} on (the first, {@code x = …},
     * states the answer), whose sides are not equal; {@code 3 × 5 = 12} from the first link. A result rounded to the
     * places written ({@code 10/3 ≈ 3.33}, read as {@code 10/3 = 3.33}) is no false link, as in the working (rev16).
     *
     * @param typed the step as typed, for the places its decimal is written to
     */
    private static Optional<String> falseLink(Statement s, int from, String typed) {
        return switch (s) {
            case Statement.Chain c -> falseLink(c.parts(), from, typed);
            case Statement.Equation e -> falseLink(List.of(e.lhs(), e.rhs()), from, typed);
            case Statement.Alternatives a -> a.options().stream().map(o -> falseLink(o, from, typed))
                    .flatMap(Optional::stream).findFirst();
            case Statement.Expression x -> Optional.empty();
            case Statement.SetOf set -> Optional.empty();
        };
    }

    private static Optional<String> falseLink(List<Expr> parts, int from, String typed) {
        List<Expr> links = parts.subList(Math.min(from, parts.size()), parts.size());
        return SolutionSets.firstFalseLink(links, typed).stream()
                .mapToObj(k -> Printer.text(links.get(k)) + " = " + Printer.text(links.get(k + 1))).findFirst();
    }
}
