package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The language changed in Settings while a problem is open: the student sees the same screen said in the new language.
 * A newcomer found the verdict, the line marks and the hints gone after the change (the screen was built again from
 * nothing, only the working kept), and a typed-in problem's "(Solving 2(x+3) = 4x − 8 for x.)" left in English.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageChangeKeepsProblemTest {
    private WholeApp window;

    @AfterEach
    void close() {
        if (window != null) window.close();
    }

    @Test
    void theVerdictMarksHintsAndReadingAreSaidAgainInTheNewLanguage(FxRobot robot) throws Exception {
        window = WholeApp.start(robot, "en");
        FxWait.shown(robot, "#own-problem", 20);
        TextField own = robot.lookup("#own-problem").queryAs(TextField.class);
        robot.clickOn(own).write("2(x+3) = 4x - 8").type(KeyCode.ENTER);
        FxWait.shown(robot, "#work", 20);
        assertThat(robot.lookup("#statement").queryAs(TextFlow.class).getAccessibleText()).contains("Solving");

        robot.clickOn("#work").write("2x + 3 = 4x - 8"); // the 2 not multiplied into the bracket
        robot.clickOn("#check");
        VBox marks = robot.lookup("#line-marks").queryAs(VBox.class);
        FxWait.until(() -> marks.getChildren().size() == 1, 20);
        robot.clickOn("#hint");
        VBox hints = robot.lookup("#hints").queryAs(VBox.class);
        FxWait.until(() -> hints.getChildren().size() == 1, 30);
        String englishVerdict = robot.lookup("#verdict").queryAs(Label.class).getText();
        assertThat(englishVerdict).contains("line 1");

        robot.interact(() -> {
            SettingsStore settings = window.main().app().settings();
            Settings now = settings.get();
            settings.change(new Settings(now.model(), "es", now.theme(), now.fontScale()), new CurrentThreadTaskExecutor(),
                    problem -> {});
        });
        FxWait.until(() -> robot.lookup("#check").queryButton().getText().equals(Texts.of("es").get("problem.check")), 20);

        Label verdict = robot.lookup("#verdict").queryAs(Label.class);
        assertThat(verdict.getText()).as("the verdict, said in Spanish").contains("línea 1").isNotEqualTo(englishVerdict);
        assertThat(verdict.getStyleClass()).contains("wrong");
        VBox marksNow = robot.lookup("#line-marks").queryAs(VBox.class);
        assertThat(marksNow.getChildren()).as("the line's mark").hasSize(1);
        assertThat((String) marksNow.getChildren().get(0).getProperties().get("spoken")).contains("Línea 1");
        VBox hintsNow = robot.lookup("#hints").queryAs(VBox.class);
        assertThat(hintsNow.getChildren()).as("the hint").hasSize(1);
        assertThat(((TextFlow) hintsNow.getChildren().get(0)).getAccessibleText()).startsWith("Pista 1:");
        assertThat(robot.lookup("#hint-source").queryAs(Label.class).getText()).isNotEmpty();
        String statement = robot.lookup("#statement").queryAs(TextFlow.class).getAccessibleText();
        assertThat(statement).as("the reading after the typed text").contains("Resolver").doesNotContain("Solving");
        assertThat(robot.lookup("#work").queryTextInputControl().getText()).isEqualTo("2x + 3 = 4x - 8");
    }
}
