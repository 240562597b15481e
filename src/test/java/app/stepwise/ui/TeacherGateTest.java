package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.lesson.LessonPack;
import app.stepwise.store.ProgressStore;
import app.stepwise.teacher.TeacherException;
import app.stepwise.teacher.TeacherStore;
import app.stepwise.tutor.Tutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
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
 * The first teacher PIN (docs/decisions/0011-first-teacher-pin.md). A newcomer found that the first person to click
 * Teacher on a new laptop sets it, a student as easily as the teacher. It is now set in the app only on a computer no
 * one has practised on yet, under a "Set a teacher PIN" heading that says who should do it and asks them to confirm;
 * once students have practised, it is set outside the app by whoever looks after the computer.
 */
@ExtendWith(ApplicationExtension.class)
class TeacherGateTest {
    private Stage stage;
    private Tutor tutor;
    private AppContext app;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dir = Files.createTempDirectory("stepwise-gate");
        tutor = new Tutor(ProgressStore.open(dir.resolve("progress.db")), TeacherStore.open(dir.resolve("teacher.json")));
        app = new AppContext(tutor, new CurrentThreadTaskExecutor(), SettingsStore.load(dir.resolve("settings.json")),
                Texts.of("en"));
    }

    @AfterEach
    void close() {
        tutor.close();
    }

    private void showGate(FxRobot robot) {
        robot.interact(() -> {
            stage.setScene(new Scene(new TeacherGateView(app, new TestApp.RecordingNavigator()), 800, 500));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void onANewComputerTheFirstPinIsSetOnlyAfterSayingWhoIsSettingIt(FxRobot robot) throws Exception {
        assertThat(tutor.firstPin()).isEqualTo(Tutor.FirstPin.ALLOWED);
        showGate(robot);
        assertThat(robot.lookup(".heading").queryAs(Label.class).getText()).isEqualTo("Set a teacher PIN");
        assertThat(robot.lookup("#first-pin-who").queryAs(Label.class).getText()).contains("If you are a student");
        Button set = robot.lookup("#set-pin").queryButton();
        assertThat(set.isDisabled()).as("not before the confirmation").isTrue();
        robot.interact(() -> robot.lookup("#pin-confirm").queryAs(CheckBox.class).setSelected(true));
        assertThat(set.isDisabled()).isFalse();
        tutor.setFirstPin("5820".toCharArray());
        assertThat(tutor.firstPin()).isEqualTo(Tutor.FirstPin.SET);
    }

    @Test
    void afterStudentsHavePractisedTheFirstPinIsNotSetInTheApp(FxRobot robot) throws Exception {
        tutor.classroom().createStudent("Ana", Optional.empty());
        assertThat(tutor.firstPin()).isEqualTo(Tutor.FirstPin.IN_USE);
        showGate(robot);
        assertThat(robot.lookup("#new-pin").tryQuery()).as("no PIN form").isEmpty();
        assertThat(robot.lookup("#set-pin").tryQuery()).isEmpty();
        assertThat(robot.lookup("#teacher-message").queryAs(Label.class).getText()).contains("stepwise teacher set-pin");
        assertThatThrownBy(() -> tutor.setFirstPin("5820".toCharArray())).isInstanceOf(TeacherException.class);
        assertThat(tutor.teacher().hasPin()).isFalse();
    }

    @Test
    void practiceWithoutANameCountsAsUseToo() throws Exception {
        LessonPack linear = TestApp.bundled("linear-equations.json");
        tutor.classroom().opened(linear, linear.problems().get(0));
        tutor.classroom().recordAttempt(linear.id(), linear.problems().get(0), "x = 5", true, false, "equation", List.of(),
                "", false);
        assertThat(tutor.firstPin()).isEqualTo(Tutor.FirstPin.IN_USE);
        assertThatThrownBy(() -> tutor.setFirstPin("5820".toCharArray())).isInstanceOf(TeacherException.class);
    }
}
