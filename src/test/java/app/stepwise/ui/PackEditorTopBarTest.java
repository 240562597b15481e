package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * ui19's tour: the top bar said "Editing my-pack" after the teacher typed the new pack's title, because the bar read
 * the screen's title once, when the editor was shown. It follows the title as the teacher types, as the id does.
 */
@ExtendWith(ApplicationExtension.class)
class PackEditorTopBarTest {
    private WholeApp window;

    @AfterEach
    void close() {
        if (window != null) window.close();
    }

    @Test
    void theTopBarFollowsTheNewPacksTitleAsItIsTyped(FxRobot robot) throws Exception {
        window = WholeApp.start(robot, "en");
        robot.interact(() -> window.main().go(new AuthorRoutes.Editor(Optional.empty(), PackEditorViewModel.blank("my-pack"))));
        FxWait.shown(robot, "#pack-title", 20);
        Label bar = robot.lookup("#screen-title").queryAs(Label.class);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        // ui20's tour: the keys were in the problem list, so the teacher's first typing went nowhere
        assertThat(window.stage.getScene().getFocusOwner()).as("a new pack starts at its title")
                .isSameAs(robot.lookup("#pack-title").query());
        assertThat(bar.getText()).isEqualTo("Editing my-pack");

        TeacherEditorTest.retype(robot, "#pack-title", "Fractions, week 3");
        FxWait.until(() -> bar.getText().equals("Editing Fractions, week 3"), 10);

        robot.interact(() -> robot.lookup("#pack-title").queryTextInputControl().clear());
        FxWait.until(() -> bar.getText().equals("Editing my-pack"), 10);
    }
}
