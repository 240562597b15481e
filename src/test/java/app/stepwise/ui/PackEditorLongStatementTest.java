package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.LessonPack;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A statement longer than the preview's three lines grew the preview and pushed every field below it down as the teacher
 * typed (teach21 left it). The preview now keeps its height and scrolls; the whole statement is still in it.
 */
@ExtendWith(ApplicationExtension.class)
class PackEditorLongStatementTest {
    private TestApp test;
    private Stage stage;
    private PackEditorViewModel vm;

    /** A word problem as a teacher writes one: nine sentences, one a line, with a little math. */
    private static final String LONG = String.join("\n",
            "A cyclist leaves town at 8:00 and rides at a steady $v = 18$ km/h.",
            "Half an hour later her brother follows on a scooter at $24$ km/h.",
            "They ride along the same straight road, in the same direction.",
            "Let $t$ be the time in hours after 8:00.",
            "Write an equation that says the two have gone the same distance,",
            "Her distance after $t$ hours is $18t$ km; his is $24(t - 0.5)$ km, since he set off half an hour later than she did.",
            "Assume neither of them stops on the way, and that the road is long enough for the brother to catch up at all.",
            "Give your answer as a time of day, to the nearest minute, and check it by working out both distances.",
            "and solve it for $t$. When does the brother catch up?");

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void open(FxRobot robot) {
        test = new TestApp();
        LessonPack pack = TestApp.bundled("linear-equations.json");
        vm = new PackEditorViewModel(test.app(), Optional.empty(), pack);
        robot.interact(() -> {
            SharedStage.shrink(stage, 1024, 556);
            Scene scene = new Scene(new PackEditorView(vm, test.app().texts(), test.navigator), 1024, 556);
            Looks.set(scene, Settings.DEFAULTS);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() {
        new FxRobot().interact(() -> SharedStage.restore(stage));
        if (test != null) test.close();
    }

    /** Where these nodes are in the window (their top), to the pixel. */
    private List<Double> where(FxRobot robot, String... ids) {
        WaitForAsyncUtils.waitForFxEvents();
        return java.util.Arrays.stream(ids).map(id -> {
            Node n = robot.lookup(id).query();
            return n.localToScene(n.getBoundsInLocal()).getMinY();
        }).toList();
    }

    private static String shown(Node n) {
        if (n instanceof javafx.scene.text.Text t) return t.getText();
        if (n instanceof javafx.scene.control.Labeled l) return l.getText();
        if (n instanceof javafx.scene.Parent p)
            return p.getChildrenUnmodifiable().stream().map(PackEditorLongStatementTest::shown).reduce("", String::concat);
        return "";
    }

    /** The statement as the teacher types it into its field. */
    private void type(FxRobot robot, String text) {
        LatexArea field = robot.lookup("#editor-statement").queryAs(LatexArea.class);
        robot.interact(() -> field.replaceText(text));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.problems.get(0).statement.get()).isEqualTo(text);
    }

    @Test
    void aLongStatementScrollsInItsPreviewAndNothingBelowMoves(FxRobot robot) throws Exception {
        open(robot);
        String[] below = {"#editor-try", "#editor-start"};
        type(robot, "Solve $2x + 3 = 11$.");
        List<Double> before = where(robot, below);
        Region pane = robot.lookup("#editor-preview-pane").queryAs(Region.class);

        type(robot, LONG);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(where(robot, below)).as("the fields below the preview stay put").isEqualTo(before);
        ScrollPane scroll = robot.lookup("#editor-preview-scroll").queryAs(ScrollPane.class);
        assertThat(pane.getHeight()).as("the statement is taller than the room it is shown in")
                .isGreaterThan(scroll.getViewportBounds().getHeight() + 1);
        assertThat(shown(pane)).as("and all of it is there to scroll to").contains("When does the brother catch up?");

        type(robot, "Solve $2x + 3 = 11$.");
        assertThat(where(robot, below)).as("and back").isEqualTo(before);
    }
}
