package app.stepwise.grade;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.Problem;
import app.stepwise.lesson.Task;
import app.stepwise.math.MathSyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks the working of a pack problem: algebra from its start line, physics from its givens. */
public final class WorkChecker {
    private WorkChecker() {}

    /**
     * @param reference the reference reasoning's math lines (the solver's or the authored solution's)
     * @throws MathSyntaxException when the problem's own start or givens cannot be read (a pack error)
     */
    public static LineCheck.Report check(Problem problem, List<String> lines, List<String> reference) throws MathSyntaxException {
        Problem.Work work = problem.work()
                .orElseThrow(() -> new IllegalArgumentException("problem " + problem.id() + " has no working to check"));
        List<Map.Entry<String, String>> givens = problem.givens().stream().map(g -> Map.entry(g.symbol(), g.value())).toList();
        Optional<String> answer = problem.answer() instanceof AnswerSpec.Quantity q
                ? Optional.of(q.expected())
                : Optional.empty();
        return check(work.task(), Optional.ofNullable(work.start()), givens, answer, lines, reference);
    }

    /** How a task's working is checked; {@link #of} is the one place that decides it. */
    public enum Method {
        /** Line by line, each line against the one before (solve, simplify, expand, factor, evaluate, differentiate). */
        ALGEBRA,
        /** Each line true of the situation: givens, intermediate quantities and the answer, in SI. */
        PHYSICS,
        /** Each line a consequence of the simultaneous equations: true at their one solution ({@link SystemSteps}). */
        SYSTEM;

        public static Method of(Task task) {
            return switch (task) {
                case PHYSICS -> PHYSICS;
                case SYSTEM -> SYSTEM;
                case SOLVE, SIMPLIFY, EXPAND, FACTOR, EVALUATE, DIFFERENTIATE -> ALGEBRA;
            };
        }
    }

    /**
     * Checks working for a task by its {@link Method}: the physics start is the unknown, the algebra start the line
     * to work from, a system's start its equations separated by {@code ;}.
     *
     * @throws MathSyntaxException when the problem's own start or givens cannot be read (a pack error)
     */
    public static LineCheck.Report check(Task task, Optional<String> start, List<Map.Entry<String, String>> givens,
            Optional<String> answer, List<String> lines, List<String> reference) throws MathSyntaxException {
        return switch (Method.of(task)) {
            case PHYSICS -> PhysicsSteps.check(PhysicsSteps.Situation.of(givens, start, answer), lines, reference);
            case ALGEBRA -> StepChecker.check(task, start.orElse(""), lines, reference);
            case SYSTEM -> SystemSteps.check(start.orElse(""), lines, reference);
        };
    }

    /** Whether this problem has working that can be checked line by line. */
    public static boolean checkable(Problem problem) {
        return problem.work().map(w -> switch (Method.of(w.task())) {
            case PHYSICS -> true;
            case ALGEBRA -> w.start() != null && !w.start().isBlank();
            case SYSTEM -> w.start() != null && w.start().split(";").length >= 2;
        }).orElse(false);
    }
}
