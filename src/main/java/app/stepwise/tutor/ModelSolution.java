package app.stepwise.tutor;

import app.stepwise.grade.LineCheck;
import app.stepwise.lesson.Task;
import app.stepwise.math.Expr;
import app.stepwise.math.Exprs;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Statement;
import app.stepwise.math.Quantity;
import app.stepwise.model.ControlTokens;
import app.stepwise.model.Generation;
import app.stepwise.model.GenerationOptions;
import app.stepwise.model.LocalModel;
import app.stepwise.model.ModelException;
import app.stepwise.model.ModelOutput;
import app.stepwise.model.PromptFormat;
import app.stepwise.solve.GeneralSolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The model's full worked solution of a problem, each step marked verified or not by the grading module.
 *
 * @param answer             the final answer shown: the model's answer line when it agrees with its last step, else
 *                           the last step's result (the runtime checks this; a small model sometimes copies a wrong
 *                           number into the answer line)
 * @param answerMatchedSteps whether the model's own answer line agreed with its last step
 */
public record ModelSolution(List<VerifiedStep> steps, String answer, boolean verified, boolean answerMatchedSteps, long ms,
        Generation generation) {

    public record VerifiedStep(String text, String math, boolean verified) {}

    public static ModelSolution solve(LocalModel model, ProblemContext ctx) throws ModelException {
        long t0 = System.nanoTime();
        Generation g = model.generate(new PromptFormat(model.manifest()).solve(ctx.modelText()),
                GenerationOptions.greedy(400).withBudget(20_000), null);
        return check(ctx, g, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Checks a generated solution (from the runtime, or a sample written elsewhere) against the problem. */
    public static ModelSolution check(ProblemContext ctx, Generation g, long ms) {
        ModelOutput out = ModelOutput.parse(g.text());
        List<VerifiedStep> steps = new ArrayList<>();
        boolean all = ctx.checkable() && !out.steps().isEmpty();
        Boolean finalRight = null;
        if (ctx.checkable() && !out.steps().isEmpty()) {
            try {
                LineCheck.Report r = ctx.check(out.steps().stream().map(ModelOutput.Step::math).toList());
                for (int i = 0; i < out.steps().size(); i++) {
                    var st = r.lines().get(i).status();
                    boolean ok = r.firstError().map(e -> false).orElse(true)
                            ? st == LineCheck.Status.VALID || st == LineCheck.Status.ON_PATH
                            : (st == LineCheck.Status.VALID || st == LineCheck.Status.ON_PATH) && i + 1 < r.firstError().get();
                    steps.add(new VerifiedStep(out.steps().get(i).text(), out.steps().get(i).math(), ok));
                    all &= ok;
                }
                finalRight = r.finalAnswerCorrect().orElse(null);
            } catch (MathSyntaxException e) {
                all = false;
            }
        }
        if (steps.isEmpty()) for (ModelOutput.Step s : out.steps()) steps.add(new VerifiedStep(s.text(), s.math(), false));
        String stated = ControlTokens.strip(out.answer().orElse(""));
        String last = steps.isEmpty() ? "" : steps.get(steps.size() - 1).math();
        boolean agrees = stated.isEmpty() || last.isEmpty() || AnswerConsistency.agrees(stated, last);
        String answer = agrees ? stated : AnswerConsistency.resultOf(last);
        // the answer line must say what the last verified step says: compared as values by the engine (an evaluate
        // task's "53" after "28 + 25 = 53"), or as one more valid line of the working
        boolean lastVerified = !steps.isEmpty() && steps.get(steps.size() - 1).verified();
        boolean verified = all && !Boolean.FALSE.equals(finalRight) && !answer.isEmpty() && agrees && lastVerified
                && (AnswerConsistency.agrees(answer, last) || answerIsLastStep(ctx, steps, answer))
                && statesFinalAnswer(ctx, steps, answer)
                // fix11: a physics solution shown as verified shows where each number comes from (no a = 2.5 from nowhere)
                && (!ctx.task().equals(Optional.of(Task.PHYSICS)) || ShownWork.showsWhereEachNumberComesFrom(ctx.givens(),
                        steps.stream().map(VerifiedStep::math).toList()));
        return new ModelSolution(steps, answer, verified, agrees, ms, g);
    }

    /**
     * Whether the answer line is a final answer the last verified step states: it says what that step says, and
     * for an equation or a system the answer states the solution and the grading module finds it right (an answer
     * "15" after a last step "3x = 15" says what the step says, and is no solution); for physics it is the problem's
     * quantity. For an expression every verified line has the start's value, so agreeing with the last is enough.
     */
    static boolean statesFinalAnswer(ProblemContext ctx, List<VerifiedStep> steps, String answer) {
        if (steps.isEmpty() || answer.isBlank() || !steps.get(steps.size() - 1).verified() || ctx.task().isEmpty())
            return false;
        if (!AnswerConsistency.agrees(answer, steps.get(steps.size() - 1).math())) return false;
        return switch (ctx.task().get()) {
            case PHYSICS -> answerIsLastStep(ctx, steps, answer);
            case SOLVE, SYSTEM -> {
                List<String> lines = new ArrayList<>(steps.stream().map(VerifiedStep::math).toList());
                lines.add(answer);
                try {
                    LineCheck.Report r = ctx.check(lines);
                    // a formula made the subject has no values to compare: the answer must then isolate the unknown
                    yield r.firstError().isEmpty() && r.finalAnswerCorrect()
                            .orElseGet(() -> ctx.task().get() == Task.SOLVE && isolatesUnknown(ctx, answer));
                } catch (MathSyntaxException | RuntimeException e) {
                    yield false;
                }
            }
            case SIMPLIFY, EXPAND, FACTOR, EVALUATE, DIFFERENTIATE -> true;
        };
    }

    /** Whether the answer reads "unknown = an expression without the unknown" (h = V/(lw) for V = lwh, solving for h). */
    static boolean isolatesUnknown(ProblemContext ctx, String answer) {
        String unknown = HintService.request(ctx).map(GeneralSolver.Request::unknown).orElse("");
        if (unknown.isBlank()) return false;
        try {
            return Statement.collapse(Parser.parse(answer)) instanceof Statement.Equation(Expr.Var(var name), var rhs)
                    && name.equals(unknown) && !Exprs.variables(rhs).contains(unknown);
        } catch (MathSyntaxException e) {
            return false;
        }
    }

    /**
     * The answer must be what the last verified step states (x = -5 after a last step x = -27/5 is not): the answer
     * is checked as one more line after the steps, and for physics against the problem's answer.
     */
    static boolean answerIsLastStep(ProblemContext ctx, List<VerifiedStep> steps, String answer) {
        if (steps.isEmpty() || !steps.get(steps.size() - 1).verified()) return false;
        try {
            if (ctx.task().equals(Optional.of(Task.PHYSICS))) {
                var expected = Quantity.parse(ctx.answer().orElseThrow());
                var given = Quantity.parse(answer);
                return Quantity.compare(expected, given, 0.01, 0) == Quantity.Match.EQUAL;
            }
            List<String> lines = new ArrayList<>(steps.stream().map(VerifiedStep::math).toList());
            lines.add(answer);
            LineCheck.Report r = ctx.check(lines);
            LineCheck last = r.lines().get(r.lines().size() - 1);
            return r.firstError().isEmpty()
                    && (last.status() == LineCheck.Status.VALID || last.status() == LineCheck.Status.ON_PATH)
                    && !Boolean.FALSE.equals(r.finalAnswerCorrect().orElse(null));
        } catch (MathSyntaxException | RuntimeException e) {
            return false;
        }
    }

    /** A sample's text checked against the problem (no generation timing). */
    public static ModelSolution checkText(ProblemContext ctx, String generated) {
        return check(ctx, new Generation(generated, List.of(), app.stepwise.model.StopReason.END_TOKEN, 0, 0, 0), 0);
    }
}
