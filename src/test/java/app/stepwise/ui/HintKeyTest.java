package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Ctrl+H is the hint key. A newcomer pressed it in the library's "Type your own problem" box and lost a character (a
 * text box's own Ctrl+H is Backspace). There, it now says how to get a hint; in any other box it does nothing.
 */
@ExtendWith(ApplicationExtension.class)
class HintKeyTest {
    private WholeApp window;

    @AfterEach
    void close() {
        if (window != null) window.close();
    }

    private void start(FxRobot robot) throws Exception {
        window = WholeApp.start(robot, "en");
        FxWait.shown(robot, "#own-problem", 20);
    }

    @Test
    void ctrlHInTheOwnProblemBoxKeepsTheTextAndSaysHowToGetAHint(FxRobot robot) throws Exception {
        start(robot);
        TextField own = robot.lookup("#own-problem").queryAs(TextField.class);
        robot.clickOn(own).write("Solve 2x = 8");
        robot.press(KeyCode.CONTROL).press(KeyCode.H).release(KeyCode.H).release(KeyCode.CONTROL);
        FxWait.until(() -> !robot.lookup("#own-problem-reading").queryAs(Label.class).getText().isEmpty(), 10);
        assertThat(own.getText()).isEqualTo("Solve 2x = 8");
        assertThat(robot.lookup("#own-problem-reading").queryAs(Label.class).getText()).contains("Enter").contains("Ctrl+H");
    }

    @Test
    void ctrlHInAnyOtherTextBoxDeletesNothing(FxRobot robot) throws Exception {
        start(robot);
        robot.interact(() -> window.main().go(new ClassroomRoutes.Students()));
        FxWait.shown(robot, "#new-student", 20);
        robot.clickOn("#new-student");
        FxWait.shown(robot, "#new-name", 20);
        TextField name = robot.lookup("#new-name").queryAs(TextField.class);
        robot.clickOn(name).write("Ana");
        robot.press(KeyCode.CONTROL).press(KeyCode.H).release(KeyCode.H).release(KeyCode.CONTROL);
        robot.interact(() -> {});
        assertThat(name.getText()).isEqualTo("Ana");
    }
}
