package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.LessonPack;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Show solution in Spanish: a worked solution whose sentences are in the solvers' English words (as the editor's
 * Generate writes the model's or the solvers' solution into a pack) is shown in Spanish, as the model's hints are; a
 * sentence of the pack's own stays as written.
 */
@ExtendWith(ApplicationExtension.class)
class SolutionLanguageTest {
    /** A problem no solver is named for: its solution is the pack's, in English. */
    private static final LessonPack GENERATED = TestApp.pack("""
            {"schemaVersion": 1, "id": "generated", "title": "Generated", "subject": "math", "language": "en",
             "problems": [{"id": "a", "statement": "Solve $3x + 5 = 20$.", "answer": {"kind": "equation", "value": "x = 5"},
               "work": {"task": "solve", "start": "3x + 5 = 20"},
               "solution": [{"text": "Subtract 5 from both sides to get the x-term alone.", "math": "3x = 15"},
                            {"text": "Divide both sides by 3.", "math": "x = 5"},
                            {"text": "Put it back in to be sure.", "math": "3 × 5 + 5 = 20"}]}]}
            """);
    private final TestApp test = new TestApp().inLanguage("es");
    private ProblemScreen screen;

    @Start
    void start(Stage stage) {
        screen = ProblemScreen.show(stage, test, GENERATED, 0, 900, 700);
    }

    @AfterEach
    void close() {
        screen.close();
        test.close();
    }

    @Test
    void aSolutionInTheSolversWordsIsShownInSpanish(FxRobot robot) throws Exception {
        robot.clickOn("#solution");
        VBox steps = robot.lookup("#worked-solution").queryAs(VBox.class);
        FxWait.until(() -> steps.getChildren().size() == 3, 10);
        List<String> heard = new java.util.ArrayList<>();
        robot.interact(() -> steps.getChildren().stream().map(Node::getAccessibleText).forEach(heard::add));
        assertThat(heard.get(0)).startsWith("1. Resta 5 en los dos lados para dejar solo el término en x.");
        assertThat(heard.get(1)).startsWith("2. Divide los dos lados entre 3.");
        assertThat(heard.get(2)).as("the pack's own words, which no solver sentence matches")
                .startsWith("3. Put it back in to be sure.");
    }

    /** A Spanish teacher's pack, its steps generated in Spanish (the editor writes them in the pack's language). */
    private static final LessonPack SPANISH = TestApp.pack("""
            {"schemaVersion": 1, "id": "generado", "title": "Generado", "subject": "math", "language": "es",
             "problems": [{"id": "a", "statement": "Resuelve $3x + 5 = 20$.", "answer": {"kind": "equation", "value": "x = 5"},
               "work": {"task": "solve", "start": "3x + 5 = 20"},
               "solution": [{"text": "Resta 5 en los dos lados para dejar solo el término en x.", "math": "3x = 15"},
                            {"text": "Divide los dos lados entre 3.", "math": "x = 5"},
                            {"text": "Compruébalo.", "math": "3 × 5 + 5 = 20"}]}]}
            """);

    @Test
    void aSpanishPacksGeneratedStepsAreSaidInEnglishToAnEnglishStudent() {
        try (TestApp en = new TestApp()) {
            ProblemViewModel vm = new ProblemViewModel(SPANISH, 0, en.app(), en.navigator);
            vm.showSolution();
            assertThat(vm.solutionProperty()).hasSize(3);
            assertThat(vm.solutionProperty().get(0)).startsWith("Subtract 5 from both sides to get the x-term alone.");
            assertThat(vm.solutionProperty().get(1)).startsWith("Divide both sides by 3.");
            assertThat(vm.solutionProperty().get(2)).as("the pack's own words").startsWith("Compruébalo.");
            vm.leave();
        }
    }

    @Test
    void inEnglishTheSameSolutionReadsAsWritten() {
        try (TestApp en = new TestApp()) {
            ProblemViewModel vm = new ProblemViewModel(GENERATED, 0, en.app(), en.navigator);
            vm.showSolution();
            assertThat(vm.solutionProperty()).hasSize(3);
            assertThat(vm.solutionProperty().get(0)).startsWith("Subtract 5 from both sides to get the x-term alone.");
            assertThat(vm.solutionProperty().get(1)).startsWith("Divide both sides by 3.");
            assertThat(vm.solutionProperty().get(2)).startsWith("Put it back in to be sure.");
            vm.leave();
        }
    }
}
