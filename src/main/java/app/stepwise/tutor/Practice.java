package app.stepwise.tutor;

import app.stepwise.grade.AnswerChecker;
import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.Problem;
import app.stepwise.lesson.Task;
import app.stepwise.solve.Family;
import app.stepwise.solve.Solvers;
import app.stepwise.solve.Worked;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * "Another like this": a fresh problem of the same family as a pack problem, made by the step-by-step generators and
 * verified on the spot (every step by the math engine, and the final answer by the problem's own answer test), at
 * about the same difficulty (the worked solution's length closest to the original's).
 */
public final class Practice {
    /** Ids of generated problems start with this; they never clash with pack ids (which cannot contain '~'). */
    public static final String GENERATED_PREFIX = "~";
    private static final int CANDIDATES = 8;
    private static final long BUDGET_MS = 1500;

    private Practice() {}

    /** The form an expression answer must have where the task is about the form: factorised, expanded. */
    static Optional<AnswerSpec.Form> formAsked(Task task) {
        return switch (task) {
            case FACTOR -> Optional.of(AnswerSpec.Form.FACTORED);
            case EXPAND -> Optional.of(AnswerSpec.Form.EXPANDED);
            case SOLVE, SIMPLIFY, EVALUATE, DIFFERENTIATE, SYSTEM, PHYSICS -> Optional.empty();
        };
    }

    /** Whether the problem names a generator family, so "another like this" can make one. */
    public static boolean canMakeAnother(Problem problem) {
        return problem.solver().flatMap(s -> Solvers.family(s.family())).isPresent();
    }

    /**
     * A new verified problem like {@code template}, with the template's skills and difficulty; empty when the problem
     * has no generator or none could be verified within the time budget.
     */
    public static Optional<Problem> anotherLike(Problem template, long seed) {
        if (!canMakeAnother(template)) return Optional.empty();
        Family family = Solvers.family(template.solver().get().family()).get();
        int targetSteps = referenceSteps(template);
        SplittableRandom random = new SplittableRandom(seed);
        long deadline = System.currentTimeMillis() + BUDGET_MS;
        Problem best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < CANDIDATES && System.currentTimeMillis() < deadline; i++) {
            Worked w;
            try {
                w = Solvers.generate(family, random, random.nextInt(Math.max(1, family.wordings() - 2)));
            } catch (RuntimeException e) {
                continue; // a draw the verifier refused: try another
            }
            Optional<Problem> p = toProblem(w, template, seed * 31 + i);
            if (p.isEmpty() || p.get().statement().equals(template.statement())) continue;
            int distance = targetSteps < 0 ? 0 : Math.abs(w.steps().size() - targetSteps);
            if (distance < bestDistance) {
                best = p.get();
                bestDistance = distance;
            }
            if (distance == 0) break;
        }
        return Optional.ofNullable(best);
    }

    private static int referenceSteps(Problem template) {
        try {
            return Solvers.forProblem(template).map(w -> w.steps().size())
                    .orElse(template.solution().isEmpty() ? -1 : template.solution().size());
        } catch (RuntimeException e) {
            return template.solution().isEmpty() ? -1 : template.solution().size();
        }
    }

    /** The generated problem as a pack problem; empty when its own answer test would not accept its answer. */
    static Optional<Problem> toProblem(Worked w, Problem template, long n) {
        AnswerSpec spec = switch (w.answerKind()) {
            case "equation" -> new AnswerSpec.Equation(w.answer());
            case "set" -> new AnswerSpec.SolutionSet(w.answer());
            case "numeric" -> new AnswerSpec.Numeric(w.answer(), AnswerSpec.Tolerance.EXACT, Optional.empty());
            case "quantity" -> new AnswerSpec.Quantity(w.answer(), Optional.empty(), Optional.empty());
            default -> new AnswerSpec.Expression(w.answer(), formAsked(w.task()));
        };
        if (!AnswerChecker.check(spec, w.answer()).correct()) return Optional.empty();
        Optional<Problem.Work> work = Optional.of(new Problem.Work(w.task(), w.start()));
        List<Problem.SolutionStep> solution = w.steps().stream().map(s -> new Problem.SolutionStep(s.text(), s.math())).toList();
        String id = GENERATED_PREFIX + template.id() + "~" + Long.toHexString(n & 0xffffffffL);
        return Optional
                .of(new Problem(id, w.statement().replace("$", "\\$"), template.skills(), template.difficulty(), spec, work,
                        w.givens(), List.of(), solution, Optional.of(new Problem.SolverRef(w.family(), w.params()))));
    }
}
