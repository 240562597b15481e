package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.app.AppPaths;
import app.stepwise.lesson.LessonPack;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The answer checked against its kind as the teacher types, and an editor that keeps still: a newcomer saved 11/12 as
 * the answer of an "equation" problem unwarned, and saw the editor jump as notes and previews came and went.
 */
@ExtendWith(ApplicationExtension.class)
class PackEditorAnswerNoteTest {
    private TestApp test;
    private Stage stage;
    private PackEditorViewModel vm;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void open(FxRobot robot, String language) {
        test = new TestApp().inLanguage(language);
        LessonPack pack = TestApp.bundled("linear-equations.json");
        vm = new PackEditorViewModel(test.app(), Optional.empty(), pack);
        robot.interact(() -> {
            SharedStage.shrink(stage, 1024, 556);
            Scene scene = new Scene(new PackEditorView(vm, test.app().texts(), test.navigator), 1024, 556);
            Looks.set(scene, Settings.DEFAULTS);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() {
        new FxRobot().interact(() -> SharedStage.restore(stage));
        if (test != null) test.close();
    }

    /** Where these fields are in the window, to the pixel. */
    private List<Double> where(FxRobot robot, String... ids) {
        WaitForAsyncUtils.waitForFxEvents();
        return java.util.Arrays.stream(ids).map(id -> {
            Node n = robot.lookup(id).query();
            return n.localToScene(n.getBoundsInLocal()).getMinY();
        }).toList();
    }

    @Test
    void aValueForAnEquationIsNamedUnderTheAnswerAndNothingMoves(FxRobot robot) throws Exception {
        open(robot, "en");
        Label note = robot.lookup("#editor-answer-note").queryAs(Label.class);
        String[] below = {"#editor-try", "#editor-start", "#validation-panel"};
        FxWait.until(() -> vm.findings().isEmpty(), 20);
        List<Double> before = where(robot, below);
        assertThat(note.getText()).isEmpty();

        robot.interact(() -> vm.problems.get(0).value.set("11/12"));
        FxWait.until(() -> note.getText().startsWith("✗"), 20);
        assertThat(note.getText()).contains("\"11/12\" is a value, but the kind is \"equation\"").contains("y = 11/12");
        assertThat(note.getStyleClass()).contains("finding-error");
        assertThat(vm.saveBlocker()).as("the pack is not saved so").isPresent();
        assertThat(where(robot, below).subList(0, 2)).as("the fields below the note stay put").isEqualTo(before.subList(0, 2));
        // the draft is autosaved all the same
        try (var drafts = Files.list(AppPaths.userDir().resolve("drafts"))) {
            assertThat(drafts.anyMatch(d -> {
                try {
                    return Files.readString(d).contains("11/12");
                } catch (java.io.IOException e) {
                    return false;
                }
            })).isTrue();
        }
        List<Double> open = where(robot, below);

        robot.interact(() -> vm.problems.get(0).value.set("x = 5"));
        FxWait.until(() -> note.getText().isEmpty(), 20);
        FxWait.until(() -> vm.findings().isEmpty(), 20);
        assertThat(where(robot, below)).as("and stay put when it is fixed").isEqualTo(open);
    }

    @Test
    void theStatementsPreviewAndTheTriedAnswerKeepTheirRoom(FxRobot robot) throws Exception {
        open(robot, "en");
        String[] below = {"#editor-value", "#editor-start"};
        robot.interact(() -> vm.problems.get(0).statement.set(""));
        List<Double> empty = where(robot, below);
        robot.interact(() -> vm.problems.get(0).statement.set("Solve $\\frac{x}{2} + 3 = 5$."));
        assertThat(where(robot, below)).as("a statement in the preview moves nothing").isEqualTo(empty);

        List<Double> untried = where(robot, "#editor-start", "#editor-solution");
        robot.interact(() -> vm.tryAnswer("x = 4"));
        FxWait.until(() -> !robot.lookup("#editor-try-verdict").queryAs(Label.class).getText().isEmpty(), 20);
        assertThat(where(robot, "#editor-start", "#editor-solution")).as("a verdict moves nothing").isEqualTo(untried);
    }

    @Test
    void inSpanishTheNoteIsSpanish(FxRobot robot) throws Exception {
        open(robot, "es");
        Label note = robot.lookup("#editor-answer-note").queryAs(Label.class);
        robot.interact(() -> vm.problems.get(0).value.set("11/12"));
        FxWait.until(() -> note.getText().startsWith("✗"), 20);
        assertThat(note.getText()).contains("es un valor, pero el tipo es «ecuación»");
    }
}
