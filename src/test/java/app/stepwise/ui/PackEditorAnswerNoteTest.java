package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.app.AppPaths;
import app.stepwise.lesson.LessonPack;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The answer checked against its kind as the teacher types, and an editor that keeps still: a newcomer saved 11/12 as
 * the answer of an "equation" problem unwarned, and saw the editor jump as notes and previews came and went; a statement
 * longer than the preview's three lines grew the preview and pushed every field below it down (teach21 left it; the
 * preview now keeps its height and scrolls, the whole statement still in it).
 */
@ExtendWith(ApplicationExtension.class)
class PackEditorAnswerNoteTest {
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

    private void open(FxRobot robot, String language) {
        test = new TestApp().inLanguage(language);
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

    /** Where these fields are in the window, to the pixel. */
    private List<Double> where(FxRobot robot, String... ids) {
        WaitForAsyncUtils.waitForFxEvents();
        return java.util.Arrays.stream(ids).map(id -> {
            Node n = robot.lookup(id).query();
            return n.localToScene(n.getBoundsInLocal()).getMinY();
        }).toList();
    }

    @Test
    void aValueForAnEquationIsNamedUnderTheAnswerAndNothingMoves(FxRobot robot) throws Exception {
        open(robot, "en");
        Label note = robot.lookup("#editor-answer-note").queryAs(Label.class);
        String[] below = {"#editor-try", "#editor-start", "#validation-panel"};
        FxWait.until(() -> vm.findings().isEmpty(), 20);
        List<Double> before = where(robot, below);
        assertThat(note.getText()).isEmpty();

        robot.interact(() -> vm.problems.get(0).value.set("11/12"));
        FxWait.until(() -> note.getText().startsWith("✗"), 20);
        assertThat(note.getText()).contains("\"11/12\" is a value, but the kind is \"equation\"").contains("y = 11/12");
        assertThat(note.getStyleClass()).contains("finding-error");
        assertThat(vm.saveBlocker()).as("the pack is not saved so").isPresent();
        assertThat(where(robot, below).subList(0, 2)).as("the fields below the note stay put").isEqualTo(before.subList(0, 2));
        // the draft is autosaved all the same
        try (var drafts = Files.list(AppPaths.userDir().resolve("drafts"))) {
            assertThat(drafts.anyMatch(d -> {
                try {
                    return Files.readString(d).contains("11/12");
                } catch (java.io.IOException e) {
                    return false;
                }
            })).isTrue();
        }
        List<Double> open = where(robot, below);

        robot.interact(() -> vm.problems.get(0).value.set("x = 5"));
        FxWait.until(() -> note.getText().isEmpty(), 20);
        FxWait.until(() -> vm.findings().isEmpty(), 20);
        assertThat(where(robot, below)).as("and stay put when it is fixed").isEqualTo(open);
    }

    @Test
    void theStatementsPreviewAndTheTriedAnswerKeepTheirRoom(FxRobot robot) throws Exception {
        open(robot, "en");
        String[] below = {"#editor-value", "#editor-start"};
        robot.interact(() -> vm.problems.get(0).statement.set(""));
        List<Double> empty = where(robot, below);
        robot.interact(() -> vm.problems.get(0).statement.set("Solve $\\frac{x}{2} + 3 = 5$."));
        assertThat(where(robot, below)).as("a statement in the preview moves nothing").isEqualTo(empty);

        List<Double> untried = where(robot, "#editor-start", "#editor-solution");
        robot.interact(() -> vm.tryAnswer("x = 4"));
        FxWait.until(() -> !robot.lookup("#editor-try-verdict").queryAs(Label.class).getText().isEmpty(), 20);
        assertThat(where(robot, "#editor-start", "#editor-solution")).as("a verdict moves nothing").isEqualTo(untried);
    }

    @Test
    void inSpanishTheNoteIsSpanish(FxRobot robot) throws Exception {
        open(robot, "es");
        Label note = robot.lookup("#editor-answer-note").queryAs(Label.class);
        robot.interact(() -> vm.problems.get(0).value.set("11/12"));
        FxWait.until(() -> note.getText().startsWith("✗"), 20);
        assertThat(note.getText()).contains("es un valor, pero el tipo es «ecuación»");
    }

    private static String shown(Node n) {
        if (n instanceof javafx.scene.text.Text t) return t.getText();
        if (n instanceof javafx.scene.control.Labeled l) return l.getText();
        if (n instanceof javafx.scene.Parent p)
            return p.getChildrenUnmodifiable().stream().map(PackEditorAnswerNoteTest::shown).reduce("", String::concat);
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
        open(robot, "en");
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
