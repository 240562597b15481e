package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Dialog buttons and the crash dialog's details link speak the language chosen in Settings, not the computer's (JavaFX's
 * own OK / Cancel / Show Details follow the computer).
 */
@ExtendWith(ApplicationExtension.class)
class SpanishDialogsTest {
    private final TestApp test = new TestApp().inLanguage("es");
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

    @Test
    void theSettingsDialogsButtonsAreInSpanish(FxRobot robot) {
        List<String> labels = new java.util.ArrayList<>();
        robot.interact(() -> {
            SettingsDialog d = new SettingsDialog(new SettingsViewModel(test.app()), test.app().texts(), f -> {}, (h, m) -> {},
                    stage);
            for (ButtonType b : d.getDialogPane().getButtonTypes())
                labels.add(((Button) d.getDialogPane().lookupButton(b)).getText());
        });
        assertThat(labels).containsExactly("Aceptar", "Cancelar");
    }

    @Test
    void everyDialogButtonHasItsOwnWordsInBothLanguages() {
        Texts es = test.app().texts(), en = Texts.of("en");
        for (var make : List.<java.util.function.Function<Texts, ButtonType>>of(Controls::ok, Controls::cancel, Controls::yes,
                Controls::close))
            assertThat(make.apply(es).getText()).isNotEqualTo(make.apply(en).getText());
        assertThat(Controls.close(es).getButtonData()).as("Esc closes").isEqualTo(ButtonType.CLOSE.getButtonData());
    }

    @Test
    void theCrashDialogsDetailsLinkIsInSpanish(FxRobot robot) {
        CrashDialog.useTexts(test.app().texts());
        try {
            robot.interact(
                    () -> CrashDialog.handle("test", new IllegalStateException("a bug for the test " + System.nanoTime())));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#crash-details").queryAs(javafx.scene.control.Hyperlink.class).getText())
                    .isEqualTo("Mostrar detalles");
            robot.clickOn("Seguir");
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#crash-dialog").tryQuery()).isEmpty();
        } finally {
            CrashDialog.useTexts(Texts.of("en"));
        }
    }
}
