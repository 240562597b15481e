package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The language changed in Settings with the pack editor open, or with the editor left for another screen (a preview)
 * and come back to with Back: the teacher's unsaved edits are still in the editor, said in the new language. The
 * editor was built again from the pack it was opened with, so the edits were gone (only the autosave could bring them
 * back, behind a "recover?" question), and a screen in the history lost its state the same way.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageChangeKeepsEditsTest {
    private WholeApp window;

    @AfterEach
    void close() {
        if (window != null) window.close();
    }

    private void changeLanguage(FxRobot robot, String tag) throws Exception {
        robot.interact(() -> {
            SettingsStore settings = window.main().app().settings();
            Settings now = settings.get();
            settings.change(new Settings(now.model(), tag, now.theme(), now.fontScale()), new CurrentThreadTaskExecutor(),
                    problem -> {});
        });
    }

    private static String save(FxRobot robot) {
        return robot.lookup("#editor-save").queryButton().getText();
    }

    private static String title(FxRobot robot) {
        return robot.lookup("#pack-title").queryTextInputControl().getText();
    }

    @Test
    void unsavedEditsStayThroughALanguageChangeOnTheEditorAndBehindAnotherScreen(FxRobot robot) throws Exception {
        window = WholeApp.start(robot, "en");
        robot.interact(() -> window.main().go(new AuthorRoutes.Editor(Optional.empty(),
                PackEditorViewModel.blank("forces-week-3", "en"))));
        FxWait.shown(robot, "#pack-title", 20);
        TeacherEditorTest.retype(robot, "#pack-title", "Forces, week 3");

        changeLanguage(robot, "es"); // on the editor
        FxWait.until(() -> save(robot).equals(Texts.of("es").get("editor.save")), 20);
        assertThat(title(robot)).as("the edit, on the editor said in Spanish").isEqualTo("Forces, week 3");

        robot.interact(() -> window.main().go(new Routes.Library())); // another screen over the editor
        FxWait.shown(robot, "#packs", 20);
        changeLanguage(robot, "en");
        FxWait.until(() -> robot.lookup("#back").queryButton().getText().equals(Texts.of("en").get("nav.back")), 20);
        robot.interact(() -> window.main().back());
        FxWait.shown(robot, "#pack-title", 20);
        assertThat(save(robot)).isEqualTo("Save");
        assertThat(title(robot)).as("the edit, kept behind the library").isEqualTo("Forces, week 3");
        assertThat(Window.getWindows()).as("no question to recover a draft").hasSize(1);
    }
}
