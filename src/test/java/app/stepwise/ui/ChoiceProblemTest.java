package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.app.Packs;
import app.stepwise.lesson.LessonPack;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A multiple-choice problem shows its options, and choosing one is the answer that is checked. */
@ExtendWith(ApplicationExtension.class)
class ChoiceProblemTest {
    private static final String PACK = """
            {"schemaVersion": 1, "id": "choice-test", "title": "Choices", "subject": "physics",
             "problems": [{"id": "c1", "statement": "Which quantity is measured in newtons?",
                           "answer": {"kind": "choice", "choices": ["mass", "force", "energy"], "correct": 1}}]}
            """;
    private TestApp test;

    @Start
    void start(Stage stage) throws Exception {
        test = new TestApp(new FxTaskExecutor(2));
        LessonPack pack = Packs.reader().read(test.home.resolve("choice.json"), PACK).pack().orElseThrow();
        MathText.registerFonts();
        var vm = new ProblemViewModel(pack, 0, test.app(), test.navigator);
        stage.setScene(new Scene(new ProblemView(vm, test.app().texts()), 800, 600));
        stage.show();
    }

    @AfterEach
    void stop() {
        test.close();
    }

    @Test
    void theOptionsAreShownAndTheChosenOneIsGraded(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#choices").tryQuery()).isPresent();
        assertThat(robot.lookup("#answer").tryQuery()).isEmpty(); // no free-text box for a choice problem
        assertThat(robot.lookup("#choice-1").queryAs(RadioButton.class).getText()).contains("force");

        Label verdict = robot.lookup("#verdict").queryAs(Label.class);
        robot.clickOn("#choice-0").clickOn("#check");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> verdict.getStyleClass().contains("wrong"));

        robot.clickOn("#choice-1").clickOn("#check");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> verdict.getStyleClass().contains("correct"));
    }
}
