package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A problem of a pack with a long title, in a 1024-pixel window: the title gives way, and every top-bar button keeps
 * its whole label (cut to "…" they could not be told apart: a fresh-eyes run found Back and Settings both showing "…").
 */
@ExtendWith(ApplicationExtension.class)
class TopBarTest {
    private WholeApp window;

    @AfterEach
    void close() {
        if (window != null) window.close();
    }

    private void start(FxRobot robot, String language) throws Exception {
        window = WholeApp.start(robot, language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void buttonsKeepTheirLabelsBesideALongTitle(String language, FxRobot robot) throws Exception {
        start(robot, language);
        robot.interact(() -> {
            window.stage.setWidth(1024);
            window.stage.setHeight(640);
        });
        robot.interact(() -> {
            MainView main = window.main();
            new LibraryViewModel(main.app(), main).openFile(Path.of("lessons", "forces.json"), Optional.of("frc-01"));
        });
        FxWait.shown(robot, "#work", 20);
        FxWait.until(() -> ((Label) robot.lookup("#screen-title").query()).getText().startsWith("Forces"), 10);
        Label title = robot.lookup("#screen-title").queryAs(Label.class);
        robot.interact(() -> {
            for (String id : List.of("#back", "#student", "#help", "#teacher", "#settings")) {
                Button b = robot.lookup(id).queryButton();
                assertThat(b.getWidth()).as(id + " '" + b.getText() + "' shown whole")
                        .isGreaterThanOrEqualTo(b.prefWidth(-1) - 0.5);
            }
            assertThat(title.getWidth()).as("the title gives way").isLessThan(title.prefWidth(-1));
        });
    }

    /** A newcomer switched to Spanish and the top bar still said "Model: stepwise-tutor (24 M parameters)…". */
    @org.junit.jupiter.api.Test
    void theModelLineFollowsAChangeOfLanguage(FxRobot robot) throws Exception {
        start(robot, "en");
        FxWait.until(() -> ((Label) robot.lookup("#model-status").query()).getText().startsWith("Model:"), 60);
        robot.interact(() -> {
            MainView main = window.main();
            main.app().settings().change(main.app().settings().get().withLanguage("es"), main.app().tasks(), m -> {});
        });
        FxWait.until(() -> ((Label) robot.lookup("#model-status").query()).getText().startsWith("Modelo:"), 20);
    }
}
