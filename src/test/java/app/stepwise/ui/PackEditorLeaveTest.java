package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Back from the pack editor with unsaved changes said nothing (the autosave kept them, behind a "recover?" question
 * next time). Now it asks, as a desktop app does: save, don't save, or cancel (stay in the editor).
 */
@ExtendWith(ApplicationExtension.class)
class PackEditorLeaveTest {
    private WholeApp window;

    @AfterEach
    void close() {
        if (window != null) window.close();
    }

    private static Optional<DialogPane> question(FxRobot robot) {
        return robot.lookup(".dialog-pane").tryQueryAs(DialogPane.class);
    }

    @Test
    void backWithUnsavedChangesAsksAndCancelStaysInTheEditor(FxRobot robot) throws Exception {
        window = WholeApp.start(robot, "es");
        Texts es = Texts.of("es");
        robot.interact(() -> window.main().go(new AuthorRoutes.Editor(Optional.empty(),
                PackEditorViewModel.blank("forces-week-3", "es"))));
        FxWait.shown(robot, "#pack-title", 20);
        TeacherEditorTest.retype(robot, "#pack-title", "Fuerzas, semana 3");

        robot.interact(() -> window.main().back());
        FxWait.until(() -> question(robot).isPresent(), 10);
        assertThat(question(robot).get().getHeaderText()).isEqualTo(es.get("editor.leave.heading"));
        robot.clickOn(es.get("dialog.cancel"));
        FxWait.until(() -> question(robot).isEmpty(), 10);
        assertThat(robot.lookup("#pack-title").queryTextInputControl().getText()).as("still in the editor")
                .isEqualTo("Fuerzas, semana 3");

        robot.interact(() -> window.main().back());
        FxWait.until(() -> question(robot).isPresent(), 10);
        robot.clickOn(es.get("editor.leave.discard"));
        FxWait.shown(robot, "#packs", 20);
        assertThat(Window.getWindows()).as("no question left open").hasSize(1);
    }
}
