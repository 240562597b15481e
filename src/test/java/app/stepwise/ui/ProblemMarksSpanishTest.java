package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.LessonPack;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The grader's why-line in Spanish: the misconception's message is longer than the English one, and it squeezed the
 * line it is about ("Línea 2: 3x = ..." for 3x = 20 + 5) and started out of the column of the other messages. The line
 * is now shown whole and the message wraps in the room left, at the default window and at 1024×640.
 */
@ExtendWith(ApplicationExtension.class)
class ProblemMarksSpanishTest {
    private Stage stage;
    private TestApp test;
    private ProblemScreen screen;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (screen != null) screen.close();
        if (test != null) test.close();
    }

    private static String drawn(Label l) {
        Node text = l.lookup(".text");
        return text instanceof Text t ? t.getText() : "";
    }

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @CsvSource({"es, 1280, 676", "es, 1024, 640", "en, 1024, 640"})
    void eachLineIsShownWholeAndEveryMessageStartsInOneColumn(String language, int width, int height, FxRobot robot)
            throws Exception {
        test = new TestApp().inLanguage(language);
        LessonPack linear = TestApp.bundled("linear-equations.json"); // problem 2: 3x + 5 = 20
        robot.interact(() -> {
            screen = ProblemScreen.show(stage, test, linear, 1, width, height);
            screen.vm.workProperty().set("3x + 5 = 20\n3x = 20 + 5\n3x = 25\nx = 25/3"); // a sign slip on line 2
            screen.vm.check();
        });
        VBox marks = robot.lookup("#line-marks").queryAs(VBox.class);
        FxWait.until(() -> marks.getChildren().size() == 4, 20);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> whole = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        List<Double> starts = new ArrayList<>();
        double[] longest = new double[1];
        robot.interact(() -> {
            for (Node row : marks.getChildren()) {
                Label line = (Label) row.lookup(".mark-line");
                Label message = (Label) row.lookup(".mark-message");
                whole.add(line.getText());
                shown.add(drawn(line));
                starts.add(message.localToScene(message.getLayoutBounds()).getMinX());
                longest[0] = Math.max(longest[0], message.getText().length());
            }
        });
        assertThat(longest[0]).as("a long why-line, as the misconception's is").isGreaterThan(80);
        assertThat(shown).as("each line as typed, whole").isEqualTo(whole);
        assertThat(starts).as("every message starts in one column").allSatisfy(x -> assertThat(x).isEqualTo(starts.get(0)));
    }
}
