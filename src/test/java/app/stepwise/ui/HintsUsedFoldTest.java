package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.LessonPack;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * After a right answer the hints used are folded under "Hints used (n)" (open on a click), not left under "✓ Correct."
 * as if more help were on its way; a wrong answer or a new hint shows them again.
 */
@ExtendWith(ApplicationExtension.class)
class HintsUsedFoldTest {
    private final TestApp test = new TestApp();
    private ProblemScreen screen;

    @Start
    void start(Stage stage) {
        LessonPack linear = TestApp.bundled("linear-equations.json"); // problem 2: 3x + 5 = 20, three teacher's hints
        screen = ProblemScreen.show(stage, test, linear, 1, 900, 700);
    }

    @AfterEach
    void close() {
        screen.close();
        test.close();
    }

    @Test
    void hintsAreFoldedUnderARightAnswerAndOpenOnAClick(FxRobot robot) throws Exception {
        ProblemViewModel vm = screen.vm;
        VBox hints = robot.lookup("#hints").queryAs(VBox.class);
        ToggleButton used = robot.lookup("#hints-used").queryAs(ToggleButton.class);
        robot.interact(vm::hint);
        FxWait.until(() -> hints.getChildren().size() == 1, 10);
        assertThat(hints.isVisible()).isTrue();
        assertThat(used.isVisible()).as("nothing folded before the answer is right").isFalse();

        robot.interact(() -> {
            vm.answerProperty().set("x = 5");
            vm.check();
        });
        Label verdict = robot.lookup("#verdict").queryAs(Label.class);
        FxWait.until(() -> verdict.getStyleClass().contains("correct"), 10);
        assertThat(hints.isVisible()).as("the hint under ✓ Correct.").isFalse();
        assertThat(robot.lookup("#hint-source").queryAs(Label.class).isVisible()).isFalse();
        assertThat(used.isVisible()).isTrue();
        assertThat(used.getText()).startsWith("Hints used (1)");

        robot.clickOn(used);
        assertThat(hints.isVisible()).as("opened on a click").isTrue();
        robot.clickOn(used);
        assertThat(hints.isVisible()).isFalse();

        robot.interact(vm::hint); // asked for after the right answer: shown, not folded away
        FxWait.until(() -> hints.getChildren().size() == 2, 10);
        assertThat(hints.isVisible()).isTrue();
        assertThat(used.isVisible()).isFalse();
    }
}
