package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A pack added while Stepwise is open (Import pack… in teacher mode, a pack saved in the editor) is in the library when
 * the student comes Back to it: a newcomer's find, where teacher mode said "every student of this account finds it in the
 * lessons now" and the library, read once at start, did not list it until Stepwise was restarted.
 */
@ExtendWith(ApplicationExtension.class)
class LibraryRefreshTest {
    private static final String PACK = """
            {"schemaVersion": 1, "id": "added-later", "title": "Added while open", "subject": "math", "language": "en",
             "problems": [{"id": "p1", "statement": "Solve $2x = 8$.", "answer": {"kind": "equation", "value": "x = 4"}}]}
            """;
    private WholeApp window;

    @AfterEach
    void close() {
        if (window != null) window.close();
    }

    @SuppressWarnings("unchecked")
    private static ListView<LibraryViewModel.PackItem> packs(FxRobot robot) {
        return robot.lookup("#packs").queryAs(ListView.class);
    }

    @Test
    void aPackAddedWhileOpenIsListedOnComingBackAndTheChosenPackStaysChosen(FxRobot robot) throws Exception {
        window = WholeApp.start(robot, "en");
        FxWait.until(() -> !packs(robot).getItems().isEmpty(), 20);
        assertThat(packs(robot).getItems()).noneMatch(p -> p.title().equals("Added while open"));

        // the student opens the third pack; meanwhile a pack arrives in this account's folder
        robot.interact(() -> packs(robot).getSelectionModel().select(2));
        String chosen = packs(robot).getSelectionModel().getSelectedItem().title();
        robot.type(KeyCode.ENTER);
        FxWait.shown(robot, "#problems", 10);
        Files.createDirectories(window.home.resolve("packs"));
        Files.writeString(window.home.resolve("packs").resolve("added-later.json"), PACK);

        robot.interact(() -> window.main().back());
        FxWait.until(() -> packs(robot).getItems().stream().anyMatch(p -> p.title().equals("Added while open")), 20);
        assertThat(packs(robot).getSelectionModel().getSelectedItem().title()).as("the pack the student came back from")
                .isEqualTo(chosen);
    }
}
