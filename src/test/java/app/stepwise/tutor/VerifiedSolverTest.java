package app.stepwise.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.model.ControlTokens;
import app.stepwise.model.Generation;
import app.stepwise.model.GenerationOptions;
import app.stepwise.model.LocalModel;
import app.stepwise.model.ModelException;
import app.stepwise.model.ModelManifest;
import app.stepwise.model.ModelOutput;
import app.stepwise.model.PromptFormat;
import app.stepwise.model.StopReason;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Verified decoding with a scripted model: for each piece of work so far, the texts its greedy candidate and its
 * samples (seeds 1, 2, …) would write. What is kept, what is rejected, and why the solution ends.
 */
class VerifiedSolverTest {
    static final ProblemContext LINEAR = ProblemContext.fromText("Solve 3x + 5 = 20.");

    /** A scripted model: work so far (lines joined by '|') → candidate texts, greedy first; it records every call. */
    static final class Script implements Candidates.Generator {
        final Map<String, List<String>> byWork = new HashMap<>();
        final List<String> calls = new ArrayList<>();
        String whole = "";

        Script whole(String solution) {
            whole = solution;
            return this;
        }

        Script on(String work, String... candidates) {
            byWork.put(work, List.of(candidates));
            return this;
        }

        @Override
        public Generation generate(String prompt, GenerationOptions options, java.util.function.Consumer<String> listener)
                throws ModelException {
            if (prompt.endsWith(ControlTokens.SOLVE)) {
                calls.add("whole");
                return new Generation(whole, List.of(1L), StopReason.END_TOKEN, 10, 1, 2);
            }
            String work = prompt.substring(prompt.indexOf(ControlTokens.WORK) + ControlTokens.WORK.length(),
                    prompt.indexOf(ControlTokens.NEXT)).replace("\n", "|");
            int c = options.temperature() == 0 ? 0 : (int) options.seed();
            calls.add(work + "#" + c);
            List<String> texts = byWork.getOrDefault(work, List.of());
            String text = c < texts.size() ? texts.get(c) : "<|step|>Nonsense.<|math|>x x =";
            return new Generation(text, List.of(1L, 2L, 3L), StopReason.END_TOKEN, 10, 1, 2);
        }
    }

    static String step(String math) {
        return "<|step|>A step.<|math|>" + math;
    }

    static VerifiedSolver solver(Candidates.Generator model, int candidates, int maxSteps, long budgetMs) throws Exception {
        return new VerifiedSolver(model, new PromptFormat(ModelManifest.read(HintServiceTest.SHIPPED)), true, candidates,
                maxSteps, budgetMs, false);
    }

    @Test
    void aRejectedCandidateIsNeverPartOfTheSolution() throws Exception {
        Script model = new Script()
                .on("", step("3x = 25"), step("3x = 15")) // greedy adds 5 (wrong); the first sample subtracts it
                .on("3x = 15", step("x = 15/3 = 5"))
                .on("3x = 15|x = 15/3 = 5", "<|answer|>x = 5");
        VerifiedSolver.Result r = solver(model, 4, 16, 60_000).solve(LINEAR, () -> false);
        assertThat(r.solution().steps()).extracting(ModelSolution.VerifiedStep::math).containsExactly("3x = 15", "x = 15/3 = 5");
        assertThat(r.solution().steps()).allMatch(ModelSolution.VerifiedStep::verified);
        assertThat(r.end()).isEqualTo(VerifiedSolver.End.ANSWERED);
        assertThat(r.solution().verified()).isTrue();
        assertThat(r.solution().answer()).isEqualTo("x = 5");
        assertThat(r.candidates()).isEqualTo(4);
        assertThat(r.rounds()).isEqualTo(3);
        assertThat(model.calls).containsExactly("#0", "#1", "3x = 15#0", "3x = 15|x = 15/3 = 5#0");
    }

    @Test
    void theAnswerMustSayWhatTheLastVerifiedStepSays() throws Exception {
        Script model = new Script()
                .on("", step("3x = 15"))
                // "15" is the last line's result as text, but not an answer to the equation: rejected; then a step
                .on("3x = 15", "<|answer|>15", step("x = 5"))
                .on("3x = 15|x = 5", "<|answer|>x = 6", "<|answer|>x = 5");
        VerifiedSolver.Result r = solver(model, 4, 16, 60_000).solve(LINEAR, () -> false);
        assertThat(r.solution().steps()).extracting(ModelSolution.VerifiedStep::math).containsExactly("3x = 15", "x = 5");
        assertThat(r.solution().answer()).isEqualTo("x = 5");
        assertThat(r.solution().verified()).isTrue();
        assertThat(r.solution().answerMatchedSteps()).isTrue();
    }

    @Test
    void anExpressionsAnswerIsItsLastVerifiedLinesValue() throws Exception {
        ProblemContext evaluate = ProblemContext.fromText("Calculate 18 - 4 × 3 + 2.");
        Script model = new Script().on("", step("18 - 12 + 2")).on("18 - 12 + 2", step("18 - 12 + 2 = 8"))
                .on("18 - 12 + 2|18 - 12 + 2 = 8", "<|answer|>9", "<|answer|>8");
        VerifiedSolver.Result r = solver(model, 4, 16, 60_000).solve(evaluate, () -> false);
        assertThat(r.end()).isEqualTo(VerifiedSolver.End.ANSWERED);
        assertThat(r.solution().answer()).isEqualTo("8");
        assertThat(r.solution().verified()).isTrue();
    }

    @Test
    void aFormulaMadeTheSubjectIsAnAnswerWhenItIsolatesTheUnknown() {
        ProblemContext formula = ProblemContext.fromText("Make h the subject of V = lwh.");
        assertThat(ModelSolution.checkText(formula, step("h = V/(lw)") + "<|answer|>h = V/(lw)").verified()).isTrue();
        assertThat(ModelSolution.checkText(formula, step("hlw = V") + "<|answer|>hlw = V").verified()).isFalse();
    }

    @Test
    void aSolutionWhoseAnswerIsNoSolutionOfTheEquationIsNotVerified() {
        // "15" says what "3x = 15" says, but the equation asks for x
        assertThat(ModelSolution.checkText(LINEAR, step("3x = 15") + "<|answer|>15").verified()).isFalse();
        assertThat(ModelSolution.checkText(LINEAR, step("3x = 15") + "<|answer|>3x = 15").verified()).isFalse();
        assertThat(ModelSolution.checkText(LINEAR, step("3x = 15") + step("x = 5") + "<|answer|>x = 5").verified()).isTrue();
    }

    @Test
    void whenTheWorkingStatesTheAnswerButNoAnswerLineVerifiesTheLastStepsResultIsTheAnswer() throws Exception {
        Script model = new Script()
                .on("", step("3x = 15"))
                .on("3x = 15", step("x = 15/3 = 5"))
                .on("3x = 15|x = 15/3 = 5", "<|answer|>x = 6", "<|answer|>x = 7");
        VerifiedSolver.Result r = solver(model, 2, 16, 60_000).solve(LINEAR, () -> false);
        assertThat(r.end()).isEqualTo(VerifiedSolver.End.WORKING_DONE);
        assertThat(r.solution().answer()).isEqualTo("x = 5");
        assertThat(r.solution().verified()).isTrue();
    }

    @Test
    void whenNoCandidateVerifiesTheSolutionStopsThereAndIsNotVerified() throws Exception {
        Script model = new Script().on("", step("3x = 15")).on("3x = 15", step("x = 4"), "<|answer|>x = 4");
        VerifiedSolver.Result r = solver(model, 3, 16, 60_000).solve(LINEAR, () -> false);
        assertThat(r.end()).isEqualTo(VerifiedSolver.End.NO_VERIFIED_CANDIDATE);
        assertThat(r.solution().steps()).extracting(ModelSolution.VerifiedStep::math).containsExactly("3x = 15");
        assertThat(r.solution().answer()).isEmpty();
        assertThat(r.solution().verified()).isFalse();
        assertThat(r.candidates()).isEqualTo(1 + 3);
        assertThat(r.lastRound()).as("the step it stopped at had its 3 candidates").isEqualTo(3);
        assertThat(r.wholeTried()).isFalse();
    }

    /** The newcomer run saw "none of its 5 candidates for the first step" where the README says up to 4 a step. */
    @Test
    void theCandidatesOfTheStepWhereItStoppedAreCountedApartFromTheWholeSolution() throws Exception {
        Script model = new Script().whole(step("3x = 25")); // the whole solution and every candidate are wrong
        VerifiedSolver.Result r = new VerifiedSolver(model, new PromptFormat(ModelManifest.read(HintServiceTest.SHIPPED)), true,
                VerifiedSolver.DEFAULT_CANDIDATES, 16, 60_000, true).solve(LINEAR, () -> false);
        assertThat(r.end()).isEqualTo(VerifiedSolver.End.NO_VERIFIED_CANDIDATE);
        assertThat(model.calls).containsExactly("whole", "#0", "#1", "#2", "#3");
        assertThat(r.wholeTried()).isTrue();
        assertThat(r.lastRound()).isEqualTo(VerifiedSolver.DEFAULT_CANDIDATES);
        assertThat(r.candidates()).isEqualTo(1 + VerifiedSolver.DEFAULT_CANDIDATES);
    }

    @Test
    void aStepThatRepeatsAnEarlierLineIsNoProgress() throws Exception {
        List<String> work = List.of("3x = 20 - 5", "3x = 15");
        // the grading module accepts the line (it is true); the loop guard does not
        assertThat(HintService.verifies(LINEAR, work, "3x = 20 - 5")).isTrue();
        List<ModelOutput.Step> steps = work.stream().map(m -> new ModelOutput.Step("A step.", m)).toList();
        assertThat(VerifiedSolver.accepts(LINEAR, steps, ModelOutput.parse(step("3x = 20 - 5")))).isFalse();
        assertThat(VerifiedSolver.accepts(LINEAR, steps, ModelOutput.parse(step("x = 5")))).isTrue();

        Script model = new Script().on("", step("3x = 20 - 5")).on("3x = 20 - 5", step("3x = 15"))
                .on("3x = 20 - 5|3x = 15", step("3x = 20 - 5"), step("3 x = 20 - 5"));
        VerifiedSolver.Result r = solver(model, 2, 16, 60_000).solve(LINEAR, () -> false);
        assertThat(r.solution().steps()).extracting(ModelSolution.VerifiedStep::math).containsExactly("3x = 20 - 5", "3x = 15");
        assertThat(r.end()).isEqualTo(VerifiedSolver.End.NO_VERIFIED_CANDIDATE);
    }

    @Test
    void theLoopStopsAtTheStepCap() throws Exception {
        // a model that always finds one more true line and never finishes
        Candidates.Generator model = (prompt, options, listener) -> {
            String work = prompt.substring(prompt.indexOf(ControlTokens.WORK) + ControlTokens.WORK.length(),
                    prompt.indexOf(ControlTokens.NEXT));
            int k = work.isEmpty() ? 1 : work.split("\n").length + 1;
            return new Generation(step("3x + 5 + " + k + " = 20 + " + k), List.of(1L), StopReason.END_TOKEN, 1, 1, 1);
        };
        VerifiedSolver.Result r = solver(model, 4, 3, 60_000).solve(LINEAR, () -> false);
        assertThat(r.end()).isEqualTo(VerifiedSolver.End.STEP_CAP);
        assertThat(r.solution().steps()).hasSize(3).allMatch(ModelSolution.VerifiedStep::verified);
        assertThat(r.solution().verified()).isFalse();
        assertThat(r.rounds()).isEqualTo(3);
    }

    @Test
    void theLoopStopsWhenTheBudgetIsSpent() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Candidates.Generator slow = (prompt, options, listener) -> {
            calls.incrementAndGet();
            try {
                Thread.sleep(20); // longer than the whole budget below: no ordering of clocks lets a second call in
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Generation(step("3x = 15"), List.of(1L), StopReason.END_TOKEN, 1, 1, 1);
        };
        VerifiedSolver.Result r = solver(slow, 4, 16, 5).solve(LINEAR, () -> false);
        assertThat(r.end()).isEqualTo(VerifiedSolver.End.TIME_BUDGET);
        assertThat(calls.get()).isEqualTo(1);
        assertThat(r.solution().verified()).isFalse();
    }

    @Test
    void cancellingStopsBeforeTheNextCandidate() throws Exception {
        Script model = new Script().on("", step("3x = 15")).on("3x = 15", step("x = 5"));
        // cancelled once the first generation has been made
        VerifiedSolver.Result r = solver(model, 4, 16, 60_000).solve(LINEAR, () -> !model.calls.isEmpty());
        assertThat(r.end()).isEqualTo(VerifiedSolver.End.CANCELLED);
        assertThat(model.calls).hasSize(1);
    }

    @Test
    void aProblemThatCannotBeCheckedGetsNoStepAndTheModelIsNotAsked() throws Exception {
        Script model = new Script().on("", step("x^3/3 + C"));
        VerifiedSolver.Result r = solver(model, 4, 16, 60_000)
                .solve(ProblemContext.fromText("Integrate x^2 with respect to x."), () -> false);
        assertThat(r.end()).isEqualTo(VerifiedSolver.End.NOT_CHECKABLE);
        assertThat(r.solution().steps()).isEmpty();
        assertThat(model.calls).isEmpty();
    }

    @Test
    void aFailingModelEndsTheSolutionWithoutAStep() throws Exception {
        Candidates.Generator broken = (prompt, options, listener) -> {
            throw new ModelException("the model is busy with another request");
        };
        VerifiedSolver.Result r = solver(broken, 4, 16, 60_000).solve(LINEAR, () -> false);
        assertThat(r.end()).isEqualTo(VerifiedSolver.End.MODEL_FAILED);
        assertThat(r.solution().steps()).isEmpty();
        assertThat(r.solution().verified()).isFalse();
    }

    @Test
    void theNextStepIsTheFirstVerifiedCandidateAsAHintGivesIt() throws Exception {
        Script model = new Script().on("", step("3x = 25"), step("3x = 20 + 5"), step("3x = 20 - 5"));
        VerifiedSolver.Next n = solver(model, 4, 1, 60_000).next(LINEAR, LINEAR.modelText(), List.of(), () -> false);
        assertThat(n.step()).map(ModelOutput.Step::math).contains("3x = 20 - 5");
        assertThat(n.candidates()).isEqualTo(3);
        VerifiedSolver.Next none = solver(model, 2, 1, 60_000).next(LINEAR, LINEAR.modelText(), List.of(), () -> false);
        assertThat(none.step()).isEmpty();
        assertThat(none.candidates()).isEqualTo(2);
    }

    @Test
    void theTutorsSolverShowsAWholeGreedySolutionThatVerifiesAsItIs() throws Exception {
        Script model = new Script().whole(step("3x = 15") + step("x = 5") + "<|answer|>x = 5");
        VerifiedSolver.Result r = new VerifiedSolver(model, new PromptFormat(ModelManifest.read(HintServiceTest.SHIPPED)), true,
                4, 16, 60_000, true).solve(LINEAR, () -> false);
        assertThat(r.end()).isEqualTo(VerifiedSolver.End.WHOLE_SOLUTION);
        assertThat(r.solution().verified()).isTrue();
        assertThat(model.calls).containsExactly("whole");
    }

    @Test
    void aWholeSolutionThatGoesWrongKeepsItsVerifiedStepsAndTheSearchGoesOnFromThere() throws Exception {
        Script model = new Script().whole(step("3x = 15") + step("x = 4") + "<|answer|>x = 4")
                .on("3x = 15", step("x = 4"), step("x = 5"))
                .on("3x = 15|x = 5", "<|answer|>x = 5");
        VerifiedSolver.Result r = new VerifiedSolver(model, new PromptFormat(ModelManifest.read(HintServiceTest.SHIPPED)), true,
                4, 16, 60_000, true).solve(LINEAR, () -> false);
        assertThat(r.solution().steps()).extracting(ModelSolution.VerifiedStep::math).containsExactly("3x = 15", "x = 5");
        assertThat(r.solution().answer()).isEqualTo("x = 5");
        assertThat(r.solution().verified()).isTrue();
        assertThat(model.calls).containsExactly("whole", "3x = 15#0", "3x = 15#1", "3x = 15|x = 5#0");
    }

    @Test
    void theTinyRandomModelsNonsenseNeverBecomesAStep() throws Exception {
        try (LocalModel m = LocalModel.load(LocalModelTestFixture.FIXTURE, 1)) {
            VerifiedSolver.Result r = new VerifiedSolver(m, 2, 4, 20_000).solve(LINEAR, () -> false);
            assertThat(r.solution().steps()).allMatch(ModelSolution.VerifiedStep::verified);
            assertThat(r.solution().verified()).isFalse();
            assertThat(r.candidates()).isPositive();
        }
    }
}
