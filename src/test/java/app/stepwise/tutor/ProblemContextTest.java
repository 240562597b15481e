package app.stepwise.tutor;

import static org.assertj.core.api.Assertions.assertThat;
import app.stepwise.app.Packs;
import app.stepwise.grade.AnswerChecker;
import app.stepwise.lesson.Problem;
import app.stepwise.lesson.Task;
import app.stepwise.solve.Solvers;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemContextTest {

    @Test
    void freeTextWithAnEquationCanBeChecked() throws Exception {
        ProblemContext c = ProblemContext.fromText("Solve 4x - 7 = 2x + 9.");
        assertThat(c.checkable()).isTrue();
        assertThat(c.start()).contains("4x - 7 = 2x + 9");
        assertThat(c.check(List.of("2x - 7 = 9", "2x = 16", "x = 8")).firstError()).isEmpty();
    }

    @Test
    void freePhysicsTextIsReadIntoGivensAndSolved() throws Exception {
        ProblemContext c = ProblemContext.fromText("A car travels a distance of 3 km in a time of 5 min. What is its speed?");
        assertThat(c.task()).contains(Task.PHYSICS);
        assertThat(c.givens()).extracting(Problem.Given::symbol).containsExactlyInAnyOrder("d", "t");
        assertThat(c.answer()).contains("10 m/s"); // as a teacher writes it (typed21), not 10.0
        assertThat(c.check(List.of("v = d/t", "v = 3000/300", "v = 10 m/s")).firstError()).isEmpty();
        assertThat(c.check(List.of("v = d/t", "v = 3/5 = 0.6 m/s")).firstError()).contains(2);
    }

    /** A newcomer saw the worked solution's units in italics, like variables ("98 N" as 98·N). */
    @Test
    void theWorkedSolutionSetsUnitsUprightInAPhysicsProblem() {
        Problem p = Packs.reader().read(Path.of("lessons/forces.json")).pack().orElseThrow().problem("frc-21").orElseThrow();
        List<String> shown = ProblemContext.of(p).referenceForDisplay().stream().map(m -> m.in(java.util.Locale.ENGLISH))
                .toList();
        assertThat(shown).anySatisfy(s -> assertThat(s).contains("N = 10 \\cdot 9.8 = 98\\,\\mathrm{N}$"));
        assertThat(shown).anySatisfy(s -> assertThat(s).contains("= 3.06\\,\\mathrm{m}/\\mathrm{s}^{2}$"));
        assertThat(String.join("\n", shown)).doesNotContain("98 N").doesNotContain("\\frac{3.06 m}");
    }

    @Test
    void textWithNothingToCheckIsNotCheckable() {
        assertThat(ProblemContext.fromText("Explain why the sky is blue.").checkable()).isFalse();
    }

    @Test
    void everyBundledProblemWithASolverIsSolvedAndVerified() {
        for (String pack : List.of("lessons/linear-equations.json", "lessons/forces-and-motion.json")) {
            var p = Packs.reader().read(Path.of(pack)).pack().orElseThrow();
            for (Problem problem : p.problems()) {
                if (problem.solver().isEmpty()) continue;
                var w = Solvers.forProblem(problem).orElseThrow();
                assertThat(w.steps()).as(problem.id()).isNotEmpty();
                assertThat(AnswerChecker.check(problem.answer(), w.answer()).correct())
                        .as(problem.id() + " answer " + w.answer()).isTrue();
            }
        }
    }
}
