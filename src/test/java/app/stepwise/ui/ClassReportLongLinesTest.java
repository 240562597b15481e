package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.store.HeldWriter;
import java.time.Duration;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
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
 * The class report's long lines, in English and Spanish, at the default window and at 1024×640: the status line (a busy
 * progress file) was cut to one line ending "… ocupado)…", losing "try again in a minute"; the reason the summary and
 * CSV buttons are disabled wrapped to three lines in a third of the width beside the Spanish buttons, and at 1024 pixels
 * the Spanish buttons ran off the screen and left it no width at all.
 */
@ExtendWith(ApplicationExtension.class)
class ClassReportLongLinesTest {
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

    private void show(FxRobot robot, int width, int height) {
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
