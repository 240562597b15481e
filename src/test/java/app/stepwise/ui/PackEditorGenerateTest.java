package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.author.Generate;
import app.stepwise.lesson.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The editor's Generate with the local model: offered marked, unverified steps flagged and never approved silently. */
class PackEditorGenerateTest {
    private final TestApp test = new TestApp();

    @AfterEach
    void close() {
        test.close();
        System.clearProperty("stepwise.home");
    }

    private PackEditorViewModel editor() {
        System.setProperty("stepwise.home", test.home.toString());
        return new PackEditorViewModel(test.app(), Optional.empty(), PackEditorViewModel.blank("gen"));
    }

    @Test
    void unverifiedStepsAreFlaggedAndTakeASecondApproveAndTheDraftCannotBeSavedBefore() {
        PackEditorViewModel vm = editor();
        ProblemDraft d = vm.current().orElseThrow();
        Generate.Generated g = new Generate.Generated(
                List.of(new Problem.SolutionStep("Add 5.", "3x = 25"), new Problem.SolutionStep("Divide by 3.", "x = 25/3")),
                List.of("h1", "h2", "h3"), "x = 25/3", app.stepwise.text.Message.of("generate.source.model"), false,
                List.of(app.stepwise.text.Message.of("generate.stepNotVerified", 1, "3x = 25")), List.of(), Optional.empty(),
                List.of(false, true));
        vm.offer(d, g);
        assertThat(d.generated.get()).isTrue();
        assertThat(d.unverifiedSteps.get()).isEqualTo("1");
        assertThat(d.generatedNote.get()).contains("not verified").contains("step 1");
        assertThat(vm.saveBlocker()).isPresent();

        vm.approve();
        assertThat(d.generated.get()).as("the first Approve only names the unverified steps").isTrue();
        assertThat(vm.statusProperty().get()).contains("Steps 1 were not verified");
        vm.approve();
        assertThat(d.generated.get()).isFalse();
        assertThat(d.unverifiedSteps.get()).isEmpty();
    }

    /** The note on generated content is in the teacher's language (it quoted the solvers' English in Spanish). */
    @Test
    void theNoteOnGeneratedContentIsInTheEditorsLanguage() {
        try (TestApp es = new TestApp().inLanguage("es")) {
            System.setProperty("stepwise.home", es.home.toString());
            PackEditorViewModel vm = new PackEditorViewModel(es.app(), Optional.empty(), PackEditorViewModel.blank("gen"));
            ProblemDraft d = vm.current().orElseThrow();
            vm.offer(d, new Generate.Generated(List.of(new Problem.SolutionStep("Add 5.", "3x = 25")), List.of("a", "b", "c"),
                    "x = 25/3", app.stepwise.text.Message.of("generate.source.model"), false,
                    List.of(app.stepwise.text.Message.of("generate.stepNotVerified", 1, "3x = 25")), List.of(),
                    Optional.empty(), List.of(false)));
            assertThat(d.generatedNote.get()).isEqualTo(
                    "Generado por el modelo local pero sin verificar: el motor no ha verificado el paso 1 (3x = 25)");
        }
    }

    @Test
    void verifiedContentIsApprovedWithOneApprove() {
        PackEditorViewModel vm = editor();
        ProblemDraft d = vm.current().orElseThrow();
        vm.offer(d, new Generate.Generated(List.of(new Problem.SolutionStep("Divide by 3.", "x = 5")), List.of("a", "b", "c"),
                "x = 5", app.stepwise.text.Message.of("generate.source.model"), true, List.of(), List.of(), Optional.empty()));
        assertThat(d.unverifiedSteps.get()).isEmpty();
        vm.approve();
        assertThat(d.generated.get()).isFalse();
    }

    @Test
    void withTheLocalModelLoadedGenerateReadsAStatementOnlyProblemThroughTheVerifiedReader() {
        assertThat(test.tutor.loadModel(Path.of("src/test/resources/models/tiny-random-qwen2"), 1)).isTrue();
        PackEditorViewModel vm = editor();
        ProblemDraft d = vm.current().orElseThrow();
        d.statement.set("Solve 5x = 35.");
        d.kind.set("equation");
        vm.generate(); // the test executor runs it on this thread
        assertThat(vm.generatingProperty().get()).isFalse();
        assertThat(d.generated.get()).isTrue();
        assertThat(d.generatedNote.get()).contains("problem reader").contains("every step verified");
        assertThat(d.solution.get()).endsWith("= 7");
        assertThat(d.value.get()).isEqualTo("x = 7");
    }

    @Test
    void withoutAModelAProblemNoSolverReadsIsToldSo() {
        PackEditorViewModel vm = editor();
        ProblemDraft d = vm.current().orElseThrow();
        d.statement.set("Write a poem about triangles.");
        vm.generate();
        assertThat(d.generated.get()).isFalse();
        assertThat(vm.statusProperty().get()).contains("No solver applies");
    }
}
