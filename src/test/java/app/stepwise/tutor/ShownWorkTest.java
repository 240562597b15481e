package app.stepwise.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.Task;
import app.stepwise.solve.Family;
import app.stepwise.solve.Solvers;
import app.stepwise.solve.Worked;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * fix11: a physics solution shown as verified shows where each number comes from. units11 saw a two-formula solution
 * begin at {@code F = m a} with {@code a = 2.5}; the grading module rightly accepts each such line from a student, so the
 * model's whole solution "verified" without ever showing how a was found.
 */
class ShownWorkTest {
    private static final String CAR = "A car of mass 1200 kg accelerates from 10 m/s to 30 m/s in 8 s. What is the resultant force on it in kN?";

    private static ModelSolution model(String... lines) {
        StringBuilder text = new StringBuilder();
        for (String l : lines) text.append("<|step|>A step.<|math|>").append(l);
        return ModelSolution.checkText(ProblemContext.fromText(CAR), text.append("<|answer|>3 kN").toString());
    }

    @Test
    void aSolutionThatUsesAnIntermediateValueItNeverWorksOutIsNotShownAsVerified() {
        assertThat(model("F = m a", "F = 1200 × 2.5 = 3000 N", "F = 3000 N = 3 kN").verified()).isFalse();
        assertThat(model("F = 1200 × 2.5 = 3000 N", "F = 3000 N = 3 kN").verified()).isFalse();
        assertThat(model("a = 2.5", "F = 1200 × 2.5 = 3000 N", "F = 3000 N = 3 kN").verified())
                .as("a value stated with no working").isFalse();
    }

    @Test
    void aCompleteSolutionInAnyOrderOrRoundingIsStillVerified() {
        assertThat(model("a = (30 - 10)/8 = 2.5", "F = 1200 × 2.5 = 3000 N", "F = 3000 N = 3 kN").verified()).isTrue();
        assertThat(model("a = (v - u)/t", "a = (30 - 10)/8", "a = 2.5 m/s^2", "F = m a", "F = 1200 × 2.5", "F = 3000 N",
                "F = 3000 N = 3 kN").verified()).isTrue();
        // top-down: the formula first, the acceleration worked out before its value is used
        assertThat(model("F = m a", "a = (30 - 10)/8 = 2.5", "F = 1200 × 2.5 = 3000 N", "F = 3000 N = 3 kN").verified())
                .isTrue();
    }

    /**
     * The tutor's solver: the model's whole solution that skips the acceleration is not shown; its step search takes the
     * working-out of a before a line that uses it.
     */
    @Test
    void theTutorsSolverSearchesOnForTheMissingWorkInsteadOfShowingTheSkip() throws Exception {
        var model = new VerifiedSolverTest.Script()
                .whole(VerifiedSolverTest.step("F = m a") + VerifiedSolverTest.step("F = 1200 × 2.5 = 3000 N")
                        + VerifiedSolverTest.step("F = 3000 N = 3 kN") + "<|answer|>3 kN")
                .on("F = m a", VerifiedSolverTest.step("F = 1200 × 2.5 = 3000 N"),
                        VerifiedSolverTest.step("a = (30 - 10)/8 = 2.5"))
                .on("F = m a|a = (30 - 10)/8 = 2.5", VerifiedSolverTest.step("F = 1200 × 2.5 = 3000 N"))
                .on("F = m a|a = (30 - 10)/8 = 2.5|F = 1200 × 2.5 = 3000 N", "<|answer|>3000 N");
        VerifiedSolver.Result r = new VerifiedSolver(model,
                new app.stepwise.model.PromptFormat(app.stepwise.model.ModelManifest.read(HintServiceTest.SHIPPED)), true, 4,
                16, 60_000, true).solve(ProblemContext.fromText(CAR), () -> false);
        assertThat(r.end()).isNotEqualTo(VerifiedSolver.End.WHOLE_SOLUTION);
        assertThat(r.solution().steps()).extracting(ModelSolution.VerifiedStep::math).startsWith("F = m a",
                "a = (30 - 10)/8 = 2.5", "F = 1200 × 2.5 = 3000 N");
        assertThat(r.solution().verified()).isTrue();
    }

    /** Right complete solutions must not fail: every solver solution of every physics family, chains among them. */
    @Test
    void everySolverSolutionOfEveryPhysicsFamilyShowsWhereEachNumberComesFrom() {
        int checked = 0, chains = 0;
        SplittableRandom r = new SplittableRandom(20261201);
        for (Family f : Solvers.families()) {
            for (int i = 0; i < 150; i++) {
                Worked w;
                try {
                    w = Solvers.generate(f, r, 0);
                } catch (RuntimeException e) {
                    break; // a family that draws no problems of its own
                }
                if (w.task() != Task.PHYSICS) break;
                checked++;
                if (w.params().containsKey("chain")) chains++;
                assertThat(ShownWork.showsWhereEachNumberComesFrom(w.givens(), w.mathLines()))
                        .as("%s: %s %s", f.name(), w.givens(), w.mathLines()).isTrue();
            }
        }
        assertThat(checked).isGreaterThan(2000);
        assertThat(chains).isGreaterThan(100);
    }
}
