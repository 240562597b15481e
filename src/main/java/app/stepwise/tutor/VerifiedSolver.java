package app.stepwise.tutor;

import app.stepwise.math.MathSyntaxException;
import app.stepwise.model.ControlTokens;
import app.stepwise.model.Generation;
import app.stepwise.model.GenerationOptions;
import app.stepwise.model.LocalModel;
import app.stepwise.model.ModelException;
import app.stepwise.model.ModelOutput;
import app.stepwise.solve.Step;
import app.stepwise.model.PromptFormat;
import app.stepwise.model.StopReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The model's worked solution built one verified step at a time, as the tutor asks for hints: for the steps so far,
 * the next-step prompt; the greedy candidate first, then samples; the first candidate the grading module verifies
 * after the steps so far is kept (the same check as a hint's, {@link HintService#verifies}). It ends when the model
 * gives its answer (accepted only when it says what the last step says), when no candidate verifies, at the step cap,
 * at the time budget, or when the caller cancels. A rejected candidate is never part of the solution. The tutor's
 * solver first asks for the greedy whole solution and keeps it when it verifies as it is (so it shows every solution
 * plain greedy decoding would have shown), else keeps its steps as far as each verifies and goes on from there.
 */
public final class VerifiedSolver {
    /** Candidates per step, as the tutor's hints use. */
    public static final int DEFAULT_CANDIDATES = 4;
    /** Most steps in one solution (the solvers' longest worked solutions are well under this). */
    public static final int DEFAULT_MAX_STEPS = 16;
    /** The whole solution's time budget where a person waits for it (the command line, the editor). */
    public static final long DEFAULT_BUDGET_MS = 30_000;

    private final Candidates.Generator model;
    private final PromptFormat format;
    private final boolean speaksStepwise;
    private final int candidates;
    private final int maxSteps;
    private final long budgetMs;
    private final boolean wholeFirst;
    /** Longest a whole solution may be (tokens), as a plain greedy solution. */
    static final int WHOLE_TOKENS = 400;

    /** Why a verified solution ended. */
    public enum End {
        /** The model's greedy whole solution verified as it was (only when the whole solution is tried first). */
        WHOLE_SOLUTION,
        /** The model gave its answer, and it says what the last verified step says. */
        ANSWERED,
        /** No candidate was accepted, but the verified working already states the right answer: its result is the answer. */
        WORKING_DONE,
        /** None of the candidates for the next step verified. */
        NO_VERIFIED_CANDIDATE,
        /** The step cap was reached. */
        STEP_CAP,
        /** The time budget ran out. */
        TIME_BUDGET,
        /** The caller cancelled. */
        CANCELLED,
        /** The problem's working cannot be checked, so no step can be verified. */
        NOT_CHECKABLE,
        /** The model failed (busy past the budget, closed, ONNX Runtime) or does not speak Stepwise's prompt format. */
        MODEL_FAILED
    }

    /**
     * A verified solution and what it took.
     *
     * @param solution   every step verified; {@link ModelSolution#verified()} when the answer is too
     * @param rounds     prompts asked: the whole solution's (when tried first), then one per step searched (the
     *                   answer's and a last one that failed included)
     * @param candidates candidates generated in all (the whole solution, when tried first, counted as one)
     * @param lastRound  candidates generated for the step the search stopped at (at most the candidates per step; 0 when
     *                   no step was searched)
     * @param wholeTried whether the greedy whole solution was asked for first
     * @param tokens     tokens generated in all
     */
    public record Result(ModelSolution solution, End end, int rounds, int candidates, int lastRound, boolean wholeTried,
            long tokens, long ms) {
        public double candidatesPerRound() {
            return rounds == 0 ? 0 : (double) candidates / rounds;
        }
    }

    /** The model's next step from the work so far: the first verified of the candidates, and what it took. */
    public record Next(Optional<ModelOutput.Step> step, int candidates, long tokens, long ms) {}

    /** The solver the tutor uses: the greedy whole solution first, then step by step from its last verified step. */
    public VerifiedSolver(LocalModel model, int candidates, int maxSteps, long budgetMs) {
        this(model::generate, new PromptFormat(model.manifest()), model.manifest().speaksStepwise(), candidates, maxSteps,
                budgetMs, true);
    }

    /** The same solver without the whole solution first: step by step from the first step (what eval-model compares). */
    public VerifiedSolver stepByStepOnly() {
        return new VerifiedSolver(model, format, speaksStepwise, candidates, maxSteps, budgetMs, false);
    }

    VerifiedSolver(Candidates.Generator model, PromptFormat format, boolean speaksStepwise, int candidates, int maxSteps,
            long budgetMs, boolean wholeFirst) {
        if (candidates < 1 || maxSteps < 1 || budgetMs < 1)
            throw new IllegalArgumentException("candidates, step cap and budget must be positive");
        this.model = model;
        this.format = format;
        this.speaksStepwise = speaksStepwise;
        this.candidates = candidates;
        this.maxSteps = maxSteps;
        this.budgetMs = budgetMs;
        this.wholeFirst = wholeFirst;
    }

    /** The solution of the problem as the tutor gives it to the model (its restatement). */
    public Result solve(ProblemContext ctx, BooleanSupplier cancelled) {
        return solve(ctx, ctx.modelText(), cancelled);
    }

    /**
     * The solution, the model given the problem as {@code problemText}; every step is verified against {@code ctx}.
     */
    public Result solve(ProblemContext ctx, String problemText, BooleanSupplier cancelled) {
        long t0 = System.nanoTime();
        List<ModelOutput.Step> steps = new ArrayList<>();
        String answer = "";
        int rounds = 0, tried = 0, lastRound = 0;
        boolean wholeTried = false;
        long tokens = 0;
        boolean reached = false;
        End end;
        if (wholeFirst && speaksStepwise && ctx.checkable() && !cancelled.getAsBoolean()) {
            // the greedy whole solution first (the view the model was trained on most): shown when it verifies as it
            // is; otherwise its steps are kept as far as each verifies, and the step-by-step search goes on from there
            try {
                Generation g = model.generate(format.solve(problemText),
                        GenerationOptions.greedy(WHOLE_TOKENS).withBudget(budgetMs).withCancel(cancelled), null);
                rounds++;
                tried++;
                wholeTried = true;
                tokens += g.tokens().size();
                ModelSolution whole = ModelSolution.check(ctx, g, Candidates.msSince(t0));
                boolean inUnitAsked = HintService.toUnitAsked(ctx, whole.steps().stream().map(ModelSolution.VerifiedStep::math)
                        .toList()).isEmpty();
                if (whole.verified() && !cancelled.getAsBoolean() && inUnitAsked)
                    return new Result(whole, End.WHOLE_SOLUTION, rounds, tried, 0, true, tokens, Candidates.msSince(t0));
                for (ModelSolution.VerifiedStep st : whole.steps()) {
                    ModelOutput one = new ModelOutput(List.of(new ModelOutput.Step(st.text(), st.math())), Optional.empty(),
                            Optional.empty());
                    if (steps.size() >= maxSteps || !accepts(ctx, steps, one)) break;
                    steps.add(one.steps().get(0));
                }
                reached = reachesAnswer(ctx, mathOf(steps));
            } catch (ModelException e) {
                // the step-by-step search below meets the same failure and ends with it
            }
        }
        if (!speaksStepwise) end = End.MODEL_FAILED;
        else if (!ctx.checkable()) end = End.NOT_CHECKABLE;
        else
            while (true) {
                if (cancelled.getAsBoolean()) {
                    end = End.CANCELLED;
                    break;
                }
                if (Candidates.msSince(t0) >= budgetMs) {
                    end = End.TIME_BUDGET;
                    break;
                }
                if (steps.size() >= maxSteps) {
                    end = End.STEP_CAP;
                    break;
                }
                List<String> valid = mathOf(steps);
                Candidates.Found found = Candidates.first(model, format.next(problemText, valid), candidates, t0, budgetMs,
                        null, cancelled, out -> accepts(ctx, steps, out));
                rounds++;
                tried += found.tried();
                lastRound = found.tried();
                tokens += found.tokens();
                if (found.accepted().isEmpty()) {
                    end = found.modelFailed()
                            ? End.MODEL_FAILED
                            : cancelled.getAsBoolean()
                                    ? End.CANCELLED
                                    : Candidates.msSince(t0) >= budgetMs ? End.TIME_BUDGET : End.NO_VERIFIED_CANDIDATE;
                    break;
                }
                ModelOutput out = found.accepted().get();
                if (out.steps().isEmpty()) {
                    answer = stated(out);
                    end = End.ANSWERED;
                    break;
                }
                steps.add(out.steps().get(0));
                reached = reachesAnswer(ctx, mathOf(steps));
            }
        if (answer.isEmpty() && reached) {
            // the verified working states the right answer; the model did not say it in time: its last step's result is
            answer = AnswerConsistency.resultOf(steps.get(steps.size() - 1).math());
            if (end == End.NO_VERIFIED_CANDIDATE) end = End.WORKING_DONE;
        }
        if (!answer.isEmpty()) {
            // the question asks for another unit (km/h) than the model answered in (m/s): the tutor adds the conversion
            Optional<Step> convert = HintService.toUnitAsked(ctx, mathOf(steps));
            if (convert.isPresent()) {
                steps.add(new ModelOutput.Step(convert.get().said().english(), convert.get().math()));
                answer = ctx.answer().orElse(answer);
            }
        }
        long ms = Candidates.msSince(t0);
        StringBuilder text = new StringBuilder();
        for (ModelOutput.Step s : steps)
            text.append(ControlTokens.STEP).append(s.text()).append(ControlTokens.MATH).append(s.math());
        if (!answer.isEmpty()) text.append(ControlTokens.ANSWER).append(answer);
        StopReason stop = switch (end) {
            case WHOLE_SOLUTION, ANSWERED, WORKING_DONE -> StopReason.END_TOKEN;
            case TIME_BUDGET -> StopReason.TIME_BUDGET;
            case CANCELLED -> StopReason.CANCELLED;
            default -> StopReason.MAX_TOKENS;
        };
        // the finished text is checked once more as a whole, by the same check as a greedy solution's
        ModelSolution solution = ModelSolution.check(ctx, new Generation(text.toString(), List.of(), stop, 0, ms, ms), ms);
        return new Result(solution, end, rounds, tried, lastRound, wholeTried, tokens, ms);
    }

    /**
     * The next step as a hint gives it, from the model alone: up to the candidates, the first whose step verifies
     * after {@code valid} (empty when none does, or the problem cannot be checked).
     */
    public Next next(ProblemContext ctx, String problemText, List<String> valid, BooleanSupplier cancelled) {
        long t0 = System.nanoTime();
        if (!speaksStepwise || !ctx.checkable()) return new Next(Optional.empty(), 0, 0, 0);
        Candidates.Found found = Candidates.first(model, format.next(problemText, valid), candidates, t0, budgetMs, null,
                cancelled, HintService.firstStepVerifies(ctx, valid));
        return new Next(found.accepted().map(o -> o.steps().get(0)), found.tried(), found.tokens(), Candidates.msSince(t0));
    }

    /**
     * A candidate is kept when it is a step that verifies after the steps so far and repeats none of them (a loop is
     * no progress), or, after at least one step, an answer that the last step states ({@link
     * ModelSolution#statesFinalAnswer}: the same rule the finished solution is checked by).
     */
    static boolean accepts(ProblemContext ctx, List<ModelOutput.Step> steps, ModelOutput out) {
        List<String> valid = mathOf(steps);
        if (!out.steps().isEmpty()) {
            String math = out.steps().get(0).math();
            if (repeats(valid, math) || !HintService.verifies(ctx, valid, math)) return false;
            // fix11: a solution shown to a student uses no number that neither the problem nor a line before it gives
            if (!ctx.task().equals(Optional.of(app.stepwise.lesson.Task.PHYSICS))) return true;
            List<String> with = new ArrayList<>(valid);
            with.add(math);
            return ShownWork.showsWhereEachNumberComesFrom(ctx.givens(), with);
        }
        List<ModelSolution.VerifiedStep> verified = steps.stream()
                .map(s -> new ModelSolution.VerifiedStep(s.text(), s.math(), true)).toList();
        return ModelSolution.statesFinalAnswer(ctx, verified, stated(out));
    }

    /** Whether the line repeats an earlier line of the working (spaces and the minus sign's form aside). */
    static boolean repeats(List<String> valid, String math) {
        String m = normal(math);
        return valid.stream().anyMatch(v -> normal(v).equals(m));
    }

    /** Whether the working's last line states the right solution of an equation, as the grading module judges. */
    static boolean reachesAnswer(ProblemContext ctx, List<String> valid) {
        if (valid.isEmpty()) return false;
        try {
            return ctx.check(valid).finalAnswerCorrect().orElse(false);
        } catch (MathSyntaxException | RuntimeException e) {
            return false;
        }
    }

    private static String stated(ModelOutput out) {
        return ControlTokens.strip(out.answer().orElse("")).strip();
    }

    private static List<String> mathOf(List<ModelOutput.Step> steps) {
        return steps.stream().map(ModelOutput.Step::math).toList();
    }

    private static String normal(String s) {
        return s.replace(" ", "").replace("−", "-");
    }
}
