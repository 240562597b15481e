package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.text.Message;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new student practises a whole pack with the keyboard alone, in each language: library → pack → six problems
 * (working, Tab to the answer, Ctrl+Enter, Ctrl+Page Down) → the summary; Back and a restart never lose work.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardPackTest {
    /** Linear equations: (working lines, answer) for each problem, all right. */
    private static final List<String[]> SOLUTIONS = List.of(new String[]{"x = 12 - 7", "x = 5"},
            new String[]{"3x = 15", "x = 5"}, new String[]{"3x - 4 = 11\n3x = 15", "x = 5"},
            new String[]{"4x - 8 = 18\n4x = 26", "x = 13/2"}, new String[]{"x/4 = 5", "x = 20"},
            new String[]{"-2x = 8", "x = -4"});

    private WholeApp window;

    /** Waits for the library to list its packs. */
    private static void awaitLibrary(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#packs").tryQuery().map(n -> !((ListView<?>) n).getItems().isEmpty()).orElse(false));
    }

    @AfterEach
    void close() {
        if (window != null) window.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void aWholePackWithTheKeyboardAloneAndNoWorkLost(String language, FxRobot robot) throws Exception {
        Texts t = Texts.of(language);
        window = WholeApp.start(robot, language);
        awaitLibrary(robot);
        assertThat(robot.lookup("#back").queryButton().getText()).isEqualTo(t.get("nav.back"));

        // library: the list has focus; arrow keys to "Linear equations", Enter
        ListView<?> packs = robot.lookup("#packs").queryAs(ListView.class);
        assertThat(packs.isFocused()).isTrue();
        int linear = indexOf(packs, "Linear equations");
        robot.type(KeyCode.HOME);
        for (int i = 0; i < linear; i++) robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        FxWait.shown(robot, "#problems", 10);
        assertThat(robot.lookup("#problems").query().isFocused()).isTrue();
        robot.type(KeyCode.ENTER); // problem 1

        for (int i = 0; i < SOLUTIONS.size(); i++) {
            int number = i + 1;
            awaitPosition(robot, t.get("problem.position", number, 6));
            TextArea work = robot.lookup("#work").queryAs(TextArea.class);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, work::isFocused); // the working box has focus on arrival
            typeLines(robot, SOLUTIONS.get(i)[0]);
            robot.type(KeyCode.TAB); // out of the working box, into the answer box
            assertThat(robot.lookup("#answer").query().isFocused()).as("Tab leaves the working box").isTrue();
            robot.write(SOLUTIONS.get(i)[1]);
            robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
            Label verdict = robot.lookup("#verdict").queryAs(Label.class);
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> verdict.getText().startsWith("✓")); // a symbol, not only colour
            assertThat(verdict.getStyleClass()).contains("correct");
            // the grading module's verdict in the student's language ("¡Correcto!" in Spanish), not English
            assertThat(verdict.getText()).endsWith(Message.of("grade.correct").in(t.locale()));

            if (number == 2) { // Back to the pack and in again: the work is still there
                robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
                FxWait.shown(robot, "#problems", 10);
                robot.type(KeyCode.ENTER); // the list has the problem the student came back from selected
                awaitPosition(robot, t.get("problem.position", 2, 6));
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                        () -> robot.lookup("#work").queryAs(TextArea.class).getText().equals(SOLUTIONS.get(1)[0]));
                assertThat(robot.lookup("#answer").queryAs(TextField.class).getText()).isEqualTo(SOLUTIONS.get(1)[1]);
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#work").query().isFocused());
            }
            robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_DOWN).release(KeyCode.CONTROL); // next (the last: the summary)
        }

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#summary-solved").tryQuery().map(n -> !((Label) n).getText().isEmpty()).orElse(false));
        assertThat(robot.lookup("#summary-solved").queryAs(Label.class).getText()).isEqualTo(t.get("summary.solved", 6, 6, 6));
        assertThat(robot.lookup("#summary-to-pack").query().isFocused()).isTrue();
        robot.type(KeyCode.SPACE); // back to the pack: every problem marked solved
        FxWait.shown(robot, "#problems", 10);
        ListView<?> problems = robot.lookup("#problems").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> problems.getItems().stream()
                .allMatch(p -> ((PackViewModel.ProblemItem) p).status() == PackViewModel.Status.SOLVED));

        // F1 lists the shortcuts; Esc closes the list
        robot.type(KeyCode.F1);
        FxWait.shown(robot, "#shortcuts", 5);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#shortcuts").tryQuery().isEmpty());

        // half-done work on problem 3, then the app is closed and started again: the work comes back
        robot.type(KeyCode.HOME);
        robot.type(KeyCode.DOWN, 2);
        robot.type(KeyCode.ENTER);
        awaitPosition(robot, t.get("problem.position", 3, 6));
        TextArea work3 = robot.lookup("#work").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> work3.getText().equals(SOLUTIONS.get(2)[0]));
        robot.type(KeyCode.END);
        typeLines(robot, "\n3x = 15 + 0");
        String unfinished = work3.getText();
        window = window.restart(robot);
        awaitLibrary(robot);
        robot.lookup("#packs").queryAs(ListView.class);
        robot.interact(() -> {
            LibraryViewModel opener = new LibraryViewModel(window.main().app(), window.main());
            opener.openFile(Path.of("lessons", "linear-equations.json"), java.util.Optional.of("le-03"));
        });
        awaitPosition(robot, t.get("problem.position", 3, 6));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#work").queryAs(TextArea.class).getText().equals(unfinished));
    }

    private static void typeLines(FxRobot robot, String text) {
        for (char c : text.toCharArray()) {
            if (c == '\n') robot.type(KeyCode.ENTER); // Enter is a new line in the working box
            else
                robot.write(c);
        }
    }

    /**
     * Waits for the problem view to show "Problem n of 6". The first problem opened in a fresh JVM can take several
     * seconds on a slow CI machine (the first formula layout starts the font system), so the budget is generous; a
     * timeout says what the screen showed and which control had the keys, so a failure can be read from the log.
     */
    private static void awaitPosition(FxRobot robot, String expected) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> position(robot).equals(expected));
        } catch (java.util.concurrent.TimeoutException e) {
            String focus = WaitForAsyncUtils.asyncFx(() -> String.valueOf(
                    robot.listWindows().stream().filter(w -> w.isFocused() && w.getScene() != null).findFirst()
                            .map(w -> w.getScene().getFocusOwner()).orElse(null)))
                    .get(5, TimeUnit.SECONDS);
            throw new AssertionError("expected '" + expected + "' but the position label shows '" + position(robot)
                    + "'; focus owner: " + focus, e);
        }
    }

    private static String position(FxRobot robot) {
        return robot.lookup("#position").tryQuery().map(n -> ((Label) n).getText()).orElse("(no problem shown)");
    }

    private static int indexOf(ListView<?> list, String title) {
        for (int i = 0; i < list.getItems().size(); i++)
            if (((LibraryViewModel.PackItem) list.getItems().get(i)).title().equals(title)) return i;
        throw new AssertionError(title + " not in the library");
    }
}
