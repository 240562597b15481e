package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.classroom.Classroom;
import app.stepwise.lesson.LessonPack;
import app.stepwise.store.HeldWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The class report's printable summary and CSV tables need a report of someone: with none read (a busy progress file)
 * or a class of no student the buttons were enabled and saved nothing, or an empty table. They are now disabled, and a
 * line beside them says why; a report with a student enables them. The line on practice without a name said nothing
 * when the progress file was busy (a teacher could not tell "none" from "could not count"): it says busy.
 *
 * The class report's long lines, in English and Spanish, at the default window and at 1024×640: the status line (a busy
 * progress file) was cut to one line ending "… ocupado)…", losing "try again in a minute"; the reason the summary and
 * CSV buttons are disabled wrapped to three lines in a third of the width beside the Spanish buttons, and at 1024 pixels
 * the Spanish buttons ran off the screen and left it no width at all.
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
        return show(robot, 1280, 676);
    }

    private ClassReportViewModel show(FxRobot robot, int width, int height) {
        ClassReportViewModel vm = new ClassReportViewModel(test.app(), Duration.ofSeconds(1));
        robot.interact(() -> {
            ClassReportView view = new ClassReportView(vm, test.app().texts());
            Scene scene = new Scene(view, width, height);
            Looks.set(scene, Settings.DEFAULTS);
            SharedStage.shrink(stage, width, height);
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

    /** What the control draws: its text, or its text cut short with an ellipsis where it has no room. */
    private static String drawn(Labeled l) {
        Node text = l.lookup(".text");
        return text instanceof Text t ? t.getText() : "";
    }

    private static Bounds inScene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    /** The report could not be read (the progress file busy): the status line and the export note both show. */
    private void busyReport(FxRobot robot, String language, int width, int height) throws Exception {
        test = new TestApp().inLanguage(language);
        try (HeldWriter held = new HeldWriter(test.tutor.store())) {
            show(robot, width, height);
        }
    }

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @CsvSource({"en, 1280, 676", "es, 1280, 676", "en, 1024, 640", "es, 1024, 640"})
    void theBusyStatusLineIsShownWhole(String language, int width, int height, FxRobot robot) throws Exception {
        busyReport(robot, language, width, height);
        Label status = robot.lookup("#report-status").queryAs(Label.class);
        Node tabs = robot.lookup("#report-tabs").query();
        assertThat(status.getText()).as("the busy report's line").contains(language.equals("es") ? "ocupado" : "busy")
                .endsWith(language.equals("es") ? "Vuelve a intentarlo dentro de un minuto." : "Try again in a minute.");
        String[] seen = new String[1];
        Bounds[] at = new Bounds[2];
        robot.interact(() -> {
            seen[0] = drawn(status);
            at[0] = inScene(status);
            at[1] = inScene(tabs);
        });
        assertThat(seen[0]).as("the status line, whole").isEqualTo(status.getText());
        assertThat(at[0].getMaxY()).as("the status line sits above the tabs").isLessThanOrEqualTo(at[1].getMinY());
    }

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @CsvSource({"en, 1280, 676", "es, 1280, 676", "en, 1024, 640", "es, 1024, 640"})
    void theReasonTheButtonsWaitReadsOnOneOrTwoLinesAndEveryButtonIsWhole(String language, int width, int height,
            FxRobot robot) throws Exception {
        busyReport(robot, language, width, height);
        Label note = robot.lookup("#report-export-note").queryAs(Label.class);
        assertThat(note.getText()).startsWith(language.equals("es") ? "Aún no hay nada que imprimir" : "Nothing to print");
        String[] seen = new String[1];
        double[] lines = new double[1];
        Bounds[] noteAt = new Bounds[1];
        robot.interact(() -> {
            seen[0] = drawn(note);
            Text one = new Text("Ág");
            one.setFont(note.getFont());
            lines[0] = note.getHeight() / one.getLayoutBounds().getHeight();
            noteAt[0] = inScene(note);
        });
        assertThat(seen[0]).as("the reason the buttons wait, whole").isEqualTo(note.getText());
        assertThat(lines[0]).as("the reason takes one or two lines, not a narrow column").isLessThan(2.5);
        assertThat(noteAt[0].getWidth()).as("the reason's width: most of the window's").isGreaterThan(width / 2.0);
        assertThat(noteAt[0].getMaxX()).as("the reason on the screen").isLessThanOrEqualTo(width);

        for (String id : new String[]{"#import-results", "#export-results", "#export-csv", "#print-summary"}) {
            Button b = robot.lookup(id).queryAs(Button.class);
            String[] label = new String[1];
            Bounds[] where = new Bounds[1];
            robot.interact(() -> {
                label[0] = drawn(b);
                where[0] = inScene(b);
            });
            assertThat(label[0]).as(id + "'s label, whole").isEqualTo(b.getText());
            assertThat(where[0].getMaxX()).as(id + " on the screen").isLessThanOrEqualTo(width);
        }
    }
}
