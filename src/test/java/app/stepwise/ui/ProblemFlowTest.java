package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A student opens the library, a pack and a problem, types an answer and sees the verdict. */
@ExtendWith(ApplicationExtension.class)
class ProblemFlowTest {

    private WholeApp window;

    @BeforeEach
    void start(FxRobot robot) throws Exception {
        window = WholeApp.start(robot, "en"); // a fresh home: no saved work from earlier runs
    }

    @AfterEach
    void stop() {
        if (window != null) window.close();
    }

    @Test
    void studentChecksARightThenAWrongAnswer(FxRobot robot) throws Exception {
        openLinearEquationsProblem2(robot);

        robot.clickOn("#answer").write("x = 5");
        robot.clickOn("#check");
        Label verdict = robot.lookup("#verdict").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !verdict.getText().isEmpty());
        assertThat(verdict.getText()).contains("Correct");
        assertThat(verdict.getStyleClass()).contains("correct");

        robot.doubleClickOn("#answer").eraseText(10).write("x = 25/3").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> verdict.getStyleClass().contains("wrong"));
        assertThat(verdict.getText()).contains("Not quite");

        // the working: line 1 moves the 5 without changing its sign, line 2 follows from it (error carried forward)
        robot.clickOn("#work").write("3x = 25\nx = 25/3\nx = 8.33");
        robot.clickOn("#check");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#line-marks").queryAs(VBox.class).getChildren().size() == 3);
        VBox marks = robot.lookup("#line-marks").queryAs(VBox.class);
        assertThat(marks.getChildren().get(0).getStyleClass()).contains("mark-row", "invalid");
        assertThat(((Label) ((HBox) marks.getChildren().get(0)).getChildren().get(2)).getText()).contains("sign");
        assertThat(marks.getChildren().get(1).getStyleClass()).contains("valid");
        assertThat(marks.getChildren().get(2).getStyleClass()).contains("valid"); // 8.33 is 25/3 rounded
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> verdict.getText().contains("line 1")); // set just after the marks

        // "What's wrong?": the first mistake and a right step, worked out off the FX thread
        robot.clickOn("#whats-wrong");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> verdict.getText().contains("Line 1:"));
        assertThat(verdict.getText()).contains("sign").contains("Line 1 done right");

        // hints: the teacher's three authored hints first, then a step's ladder (model, else solver), its source shown
        VBox hints = robot.lookup("#hints").queryAs(VBox.class);
        Label source = robot.lookup("#hint-source").queryAs(Label.class);
        for (int i = 1; i <= 3; i++) {
            robot.clickOn("#hint");
            int n = i;
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> hints.getChildren().size() == n);
            assertThat(source.getText()).contains("teacher");
        }
        // worked out off the FX thread: the tutor goes on from the teacher's last line ("3x = 15, so x = 5"), which
        // reaches the answer, so it gives no earlier step again (ProblemViewModelTest: the ladder after a teacher's line)
        robot.clickOn("#hint");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> verdict.getText().contains("last hint"));
        assertThat(hints.getChildren()).hasSize(3);

        // the worked solution comes from the problem's solver (le-02 names linear-two-step)
        robot.clickOn("#solution");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#worked-solution").queryParent().getChildrenUnmodifiable()).hasSize(2);

        // a right answer while a wrong line remains is never a plain "Correct."
        robot.doubleClickOn("#answer").eraseText(10).write("x = 5");
        robot.clickOn("#check");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> verdict.getText().contains("Your answer is right"));
        assertThat(verdict.getText()).contains("line 1");
        assertThat(verdict.getStyleClass()).contains("partial").doesNotContain("correct");

        // a 5 000-character line is cut short on screen; its message keeps a readable width
        robot.interact(() -> robot.lookup("#work").queryAs(TextArea.class).setText("3x = " + "1 + ".repeat(1250) + "1"));
        robot.clickOn("#check");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#line-marks").queryAs(VBox.class).getChildren().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        HBox longRow = (HBox) robot.lookup("#line-marks").queryAs(VBox.class).getChildren().get(0);
        assertThat(((Label) longRow.getChildren().get(2)).getWidth()).as("message column width").isGreaterThanOrEqualTo(200);

        robot.clickOn("#back");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#problems").tryQuery()).isPresent();
    }

    /** Library → "Linear equations" → its second problem (3x + 5 = 20). */
    private static void openLinearEquationsProblem2(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#packs").queryAs(ListView.class).getItems().isEmpty());
        ListView<?> packs = robot.lookup("#packs").queryAs(ListView.class);
        int linear = 0;
        for (int i = 0; i < packs.getItems().size(); i++) {
            var item = (LibraryViewModel.PackItem) packs.getItems().get(i);
            if (item.title().equals("Linear equations")) linear = i;
        }
        final int index = linear;
        // focus the list without clicking it: a click lands on whichever pack is under the list's centre
        robot.interact(() -> {
            packs.getSelectionModel().select(index);
            packs.scrollTo(index);
            packs.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        FxWait.shown(robot, "#problems", 5);
        ListView<?> problems = robot.lookup("#problems").queryAs(ListView.class);
        robot.interact(() -> problems.getSelectionModel().select(1)); // 3x + 5 = 20
        robot.clickOn("#problems").type(KeyCode.ENTER);
        FxWait.shown(robot, "#answer", 5);

    }
}
