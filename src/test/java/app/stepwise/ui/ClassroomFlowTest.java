package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.app.Packs;
import app.stepwise.classroom.Classroom;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The classroom, headless: a student practises and finds the progress after a restart; a teacher imports two laptops. */
@ExtendWith(ApplicationExtension.class)
class ClassroomFlowTest {
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
        ClassReportView.chooser = new ClassReportView.SystemChooser();
    }

    @Test
    void aStudentPractisesAndFindsTheProgressAfterARestart(FxRobot robot) throws Exception {
        pressStudentButton(robot);
        waitFor(robot, "#new-student");
        robot.clickOn("#new-student");
        robot.clickOn("#new-name").write("Amina");
        robot.clickOn("#picture-cat").clickOn("#picture-sun").clickOn("#picture-tree");
        robot.clickOn("#create-student");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> studentButton(robot).getText().contains("Amina"));

        openLinearEquations(robot);
        robot.clickOn("#practise");
        waitFor(robot, "#answer");
        Label reason = robot.lookup("#practice-reason").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !reason.getText().isEmpty());
        assertThat(reason.getText()).contains("Solve one-step linear equations"); // a new student starts with the first skill
        robot.clickOn("#answer").write("x = 5"); // le-01: x + 7 = 12
        robot.clickOn("#check");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> progress(robot, "solve-one-step").startsWith("66"));

        robot.clickOn("#next-problem"); // interleaved: another skill next
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !reason.getText().contains("one-step"));

        // a restart: the window closes and opens again on the same progress file
        window = window.restart(robot);
        waitFor(robot, "#student-Amina");
        robot.clickOn("#student-Amina");
        waitFor(robot, "#picture-go");
        robot.clickOn("#picture-sun").clickOn("#picture-cat").clickOn("#picture-tree").clickOn("#picture-go");
        Label message = robot.lookup("#students-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> message.getText().contains("don't match"));
        robot.clickOn("#student-Amina");
        robot.clickOn("#picture-cat").clickOn("#picture-sun").clickOn("#picture-tree").clickOn("#picture-go");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> studentButton(robot).getText().contains("Amina"));
        openLinearEquations(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#progress-label-solve-one-step").tryQuery().isPresent()
                        && robot.lookup("#progress-label-solve-one-step").queryAs(Label.class).getText().startsWith("66"));
        ListView<?> problems = robot.lookup("#problems").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> ((PackViewModel.ProblemItem) problems.getItems().get(0)).status() == PackViewModel.Status.SOLVED);

        pressStudentButton(robot); // sign out: the session's summary, then the names
        waitFor(robot, "#session-summary");
        assertThat(robot.lookup("#session-summary").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains("See you next time");
        robot.type(KeyCode.ENTER);
        waitFor(robot, "#student-Amina");
    }

    @Test
    void aTeacherImportsTwoResultsFilesAndSeesTheHeatMap(FxRobot robot) throws Exception {
        Path a = laptop("a", "Ana", "Bo");
        Path b = laptop("b", "Chen", "Dara");
        ClassReportView.chooser = new ClassReportView.Chooser() {
            @Override
            public List<Path> openResults(Window owner) {
                return List.of(a, b);
            }

            @Override
            public Optional<Path> save(Window owner, String suggestedName, String extension) {
                return Optional.of(home.resolve(suggestedName));
            }

            @Override
            public Optional<Path> folder(Window owner) {
                return Optional.of(home.resolve("csv"));
            }
        };
        pressStudentButton(robot);
        waitFor(robot, "#students-teacher");
        robot.clickOn("#students-teacher");
        robot.clickOn("#setup-code").write(TeacherGateTest.setupCode(home));
        robot.clickOn("#new-pin").write("2468");
        robot.clickOn("#new-pin-again").write("2468");
        robot.clickOn("#set-pin");
        waitFor(robot, "#teacher-report"); // teacher mode opens on the packs; the report is one click away
        robot.clickOn("#teacher-report");
        waitFor(robot, "#import-results");
        robot.clickOn("#import-results");
        Label status = robot.lookup("#report-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> status.getText().contains("a.json") && status.getText().contains("b.json"));
        GridPane heat = robot.lookup("#heat-map").queryAs(GridPane.class);
        FxWait.shown(robot, "#heat-3-0", 30);
        List<String> names = heat.getChildren().stream().filter(n -> n.getStyleClass().contains("heat-name"))
                .map(n -> ((Label) n).getText()).toList();
        assertThat(names).containsExactly("Ana", "Bo", "Chen", "Dara");
        // everyone answered le-01 right first time: P(known) 0.25 -> 0.66 for one-step (the first skill column)
        assertThat(robot.lookup("#heat-0-0").queryAs(Label.class).getText()).isEqualTo("66%");
        assertThat(robot.lookup("#heat-3-0").queryAs(Label.class).getText()).isEqualTo("66%");

        robot.clickOn("#import-results"); // the same two files again: nothing changes
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().contains("imported before"));
        assertThat(heat.getChildren().stream().filter(n -> n.getStyleClass().contains("heat-name")).count()).isEqualTo(4);

        robot.clickOn("#export-csv");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(home.resolve("csv/mastery.csv")));
        assertThat(Files.readString(home.resolve("csv/mastery.csv"))).contains("Chen");
        robot.clickOn("#tab-misconceptions");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#misconceptions").queryAs(javafx.scene.control.TableView.class).getItems()).isNotEmpty();

        // hint dependence and time on task: one bar per student; the timeline: a chosen student's two answers, newest first
        robot.clickOn("#tab-hints");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(barNames(robot, "#hint-chart")).containsExactly("Ana", "Bo", "Chen", "Dara");
        robot.clickOn("#tab-time");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(barNames(robot, "#time-chart")).containsExactly("Ana", "Bo", "Chen", "Dara");
        robot.clickOn("#tab-timeline");
        javafx.scene.control.ComboBox<?> who = robot.lookup("#timeline-student").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> who.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableView<?> events = robot.lookup("#timeline-events").queryAs(javafx.scene.control.TableView.class);
        assertThat(events.getItems()).hasSize(2)
                .allSatisfy(e -> assertThat(((app.stepwise.classroom.ClassReport.TimelineRow) e).name())
                        .isEqualTo("Chen"));
        assertThat(events.getItems()).extracting(e -> ((app.stepwise.classroom.ClassReport.TimelineRow) e).result())
                .containsExactly("wrong", "right");
    }

    @SuppressWarnings("unchecked")
    private static List<String> barNames(FxRobot robot, String chart) {
        var c = robot.lookup(chart).queryAs(javafx.scene.chart.XYChart.class);
        return ((List<javafx.scene.chart.XYChart.Series<String, Number>>) (List<?>) c.getData()).get(0).getData().stream()
                .map(javafx.scene.chart.XYChart.Data::getXValue).toList();
    }

    /** A student laptop's results file: each student answers le-01 right, le-02 with a sign error. */
    private Path laptop(String name, String... students) throws Exception {
        LessonPack pack = Packs.reader().read(Path.of("lessons/linear-equations.json")).pack().orElseThrow();
        Problem le1 = pack.problem("le-01").orElseThrow();
        Problem le2 = pack.problem("le-02").orElseThrow();
        Path dir = Files.createTempDirectory("stepwise-laptop-" + name);
        try (Classroom c = Classroom.open(dir.resolve("progress.db"))) {
            for (String s : students) {
                c.signIn(c.createStudent(s, Optional.empty()), "");
                c.opened(pack, le1);
                c.recordAttempt(pack.id(), le1, "x = 5", true, false, "equation", List.of(), "", false);
                c.recordAttempt(pack.id(), le2, "x = 25/3", false, false, "equation", List.of(), "sign error", false);
            }
            Path out = home.resolve(name + ".json");
            c.exportResults(out);
            return out;
        }
    }

    private static void openLinearEquations(FxRobot robot) throws Exception {
        waitFor(robot, "#packs");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#packs").queryAs(ListView.class).getItems().isEmpty());
        ListView<?> packs = robot.lookup("#packs").queryAs(ListView.class);
        int linear = 0;
        for (int i = 0; i < packs.getItems().size(); i++)
            if (((LibraryViewModel.PackItem) packs.getItems().get(i)).title().equals("Linear equations")) linear = i;
        final int index = linear;
        // focus the list without clicking it: a click lands on whichever pack is under the list's centre
        robot.interact(() -> {
            packs.getSelectionModel().select(index);
            packs.scrollTo(index);
            packs.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        waitFor(robot, "#practise");
    }

    /** The top bar's student button of this test's window (other tests' windows may still exist in the same toolkit). */
    private Button studentButton(FxRobot robot) {
        return robot.from(window.stage.getScene().getRoot()).lookup("#student").queryAs(Button.class);
    }

    /**
     * Presses the top bar's student button. Fired, not clicked: in a window narrower than the app's bar the button lies
     * beyond the window's edge.
     */
    private void pressStudentButton(FxRobot robot) {
        Button b = studentButton(robot);
        robot.interact(b::fire);
    }

    /** The text of a skill's progress label now (the bars are rebuilt on each refresh). */
    private static String progress(FxRobot robot, String skill) {
        return robot.lookup("#progress-label-" + skill).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private static void waitFor(FxRobot robot, String query) throws Exception {
        FxWait.shown(robot, query, 30);
    }
}
