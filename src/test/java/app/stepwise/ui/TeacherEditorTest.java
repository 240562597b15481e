package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.app.Packs;
import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.LessonPack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A teacher, from scratch and without touching JSON: sets a PIN (with the set-up code), creates a pack with a math and a physics problem,
 * tries answers with the real grader, generates a solution and hints, fixes the error the validation panel reports,
 * saves, reopens the pack, and previews a problem as a student without recording progress.
 */
@ExtendWith(ApplicationExtension.class)
class TeacherEditorTest {
    private WholeApp window;
    private Path home;

    @BeforeEach
    void start(FxRobot robot) throws Exception {
        window = WholeApp.start(robot, "en");
        home = window.home;
    }

    @AfterEach
    void stop() {
        if (window != null) window.close();
    }

    static void waitFor(FxRobot robot, java.util.function.BooleanSupplier condition) throws Exception {
        FxWait.until(condition, 30);
    }

    /** Tab-like: gives the field the keyboard focus (the editor scrolls it into view), then clicks it. */
    static FxRobot at(FxRobot robot, String id) {
        javafx.scene.Node n = robot.lookup(id).query();
        robot.interact(n::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(n);
        return robot;
    }

    /** Selects all of a text field's content and types over it. */
    static FxRobot retype(FxRobot robot, String id, String text) {
        at(robot, id);
        TextField f = robot.lookup(id).queryAs(TextField.class);
        robot.interact(f::selectAll);
        robot.write(text);
        return robot;
    }

    @SuppressWarnings("unchecked")
    static void choose(FxRobot robot, String id, String value) {
        ChoiceBox<String> box = robot.lookup(id).queryAs(ChoiceBox.class);
        robot.interact(() -> box.setValue(value));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTeacherAuthorsValidatesSavesReopensAndPreviewsAPack(FxRobot robot) throws Exception {
        // teacher mode behind a new PIN
        robot.clickOn("#teacher");
        robot.clickOn("#setup-code").write(TeacherGateTest.setupCode(home)); // from the file only the computer's owner opens
        robot.clickOn("#new-pin").write("5820");
        robot.clickOn("#new-pin-again").write("5820");
        robot.clickOn("#set-pin");
        FxWait.shown(robot, "#teacher-new", 30);
        robot.clickOn("#teacher-new");
        FxWait.shown(robot, "#pack-title", 30);

        robot.clickOn("#pack-title").write("Mixed practice");
        // the math problem, with an answer key that contradicts the solution to come
        at(robot, "#editor-statement");
        robot.write("Solve $2x + 3 = 11$.");
        choose(robot, "#editor-task", "solve");
        at(robot, "#editor-start");
        robot.write("2x + 3 = 11");
        at(robot, "#editor-value");
        robot.write("x = 5");

        // try answers: the real grader
        at(robot, "#editor-try");
        robot.write("5 = x").type(KeyCode.ENTER);
        Label verdict = robot.lookup("#editor-try-verdict").queryAs(Label.class);
        waitFor(robot, () -> verdict.getText().startsWith("✓"));
        retype(robot, "#editor-try", "x = 4");
        robot.type(KeyCode.ENTER);
        waitFor(robot, () -> verdict.getText().startsWith("✗"));

        // generate: the solver's verified steps and ladder, marked until approved
        at(robot, "#editor-generate");
        TextArea solution = robot.lookup("#editor-solution").queryAs(TextArea.class);
        waitFor(robot, () -> solution.getText().contains("|"));
        assertThat(solution.getText()).contains("2x = 11 - 3");
        assertThat(robot.lookup("#editor-hints").queryAs(TextArea.class).getText().lines()).hasSize(3);
        assertThat(robot.lookup("#editor-generated-note").queryAs(Label.class).getText()).contains("verified");

        // the validation panel names the contradiction; clicking it goes to the answer field, which the teacher fixes
        ListView<PackEditorViewModel.Finding> validation = robot.lookup("#validation").queryAs(ListView.class);
        waitFor(robot, () -> validation.getItems().stream().anyMatch(f -> f.message().contains("does not accept")));
        int index = 0;
        while (!validation.getItems().get(index).message().contains("does not accept")) index++;
        int row = index;
        robot.interact(() -> {
            validation.requestFocus();
            validation.getSelectionModel().select(row);
        });
        robot.type(KeyCode.ENTER); // the keyboard's click: Enter on a message jumps to its field
        TextField value = robot.lookup("#editor-value").queryAs(TextField.class);
        waitFor(robot, value::isFocused);
        robot.interact(() -> value.selectAll());
        robot.write("x = 4");
        waitFor(robot, () -> validation.getItems().stream().noneMatch(PackEditorViewModel.Finding::error));

        // saving waits for approval of the generated content
        robot.clickOn("#editor-save");
        Label status = robot.lookup("#editor-status").queryAs(Label.class);
        waitFor(robot, () -> status.getText().contains("not approved"));
        at(robot, "#editor-approve");

        // the physics problem
        robot.clickOn("#problem-add");
        at(robot, "#editor-statement");
        robot.write("A cart of mass 2 kg is pushed with a net force of 6 N. Find its acceleration.");
        choose(robot, "#editor-kind", "quantity");
        choose(robot, "#editor-task", "physics");
        at(robot, "#editor-start");
        robot.write("a");
        at(robot, "#editor-value");
        robot.write("3 m/s^2");
        at(robot, "#editor-generate");
        waitFor(robot, () -> solution.getText().contains("|"));
        at(robot, "#editor-approve");
        retype(robot, "#editor-try", "300 cm/s^2");
        robot.type(KeyCode.ENTER);
        waitFor(robot, () -> verdict.getText().startsWith("✓"));

        try {
            // no error left: the status line counts none (a pack with nothing found is said by the panel alone)
            waitFor(robot, () -> validation.getItems().stream().noneMatch(PackEditorViewModel.Finding::error)
                    && !status.getText().contains("error"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("still reported: " + validation.getItems() + " / " + status.getText(), e);
        }
        robot.clickOn("#editor-save");
        Path saved = home.resolve("packs").resolve("mixed-practice.json"); // the id made from the title
        waitFor(robot, () -> Files.exists(saved) && status.getText().contains("Saved"));
        LessonPack pack = Packs.reader().read(saved).pack().orElseThrow();
        assertThat(pack.title()).isEqualTo("Mixed practice");
        assertThat(pack.problems()).hasSize(2);
        assertThat(pack.problems().get(0).answer()).isEqualTo(new AnswerSpec.Equation("x = 4"));
        assertThat(pack.problems().get(1).answer()).isInstanceOf(AnswerSpec.Quantity.class);
        assertThat(pack.problems().get(1).givens()).isNotEmpty();

        // reopen from the teacher's pack list
        robot.clickOn("#back");
        ListView<TeacherPacksViewModel.Item> packs = robot.lookup("#teacher-packs").queryAs(ListView.class);
        waitFor(robot, () -> packs.getItems().stream().anyMatch(i -> i.title().equals("Mixed practice")));
        int mine = 0;
        while (!packs.getItems().get(mine).title().equals("Mixed practice")) mine++; // the list is settled: waitFor drained the FX queue
        int at = mine;
        robot.interact(() -> packs.getSelectionModel().select(at));
        robot.clickOn("#teacher-edit");
        FxWait.shown(robot, "#problem-list", 30);
        ListView<ProblemDraft> problems = robot.lookup("#problem-list").queryAs(ListView.class);
        assertThat(problems.getItems()).extracting(d -> d.value.get()).containsExactly("x = 4", "3 m/s^2");

        // preview as a student: a right answer is marked, and nothing is recorded in the real progress file
        robot.clickOn("#editor-preview");
        FxWait.shown(robot, "#answer", 30);
        // the top bar says it is a preview: the screen is otherwise the student's own (review24)
        assertThat(robot.lookup("#screen-title").queryAs(Label.class).getText()).startsWith("Preview, nothing is recorded: ")
                .contains("Mixed practice — problem ");
        robot.clickOn("#answer").write("x = 4");
        robot.clickOn("#check");
        Label studentVerdict = robot.lookup("#verdict").queryAs(Label.class);
        waitFor(robot, () -> studentVerdict.getText().contains("Correct"));
        robot.clickOn("#back");
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + home.resolve("progress.db"));
                var count = db.createStatement().executeQuery("SELECT count(*) FROM attempt WHERE pack = 'mixed-practice'")) {
            assertThat(count.getInt(1)).isZero(); // the preview's right answer was not recorded for anyone
        }
    }
}
