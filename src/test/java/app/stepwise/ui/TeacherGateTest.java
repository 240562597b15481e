package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.lesson.LessonPack;
import app.stepwise.store.ProgressStore;
import app.stepwise.teacher.SetupCode;
import app.stepwise.teacher.TeacherException;
import app.stepwise.teacher.TeacherStore;
import app.stepwise.tutor.Tutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
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
 * The first teacher PIN (docs/decisions/0011-first-teacher-pin.md, 0013-teacher-pin-set-up-code.md). A newcomer found
 * that the first person to click Teacher on a new laptop sets it, a student as easily as the teacher; then that a
 * student who is the very first user still could, by ticking "I am the teacher". It is now set in the app only on a
 * computer no one has practised on, in a copy of Stepwise this account owns, and only with the set-up code from a file
 * outside the app; where an administrator installed Stepwise for every account, or students have practised, it is set
 * outside the app.
 */
@ExtendWith(ApplicationExtension.class)
class TeacherGateTest {
    private Stage stage;
    private Tutor tutor;
    private AppContext app;
    private Path dir;
    private final TestApp.RecordingNavigator navigator = new TestApp.RecordingNavigator();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dir = Files.createTempDirectory("stepwise-gate");
        tutor = tutor(false);
    }

    private Tutor tutor(boolean installedByAdministrator) {
        Tutor t = new Tutor(ProgressStore.open(dir.resolve("progress.db")), TeacherStore.open(dir.resolve("teacher.json")),
                () -> installedByAdministrator);
        app = new AppContext(t, new CurrentThreadTaskExecutor(), SettingsStore.load(dir.resolve("settings.json")),
                Texts.of("en"));
        return t;
    }

    @AfterEach
    void close() {
        tutor.close();
    }

    /** The set-up code as whoever set the computer up reads it from its file. */
    static String setupCode(Path home) throws Exception {
        FxWait.until(() -> Files.exists(home.resolve(SetupCode.FILE)), 10);
        String text = Files.readString(home.resolve(SetupCode.FILE));
        return text.substring(text.indexOf(':') + 1, text.indexOf('\n')).strip();
    }

    private void showGate(FxRobot robot) {
        robot.interact(() -> {
            stage.setScene(new Scene(new TeacherGateView(app, navigator), 800, 500));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void onANewComputerTheFirstPinNeedsTheSetUpCodeFromItsFile(FxRobot robot) throws Exception {
        assertThat(tutor.firstPin()).isEqualTo(Tutor.FirstPin.ALLOWED);
        showGate(robot);
        assertThat(robot.lookup(".heading").queryAs(Label.class).getText()).isEqualTo("Set a teacher PIN");
        assertThat(robot.lookup("#pin-confirm").tryQuery()).as("no box a student can simply tick").isEmpty();
        Path file = dir.resolve(SetupCode.FILE);
        assertThat(file).exists();
        assertThat(robot.lookup("#setup-code-where").queryAs(Label.class).getText()).contains(file.toString());
        Button set = robot.lookup("#set-pin").queryButton();

        // a student guesses: nothing is set, and the screen says so
        robot.clickOn("#setup-code").write("ABCD-EFGH");
        robot.clickOn("#new-pin").write("5820");
        robot.clickOn("#new-pin-again").write("5820");
        robot.clickOn(set);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#teacher-message").queryAs(Label.class).getText()).contains("not the set-up code");
        assertThat(tutor.teacher().hasPin()).isFalse();
        assertThat(navigator.replaced).isEmpty();

        // whoever set the computer up types the code from the file
        TextField code = robot.lookup("#setup-code").queryAs(TextField.class);
        robot.interact(code::clear);
        robot.clickOn(code).write(setupCode(dir).toLowerCase(java.util.Locale.ROOT)); // case does not matter
        robot.clickOn(set);
        FxWait.until(() -> !navigator.replaced.isEmpty(), 30); // teacher mode opens on its packs
        assertThat(tutor.firstPin()).isEqualTo(Tutor.FirstPin.SET);
        assertThat(file).as("the code has done its job").doesNotExist();
    }

    /**
     * review24: the first-PIN screen asked for "at least 4 digits" while any 4 to 32 characters were taken. It now says
     * what the check accepts, in both languages, and a PIN of letters is set as it says.
     */
    @Test
    void theFirstPinScreenAsksForWhatItAccepts(FxRobot robot) throws Exception {
        showGate(robot);
        String asked = robot.lookup("#first-pin-label").queryAs(Label.class).getText();
        assertThat(asked).contains("4 to 32 characters", "letters", "not one character repeated")
                .doesNotContain("at least 4 digits");
        assertThat(Texts.of("es").get("teacher.firstPin", 4, 32)).contains("de 4 a 32 caracteres", "letras")
                .doesNotContain("al menos 4 cifras");
        robot.clickOn("#setup-code").write(setupCode(dir));
        robot.clickOn("#new-pin").write("abc");
        robot.clickOn("#new-pin-again").write("abc");
        robot.clickOn("#set-pin");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#teacher-message").queryAs(Label.class).getText()).contains("at least 4 characters");
        assertThat(tutor.teacher().hasPin()).isFalse();
        for (String box : List.of("#new-pin", "#new-pin-again")) {
            TextField f = robot.lookup(box).queryAs(TextField.class);
            robot.interact(f::clear);
            robot.clickOn(f).write("kepler");
        }
        robot.clickOn("#set-pin");
        FxWait.until(() -> !navigator.replaced.isEmpty(), 30);
        assertThat(tutor.teacher().hasPin()).as("a PIN of letters, as the screen says").isTrue();
    }

    @Test
    void whereAnAdministratorInstalledStepwiseTheAppNeverSetsTheFirstPin(FxRobot robot) throws Exception {
        tutor.close();
        tutor = tutor(true);
        assertThat(tutor.firstPin()).isEqualTo(Tutor.FirstPin.ADMINISTRATOR);
        showGate(robot);
        assertThat(robot.lookup("#new-pin").tryQuery()).as("no PIN form").isEmpty();
        assertThat(robot.lookup("#setup-code").tryQuery()).isEmpty();
        assertThat(robot.lookup("#teacher-message").queryAs(Label.class).getText())
                .contains("stepwise teacher set-pin --system");
        assertThat(dir.resolve(SetupCode.FILE)).as("no code to find either").doesNotExist();
        assertThatThrownBy(() -> tutor.setFirstPin("5820".toCharArray(), "anything")).isInstanceOf(TeacherException.class);
        assertThat(tutor.teacher().hasPin()).isFalse();
    }

    @Test
    void anInstallFolderThisAccountCannotWriteWasInstalledByAnAdministrator() throws Exception {
        Path installed = Files.createTempDirectory("stepwise-installed");
        assertThat(Tutor.installedByAdministrator(installed)).as("a copy this account unpacked").isFalse();
        Files.setPosixFilePermissions(installed, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                    "the administrator can write every folder");
            assertThat(Tutor.installedByAdministrator(installed)).isTrue();
        } finally {
            Files.setPosixFilePermissions(installed, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void afterStudentsHavePractisedTheFirstPinIsNotSetInTheApp(FxRobot robot) throws Exception {
        tutor.classroom().createStudent("Ana", Optional.empty());
        assertThat(tutor.firstPin()).isEqualTo(Tutor.FirstPin.IN_USE);
        showGate(robot);
        assertThat(robot.lookup("#new-pin").tryQuery()).as("no PIN form").isEmpty();
        assertThat(robot.lookup("#set-pin").tryQuery()).isEmpty();
        assertThat(robot.lookup("#teacher-message").queryAs(Label.class).getText()).contains("stepwise teacher set-pin")
                .as("the command on a USB or unpacked copy too").contains("Stepwise/bin/Stepwise teacher set-pin");
        SetupCode code = SetupCode.beside(dir.resolve("teacher.json"));
        code.ensure(); // even a code left from before does not open it
        assertThatThrownBy(() -> tutor.setFirstPin("5820".toCharArray(), setupCode(dir)))
                .isInstanceOf(TeacherException.class);
        assertThat(tutor.teacher().hasPin()).isFalse();
    }

    @Test
    void practiceWithoutANameCountsAsUseToo() throws Exception {
        LessonPack linear = TestApp.bundled("linear-equations.json");
        tutor.classroom().opened(linear, linear.problems().get(0));
        tutor.classroom().recordAttempt(linear.id(), linear.problems().get(0), "x = 5", true, false, "equation", List.of(),
                "", false);
        assertThat(tutor.firstPin()).isEqualTo(Tutor.FirstPin.IN_USE);
        assertThatThrownBy(() -> tutor.setFirstPin("5820".toCharArray(), "")).isInstanceOf(TeacherException.class);
    }
}
