package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.app.AppPaths;
import app.stepwise.author.Autosave;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The editor's question about unsaved work (a draft autosaved before the app was closed or crashed). The tour pressed
 * Esc on it and the draft was deleted: JavaFX takes a "No" button as the dialog's cancel. Esc now keeps the work;
 * throwing it away is its own button, "Discard them".
 */
@ExtendWith(ApplicationExtension.class)
class PackEditorRecoverDialogTest {
    private final TestApp test = new TestApp();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        new FxRobot().interact(() -> List.copyOf(Window.getWindows()).forEach(w -> {
            if (w != stage) w.hide();
        }));
        test.close();
    }

    @Test
    void escOnTheRecoverQuestionKeepsTheWork(FxRobot robot) throws Exception {
        Path pack = Files.createDirectories(test.home.resolve("packs")).resolve("my-linear.json");
        String saved = Files.readString(Path.of("lessons", "linear-equations.json"));
        Files.writeString(pack, saved);
        Path draft = Autosave.of(AppPaths.userDir().resolve("drafts"), pack).file();
        Files.createDirectories(draft.getParent());
        Files.writeString(draft, saved.replaceFirst("\"title\"\\s*:\\s*\"[^\"]*\"", "\"title\": \"Linear equations, edited\""));
        PackEditorViewModel vm = new PackEditorViewModel(test.app(), Optional.of(pack), TestApp.read(pack));
        PackEditorView view = new PackEditorView(vm, test.app().texts(), test.navigator);
        robot.interact(() -> {
            stage.setScene(new Scene(view, 1024, 556));
            stage.show();
        });
        Platform.runLater(view::shown); // asks, and waits for the answer
        FxWait.until(() -> Window.getWindows().stream()
                .anyMatch(w -> w.getScene() != null && w.getScene().lookup("#editor-recover") != null), 20);
        DialogPane question = (DialogPane) Window.getWindows().stream().filter(w -> w.getScene() != null)
                .map(w -> w.getScene().lookup("#editor-recover")).filter(n -> n != null).findFirst().orElseThrow();
        assertThat(question.getButtonTypes()).extracting(b -> b.getText()).containsExactly("Yes", "Discard them");
        robot.interact(() -> question.lookupButton(question.getButtonTypes().get(0)).requestFocus());
        robot.type(KeyCode.ESCAPE);
        FxWait.until(() -> question.getScene() == null || !question.getScene().getWindow().isShowing(), 10);
        assertThat(Files.exists(draft)).as("the draft is not deleted by Esc").isTrue();
        assertThat(vm.title.get()).as("the work is in the editor").isEqualTo("Linear equations, edited");
        assertThat(((Button) question.lookupButton(question.getButtonTypes().get(1))).isCancelButton())
                .as("Discard is never the cancel button").isFalse();
    }
}
