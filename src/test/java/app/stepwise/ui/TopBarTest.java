package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
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
            assertThat(title.getTooltip()).as("the cut title's whole text is its tooltip").isNotNull();
            assertThat(title.getTooltip().getText()).isEqualTo(title.getText());
        });
    }

    /**
     * polish10 saw the model line cut at 1024 pixels ("Model: stepwise-tutor 2.4.0 (24 M par…"): the bar names the
     * model with its version, whole, beside a problem's title, and the whole line (size, load time) is its tooltip.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void theModelLineFitsWholeIn1024Pixels(String language, FxRobot robot) throws Exception {
        String version = new ObjectMapper().readTree(Path.of("models", "stepwise-tutor", "model.json").toFile()).path("version")
                .asText();
        start(robot, language);
        robot.interact(() -> {
            window.stage.setWidth(1024);
            window.stage.setHeight(768);
        });
        String shortLine = (language.equals("es") ? "Modelo: " : "Model: ") + "stepwise-tutor " + version;
        Label model = robot.lookup("#model-status").queryAs(Label.class);
        FxWait.until(() -> model.getText().equals(shortLine), 60);
        robot.interact(() -> {
            MainView main = window.main();
            new LibraryViewModel(main.app(), main).openFile(Path.of("lessons", "linear-equations.json"), Optional.of("le-04"));
        });
        FxWait.shown(robot, "#work", 20);
        Label title = robot.lookup("#screen-title").queryAs(Label.class);
        FxWait.until(() -> title.getText().startsWith("Linear equations"), 10);
        robot.interact(() -> {
            assertThat(model.getWidth()).as("'%s' shown whole", model.getText())
                    .isGreaterThanOrEqualTo(model.prefWidth(-1) - 0.5);
            assertThat(model.getTooltip()).as("the whole line is the model line's tooltip").isNotNull();
            assertThat(model.getTooltip().getText()).startsWith(shortLine + " (")
                    .contains(language.equals("es") ? "parámetros" : "parameters");
            assertThat(title.getWidth()).as("'%s' shown whole", title.getText())
                    .isGreaterThanOrEqualTo(title.prefWidth(-1) - 0.5);
            assertThat(title.getTooltip()).as("no tooltip repeats a whole title").isNull();
            for (String id : List.of("#back", "#student", "#help", "#teacher", "#settings")) {
                Button b = robot.lookup(id).queryButton();
                assertThat(b.getWidth()).as(id + " '" + b.getText() + "' shown whole")
                        .isGreaterThanOrEqualTo(b.prefWidth(-1) - 0.5);
            }
        });
    }

    /** review23: the first screen showed a greyed "← Back" that led nowhere; a screen opened from it shows Back. */
    @org.junit.jupiter.api.Test
    void backIsShownOnlyWhereThereIsSomewhereToGoBackTo(FxRobot robot) throws Exception {
        start(robot, "en");
        FxWait.until(() -> robot.lookup("#packs").tryQuery().isPresent(), 20);
        Button back = robot.lookup("#back").queryButton();
        robot.interact(() -> assertThat(back.isVisible()).as("Back on the library, the first screen").isFalse());
        robot.interact(() -> {
            MainView main = window.main();
            new LibraryViewModel(main.app(), main).openFile(Path.of("lessons", "linear-equations.json"), Optional.of("le-04"));
        });
        FxWait.shown(robot, "#work", 20);
        robot.interact(() -> assertThat(back.isVisible()).as("Back on a problem opened from the library").isTrue());
        for (int i = 0; i < 3 && !robot.lookup("#packs").tryQuery().isPresent(); i++) { // the problem, then its pack
            robot.clickOn("#back");
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
        FxWait.until(() -> robot.lookup("#packs").tryQuery().isPresent(), 20);
        robot.interact(() -> assertThat(back.isVisible()).as("Back on the library again").isFalse());
    }

    /** With no model, the bar says so in a few words; why there is none is its tooltip (and in Settings). */
    @org.junit.jupiter.api.Test
    void aMissingModelIsSaidShortWithTheReasonAsTooltip(FxRobot robot) throws Exception {
        Path home = Files.createTempDirectory("stepwise-window");
        Files.writeString(home.resolve("settings.json"), "{\"language\": \"es\", \"model\": \"no-such-model\"}");
        window = WholeApp.startIn(robot, home);
        Label model = robot.lookup("#model-status").queryAs(Label.class);
        FxWait.until(() -> model.getText().equals("Sin modelo tutor"), 60);
        robot.interact(() -> {
            assertThat(model.getTooltip()).isNotNull();
            assertThat(model.getTooltip().getText()).startsWith("El modelo tutor no-such-model no está");
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
