package app.stepwise.tutor;

import app.stepwise.grade.LineCheck;
import app.stepwise.lesson.Task;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Quantity;
import app.stepwise.model.ControlTokens;
import app.stepwise.model.Generation;
import app.stepwise.model.GenerationOptions;
import app.stepwise.model.LocalModel;
import app.stepwise.model.ModelException;
import app.stepwise.model.ModelOutput;
import app.stepwise.model.PromptFormat;
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
                && (AnswerConsistency.agrees(answer, last) || answerIsLastStep(ctx, steps, answer));
        return new ModelSolution(steps, answer, verified, agrees, ms, g);
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
