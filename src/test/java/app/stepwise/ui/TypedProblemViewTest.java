package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.LessonPack;
import app.stepwise.tutor.TypedProblem;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A typed-in problem's math is drawn as a formula on the problem screen, as a pack problem's is (newcomer run). */
@ExtendWith(ApplicationExtension.class)
class TypedProblemViewTest {
    private final TestApp test = new TestApp();
    private ProblemScreen screen;

    @Start
    void start(Stage stage) {
        LessonPack typed = TypedProblem.read("Differentiate x^2 sin x").pack().orElseThrow();
        screen = ProblemScreen.show(stage, test, typed, 0, 900, 600);
    }

    @AfterEach
    void close() {
        screen.close();
        test.close();
    }

    @Test
    void theTypedInMathIsDrawnAsAFormula(FxRobot robot) throws Exception {
        TextFlow statement = robot.lookup("#statement").queryAs(TextFlow.class);
        FxWait.until(() -> statement.getChildren().stream().anyMatch(n -> !(n instanceof Text)), 10);
        StringBuilder words = new StringBuilder();
        robot.interact(() -> statement.getChildren().stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText())
                .forEach(words::append));
        assertThat(words.toString()).startsWith("Differentiate ").doesNotContain("x^2 sin x\n")
                .contains("(Differentiating x^2 sin x with respect to x.)");
        assertThat(statement.getAccessibleText()).as("a screen reader hears the problem").contains("Differentiate");
    }

    /**
     * Seen switching Settings from Spanish to English on a typed-in problem: the title stayed "Tu propio problema —
     * problem 1 of 1". The name is the screen's, not the student's text, so it follows the language.
     */
    @Test
    void aTypedInProblemsTitleFollowsTheLanguage(FxRobot robot) {
        LessonPack p = TypedProblem.read("Resuelve 2x + 3 = 11", java.util.Locale.forLanguageTag("es")).pack().orElseThrow();
        LessonPack titledInSpanish = new LessonPack(p.schemaVersion(), p.id(), "Tu propio problema", p.subject(), p.level(),
                p.authors(), p.version(), p.language(), p.skills(), p.problems(), p.description(), p.teacher());
        String[] title = new String[1];
        robot.interact(() -> {
            ProblemViewModel vm = new ProblemViewModel(titledInSpanish, 0, test.app(), test.navigator);
            title[0] = new ProblemView(vm, Texts.of("en")).title(); // the screen rebuilt after the switch
            vm.leave();
        });
        assertThat(title[0]).isEqualTo("Your own problem — problem 1 of 1");
    }
}
