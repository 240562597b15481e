package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.app.Packs;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Problem;
import app.stepwise.teacher.TeacherStore;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A Spanish teacher's new pack stays Spanish: the editor's Generate wrote the solvers' English sentences into it, so
 * the saved pack mixed Spanish statements with English steps and hints. A new pack now starts in the teacher's
 * language, and what Generate writes into it is in the pack's language.
 */
@ExtendWith(ApplicationExtension.class)
class GenerateLanguageTest {
    private static final String PIN = "5820";
    private WholeApp window;

    @BeforeEach
    void start(FxRobot robot) throws Exception {
        Path home = Files.createTempDirectory("stepwise-generate-es");
        Files.writeString(home.resolve("settings.json"), "{\"language\": \"es\"}");
        TeacherStore.open(home.resolve("teacher.json")).setFirstPin(PIN.toCharArray()); // set when Stepwise was installed
        window = WholeApp.startIn(robot, home);
    }

    @AfterEach
    void stop() {
        if (window != null) window.close();
    }

    @Test
    void aSpanishTeachersGeneratedSolutionAndHintsAreSavedInSpanish(FxRobot robot) throws Exception {
        robot.clickOn("#teacher");
        robot.clickOn("#teacher-pin").write(PIN);
        robot.clickOn("#unlock");
        FxWait.shown(robot, "#teacher-new", 30);
        robot.clickOn("#teacher-new");
        FxWait.shown(robot, "#pack-title", 30);
        assertThat(robot.lookup("#pack-language").queryAs(TextField.class).getText()).as("a new pack's language")
                .isEqualTo("es");

        robot.clickOn("#pack-title").write("Ecuaciones");
        TeacherEditorTest.at(robot, "#editor-statement");
        robot.write("Resuelve $2x + 3 = 11$.");
        TeacherEditorTest.choose(robot, "#editor-task", "solve");
        TeacherEditorTest.at(robot, "#editor-start");
        robot.write("2x + 3 = 11");
        TeacherEditorTest.at(robot, "#editor-value");
        robot.write("x = 4");
        TeacherEditorTest.at(robot, "#editor-generate");
        TextArea solution = robot.lookup("#editor-solution").queryAs(TextArea.class);
        TeacherEditorTest.waitFor(robot, () -> solution.getText().contains("|"));
        String hints = robot.lookup("#editor-hints").queryAs(TextArea.class).getText();
        assertThat(solution.getText()).as("the generated steps").startsWith("Resta 3").doesNotContain("Subtract");
        assertThat(hints.lines().toList()).as("the generated ladder").hasSize(3);
        assertThat(hints).doesNotContain("Subtract").doesNotContain("Undo");

        TeacherEditorTest.at(robot, "#editor-approve");
        robot.clickOn("#editor-save");
        Path saved = window.home.resolve("packs").resolve("ecuaciones.json"); // the id made from the title
        Label status = robot.lookup("#editor-status").queryAs(Label.class);
        TeacherEditorTest.waitFor(robot, () -> Files.exists(saved) && status.getText().contains("Guardad"));
        LessonPack pack = Packs.reader().read(saved).pack().orElseThrow();
        assertThat(pack.language()).isEqualTo("es");
        Problem p = pack.problems().get(0);
        assertThat(p.solution()).extracting(Problem.SolutionStep::text).first().asString().startsWith("Resta 3");
        assertThat(p.hints().get(1)).startsWith("Resta 3");
    }
}
