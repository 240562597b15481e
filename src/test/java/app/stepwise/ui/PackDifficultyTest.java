package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.LessonPack;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * review23: the pack list's difficulty dots (●, ●●) had no legend nor tooltip. The pack's details line says what the
 * dots mean, and each problem's dots say "Difficulty n of 5" on hover and to a screen reader, in the app's language.
 */
@ExtendWith(ApplicationExtension.class)
class PackDifficultyTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void theDotsSayWhatTheyMean(String language, FxRobot robot) throws Exception {
        Texts t = Texts.of(language);
        LessonPack linear = TestApp.bundled("linear-equations.json");
        try (TestApp test = new TestApp().inLanguage(language)) {
            robot.interact(() -> SharedStage.show(stage, new PackView(new PackViewModel(linear, test.app(), test.navigator),
                    test.app().texts()), 1000, 600));
            FxWait.until(() -> !robot.lookup(".difficulty").queryAll().isEmpty(), 10);
            robot.interact(() -> {
                assertThat(robot.lookup("#pack-details").queryAs(Label.class).getText())
                        .contains(t.get("pack.difficulty.legend"));
                List<Label> dots = robot.lookup(".difficulty").queryAllAs(Label.class).stream()
                        .filter(l -> !l.getText().isEmpty()).toList();
                assertThat(dots).isNotEmpty();
                for (Label d : dots) {
                    String said = t.get("pack.difficulty", d.getText().length());
                    assertThat(said).startsWith(language.equals("es") ? "Dificultad " : "Difficulty ").endsWith(" 5");
                    assertThat(d.getTooltip()).as("the tooltip of %s", d.getText()).isNotNull();
                    assertThat(d.getTooltip().getText()).isEqualTo(said);
                    assertThat(d.getAccessibleText()).isEqualTo(said);
                }
            });
            robot.interact(() -> SharedStage.restore(stage));
        }
    }
}
