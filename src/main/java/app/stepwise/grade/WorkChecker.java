package app.stepwise.grade;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.Problem;
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
        if (work.task().equals("physics")) {
            List<Map.Entry<String, String>> givens = problem.givens().stream().map(g -> Map.entry(g.symbol(), g.value()))
                    .toList();
            Optional<String> answer = problem.answer() instanceof AnswerSpec.Quantity q
                    ? Optional.of(q.expected())
                    : Optional.empty();
            return PhysicsSteps.check(PhysicsSteps.Situation.of(givens, Optional.ofNullable(work.start()), answer), lines,
                    reference);
        }
        return StepChecker.check(work.task(), work.start(), lines, reference);
    }

    /** Whether this problem has working that can be checked line by line. */
    public static boolean checkable(Problem problem) {
        return problem.work().map(w -> w.task().equals("physics") || w.start() != null && !w.start().isBlank()).orElse(false);
    }
}
