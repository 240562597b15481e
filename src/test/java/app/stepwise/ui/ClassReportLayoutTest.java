package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.classroom.Classroom;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Problem;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The class report's heat map, in English and in Spanish: a skill's title wraps between words and is never broken
 * inside one (a newcomer saw "Acceleratio/n" and "Constant-a/cceleration" over the columns).
 */
@ExtendWith(ApplicationExtension.class)
class ClassReportLayoutTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        new FxRobot().interact(() -> SharedStage.restore(stage));
    }

    private void showReport(FxRobot robot, String language) {
        TestApp test = new TestApp().inLanguage(language);
        LessonPack motion = TestApp.bundled("motion.json"); // "Acceleration", "Constant-acceleration equations"
        Classroom c = test.tutor.classroom();
        c.signIn(c.createStudent("Lucía", Optional.empty()), "");
        for (Problem p : motion.problems()) {
            c.opened(motion, p);
            c.recordAttempt(motion.id(), p, "1", true, false, "quantity", List.of(), "", false);
        }
        show(robot, test);
    }

    private void show(FxRobot robot, TestApp test) {
        ClassReportViewModel vm = new ClassReportViewModel(test.app());
        robot.interact(() -> {
            ClassReportView view = new ClassReportView(vm, test.app().texts());
            Scene scene = new Scene(view, 1280, 676);
            Looks.set(scene, Settings.DEFAULTS);
            SharedStage.shrink(stage, 1280, 676);
            stage.setScene(scene);
            stage.show();
            view.shown();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** With no results, the mastery tab says so; a lone "Student" column header stood above the sentence. */
    @Test
    void anEmptyReportSaysSoWithoutALoneHeader(FxRobot robot) throws Exception {
        TestApp test = new TestApp();
        show(robot, test);
        javafx.scene.layout.GridPane heat = robot.lookup("#heat-map").queryAs(javafx.scene.layout.GridPane.class);
        FxWait.until(() -> !heat.getChildren().isEmpty(), 10);
        assertThat(heat.getChildren()).extracting(n -> ((Label) n).getText())
                .containsExactly(test.app().texts().get("report.empty"));
    }

    /**
     * review24: with students whose answers name no skill (a teacher's pack without skills per problem) the Mastery tab
     * showed a lone "Student" column and their names, nothing else. It says why, and what the teacher can do.
     */
    @Test
    void studentsWhoseProblemsNameNoSkillAreToldWhyTheMasteryTabIsEmpty(FxRobot robot) throws Exception {
        TestApp test = new TestApp();
        LessonPack pack = TestApp.bundled("linear-equations.json");
        Problem noSkills = new Problem("mine-1", "Solve $x + 1 = 2$.", List.of(), 1, pack.problems().get(0).answer(),
                Optional.empty(), List.of(), List.of(), List.of(), Optional.empty());
        Classroom c = test.tutor.classroom();
        c.signIn(c.createStudent("Ana", Optional.empty()), "");
        c.recordAttempt("mine", noSkills, "x = 1", true, false, "equation", List.of(), "", false);
        c.flush();
        show(robot, test);
        javafx.scene.layout.GridPane heat = robot.lookup("#heat-map").queryAs(javafx.scene.layout.GridPane.class);
        FxWait.until(() -> !heat.getChildren().isEmpty(), 10);
        assertThat(heat.getChildren()).extracting(n -> ((Label) n).getText())
                .containsExactly(test.app().texts().get("report.heat.noSkills"));
        assertThat(test.app().texts().get("report.heat.noSkills")).contains("name no skill", "Choose…");
    }

    @Test
    void theHeatMapStandsClearOfTheTabsEdges(FxRobot robot) throws Exception {
        show(robot, new TestApp()); // the sentence of an empty report touched the tab's left edge and the tab strip
        javafx.scene.layout.GridPane heat = robot.lookup("#heat-map").queryAs(javafx.scene.layout.GridPane.class);
        FxWait.until(() -> !heat.getChildren().isEmpty(), 10);
        javafx.geometry.Bounds text = heat.getChildren().get(0).localToScene(heat.getChildren().get(0).getLayoutBounds());
        javafx.scene.Node pane = robot.lookup("#heat-scroll").query();
        javafx.geometry.Bounds area = pane.localToScene(pane.getLayoutBounds());
        assertThat(text.getMinX() - area.getMinX()).as("room on the left").isGreaterThanOrEqualTo(6);
        assertThat(text.getMinY() - area.getMinY()).as("room above").isGreaterThanOrEqualTo(6);
    }

    private static double widestWord(String text, Font font) {
        double widest = 0;
        for (String word : text.split(" ")) {
            Text t = new Text(word);
            t.setFont(font);
            widest = Math.max(widest, t.getLayoutBounds().getWidth());
        }
        return widest;
    }

    private void noHeaderBreaksAWord(FxRobot robot, String language) throws Exception {
        showReport(robot, language);
        FxWait.until(() -> !robot.lookup(".heat-header").queryAll().isEmpty(), 10);
        List<Label> headers = robot.lookup(".heat-header").queryAllAs(Label.class).stream().toList();
        // the skills' names in the report's language (debt21: skill names are in the bundles)
        assertThat(headers).extracting(Label::getText).contains(language.equals("es")
                ? new String[]{"Aceleración", "Ecuaciones del movimiento con aceleración constante"}
                : new String[]{"Acceleration", "Constant-acceleration equations"});
        robot.interact(() -> {
            for (Label h : headers) {
                double room = h.getWidth() - h.snappedLeftInset() - h.snappedRightInset();
                assertThat(widestWord(h.getText(), h.getFont())).as("%s: the longest word fits its column", h.getText())
                        .isLessThanOrEqualTo(room);
            }
        });
    }

    @Test
    void skillTitlesWrapBetweenWordsInEnglish(FxRobot robot) throws Exception {
        noHeaderBreaksAWord(robot, "en");
    }

    @Test
    void skillTitlesWrapBetweenWordsInSpanish(FxRobot robot) throws Exception {
        noHeaderBreaksAWord(robot, "es");
        // the screen's own words: the first column's heading is whole
        assertThat(robot.lookup("#heat-map").queryAs(javafx.scene.layout.GridPane.class).getChildren().get(0))
                .isInstanceOfSatisfying(Label.class, l -> assertThat(l.getText()).isEqualTo("Alumno"));
    }

    /**
     * Seen at 1366×768: a blank band between the buttons and what follows them, where the empty status line still took
     * a line and a gap.
     */
    @Test
    void nothingEmptyStandsBetweenTheButtonsAndTheReport(FxRobot robot) throws Exception {
        showReport(robot, "en");
        FxWait.until(() -> !robot.lookup(".heat-header").queryAll().isEmpty(), 10);
        Label status = robot.lookup("#report-status").queryAs(Label.class);
        javafx.scene.Node buttons = robot.lookup("#import-results").query().getParent();
        javafx.scene.Node next = robot.lookup(".tab-pane").query();
        double[] gap = new double[2];
        robot.interact(() -> {
            gap[0] = next.localToScene(next.getLayoutBounds()).getMinY() - buttons.localToScene(buttons.getLayoutBounds())
                    .getMaxY();
            gap[1] = ((javafx.scene.layout.VBox) buttons.getParent()).getSpacing();
        });
        assertThat(status.getText()).isEmpty();
        assertThat(gap[0]).as("the band between the buttons and the tabs").isLessThanOrEqualTo(gap[1] + 1);
    }
}
