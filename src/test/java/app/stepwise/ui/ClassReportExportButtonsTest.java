package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.classroom.Classroom;
import app.stepwise.lesson.LessonPack;
import app.stepwise.store.HeldWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The class report's printable summary and CSV tables need a report of someone: with none read (a busy progress file)
 * or a class of no student the buttons were enabled and saved nothing, or an empty table. They are now disabled, and a
 * line beside them says why; a report with a student enables them. The line on practice without a name said nothing
 * when the progress file was busy (a teacher could not tell "none" from "could not count"): it says busy.
 */
@ExtendWith(ApplicationExtension.class)
class ClassReportExportButtonsTest {
    private Stage stage;
    private TestApp test;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        new FxRobot().interact(() -> SharedStage.restore(stage));
        if (test != null) test.close();
    }

    private ClassReportViewModel show(FxRobot robot) {
        ClassReportViewModel vm = new ClassReportViewModel(test.app(), Duration.ofSeconds(1));
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
        return vm;
    }

    private void answer(Classroom c, LessonPack pack, int problem) {
        c.opened(pack, pack.problems().get(problem));
        c.recordAttempt(pack.id(), pack.problems().get(problem), "x = 5", true, false, "equation", List.of(), "", false);
    }

    private static boolean disabled(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Button.class).isDisabled();
    }

    private static Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    @Test
    void theSummaryAndCsvWaitForAReportOfSomeoneAndSayWhy(FxRobot robot) throws Exception {
        test = new TestApp();
        ClassReportViewModel vm;
        try (HeldWriter held = new HeldWriter(test.tutor.store())) {
            vm = show(robot); // no report can be read
            assertThat(vm.reportProperty().get()).isNull();
            assertThat(disabled(robot, "#export-csv")).isTrue();
            assertThat(disabled(robot, "#print-summary")).isTrue();
            assertThat(label(robot, "#report-export-note").isVisible()).isTrue();
            assertThat(label(robot, "#report-export-note").getText()).isEqualTo(
                    "Nothing to print or export yet: the class's progress could not be read.");
        }

        robot.interact(vm::refresh); // read now: a class of no student
        assertThat(vm.reportProperty().get().students()).isEmpty();
        assertThat(disabled(robot, "#export-csv")).as("an empty class: nothing to export").isTrue();
        assertThat(disabled(robot, "#print-summary")).isTrue();
        assertThat(label(robot, "#report-export-note").getText())
                .isEqualTo("Nothing to print or export yet: no student has results.");
        assertThat(disabled(robot, "#export-results")).as("this computer's results file is always offered").isFalse();

        LessonPack linear = TestApp.bundled("linear-equations.json");
        Classroom c = test.tutor.classroom();
        c.signIn(c.createStudent("Ana", Optional.empty()), "");
        answer(c, linear, 0);
        robot.interact(vm::refresh);
        assertThat(disabled(robot, "#export-csv")).isFalse();
        assertThat(disabled(robot, "#print-summary")).isFalse();
        assertThat(label(robot, "#report-export-note").isVisible()).isFalse();
    }

    @Test
    void theLineOnPracticeWithoutANameSaysTheProgressFileIsBusy(FxRobot robot) throws Exception {
        test = new TestApp();
        LessonPack linear = TestApp.bundled("linear-equations.json");
        answer(test.tutor.classroom(), linear, 0); // no one signed in
        ClassReportViewModel vm = show(robot);
        assertThat(label(robot, "#report-unnamed").getText()).startsWith("Practice without a name on this computer: 1 answer");

        try (HeldWriter held = new HeldWriter(test.tutor.store())) {
            robot.interact(vm::refresh);
            Label unnamed = label(robot, "#report-unnamed");
            assertThat(unnamed.isVisible()).isTrue();
            assertThat(unnamed.getText()).as("never the old count, never nothing")
                    .startsWith("Practice without a name on this computer could not be counted within 1 second")
                    .contains("busy");
        }
        robot.interact(vm::refresh);
        assertThat(label(robot, "#report-unnamed").getText()).startsWith("Practice without a name on this computer: 1 answer");
    }

    @Test
    void aFreshViewOnABusyFileSaysSoInSpanish(FxRobot robot) throws Exception {
        test = new TestApp().inLanguage("es");
        try (HeldWriter held = new HeldWriter(test.tutor.store())) {
            show(robot);
            Label unnamed = label(robot, "#report-unnamed");
            assertThat(unnamed.isVisible()).as("a fresh view used to show no line at all").isTrue();
            assertThat(unnamed.getText()).startsWith("No se pudo contar la práctica sin nombre").contains("ocupado");
            assertThat(label(robot, "#report-export-note").getText()).startsWith("Aún no hay nada que imprimir");
        }
    }
}
