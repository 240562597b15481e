package app.stepwise.author;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.Problem;
import app.stepwise.lesson.Task;
import app.stepwise.model.LocalModel;
import app.stepwise.tutor.ModelSolution;
import app.stepwise.tutor.ProblemContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Generate when no solver family applies: the verified problem reader first, then the local model's own solution,
 * each step checked by the engine; unverified steps are flagged, never passed off as verified.
 */
class GenerateFromModelTest {
    /** The tiny random model of the tests (src/test/resources/models/tiny-random-qwen2): it runs, and it writes nonsense. */
    static final Path TINY = Path.of("src/test/resources/models/tiny-random-qwen2");

    static Problem problem(String statement, Optional<Problem.Work> work, AnswerSpec answer) {
        return new Problem("p1", statement, List.of(), 1, answer, work, List.of(), List.of(), List.of(), Optional.empty());
    }

    static final Problem LINEAR = problem("Solve $3x + 5 = 20$.", Optional.of(new Problem.Work(Task.SOLVE, "3x + 5 = 20")),
            new AnswerSpec.Equation("x = 5"));

    @Test
    void aModelSolutionWhoseStepsTheEngineVerifiesIsOfferedAsVerified() {
        ModelSolution s = ModelSolution.checkText(ProblemContext.of(LINEAR),
                "<|step|>Subtract 5 from both sides.<|math|>3x = 15<|step|>Divide both sides by 3.<|math|>x = 5<|answer|>x = 5");
        Generate.Generated g = Generate.fromModelSolution(LINEAR, s).orElseThrow();
        assertThat(g.verified()).isTrue();
        assertThat(g.unverifiedSteps()).isEmpty();
        assertThat(g.solution()).extracting(Problem.SolutionStep::math).containsExactly("3x = 15", "x = 5");
        assertThat(g.hints()).hasSize(3).last().asString().contains("3 x = 15");
        assertThat(g.source().english()).isEqualTo("local model");
    }

    @Test
    void aWrongStepIsFlaggedByNumberAndTheSolutionIsNotVerified() {
        ModelSolution s = ModelSolution.checkText(ProblemContext.of(LINEAR),
                "<|step|>Add 5 to both sides.<|math|>3x = 25<|step|>Divide both sides by 3.<|math|>x = 25/3<|answer|>x = 25/3");
        Generate.Generated g = Generate.fromModelSolution(LINEAR, s).orElseThrow();
        assertThat(g.verified()).isFalse();
        assertThat(g.unverifiedSteps()).contains(1);
        assertThat(g.problems()).anySatisfy(m -> assertThat(m.english()).contains("step 1 (3x = 25) was not verified"));
        // the note is the teacher's language: a Spanish editor reads it in Spanish
        assertThat(g.problems()).anySatisfy(m -> assertThat(m.in(java.util.Locale.forLanguageTag("es")))
                .isEqualTo("el motor no ha verificado el paso 1 (3x = 25)"));
        assertThat(g.source().in(java.util.Locale.forLanguageTag("es"))).isEqualTo("el modelo local");
    }

    @Test
    void aStatementOnlyProblemIsReadByTheVerifiedProblemReaderBeforeTheModelIsAsked() throws Exception {
        Problem typed = problem("Solve 5x = 35.", Optional.empty(), new AnswerSpec.Equation("x = 7"));
        assertThat(Generate.forProblem(typed)).as("no solver family is named and there is no working start").isEmpty();
        try (LocalModel m = LocalModel.load(TINY, 1)) {
            Generate.Generated g = Generate.fromModel(typed, m, () -> false).orElseThrow();
            assertThat(g.source().english()).startsWith("problem reader");
            assertThat(g.verified()).isTrue();
            assertThat(g.answer()).isEqualTo("x = 7");
        }
    }

    @Test
    void theTinyModelsNonsenseIsNeverOfferedAsVerified() throws Exception {
        try (LocalModel m = LocalModel.load(TINY, 1)) {
            Optional<Generate.Generated> g = Generate.fromModel(LINEAR, m, () -> false);
            // the random model rarely writes a readable step; whatever it writes is flagged, never verified
            g.ifPresent(x -> {
                assertThat(x.verified()).isFalse();
                assertThat(x.problems()).isNotEmpty();
            });
        }
    }

    @Test
    void aCancelledGenerationOffersNothing() throws Exception {
        try (LocalModel m = LocalModel.load(TINY, 1)) {
            assertThat(Generate.fromModel(LINEAR, m, () -> true)).isEmpty();
        }
    }
}
