package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Settings tell which model is in use, with its version, or in plain words why none is. */
@ExtendWith(ApplicationExtension.class)
class SettingsDialogTest {
    private final TestApp test = new TestApp();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        SharedStage.blank(stage);
    }

    @AfterEach
    void close() {
        new FxRobot().interact(() -> SharedStage.restore(stage));
        test.close();
    }

    private String inUse(FxRobot robot) {
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> {
            SettingsDialog d = new SettingsDialog(new SettingsViewModel(test.app()), test.app().texts(), f -> {}, (h, m) -> {},
                    stage);
            text.set(((Label) d.getDialogPane().lookup("#model-in-use")).getText());
        });
        return text.get();
    }

    @Test
    void theModelInUseIsNamedWithItsVersion(FxRobot robot) throws Exception {
        Path bundled = Path.of("models", "stepwise-tutor");
        String version = new ObjectMapper().readTree(bundled.resolve("model.json").toFile()).path("version").asText();
        assertThat(version).isNotBlank();
        assertThat(test.tutor.loadModel(bundled, 1)).isTrue();
        assertThat(inUse(robot)).startsWith("Model: stepwise-tutor " + version + " (");
    }

    @Test
    void aMissingModelIsSaidInPlainWords(FxRobot robot) {
        assertThat(test.tutor.loadModel(test.home.resolve("stepwise-tutor"), 1)).isFalse();
        assertThat(inUse(robot)).startsWith("The tutor model stepwise-tutor is not there")
                .contains("Hints come from the solvers and the lesson pack.");
    }

    /**
     * The model list's lines are wrapped to the list's width: in Spanish the bundled model's second line ran past it,
     * its "[incluido]" cut off behind a sideways scroll bar.
     */
    @Test
    void aModelsWholeDescriptionIsShownWithoutScrollingSideways(FxRobot robot) throws Exception {
        test.inLanguage("es");
        SettingsDialog[] d = new SettingsDialog[1];
        robot.interact(() -> {
            d[0] = new SettingsDialog(new SettingsViewModel(test.app()), test.app().texts(), f -> {}, (h, m) -> {}, stage);
            d[0].show();
        });
        javafx.scene.control.ListView<?> list = (javafx.scene.control.ListView<?>) d[0].getDialogPane().lookup("#models");
        FxWait.until(() -> !list.getItems().isEmpty(), 20);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        try {
            assertThat(list.lookupAll(".scroll-bar")).filteredOn(n -> n instanceof javafx.scene.control.ScrollBar b
                    && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible())
                    .as("a sideways scroll bar").isEmpty();
            assertThat(list.lookupAll(".list-cell")).filteredOn(n -> n instanceof javafx.scene.control.ListCell<?> c
                    && c.getText() != null && c.getText().contains("[incluido]")).isNotEmpty();
        } finally {
            robot.interact(d[0]::close);
        }
    }
}
