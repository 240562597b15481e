package app.stepwise.ui;

import static app.stepwise.author.PackInstallTest.pack;
import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.author.Autosave;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Teacher mode's Import pack… on a pack already here (same id), and the unsaved new pack offered back after a crash: a
 * newcomer's review found that importing a newer version asked the teacher to delete a file by hand, and that a new
 * pack's draft left by a crash was never offered again.
 */
@ExtendWith(ApplicationExtension.class)
class PackUpdateFlowTest {
    private TeacherModeScreen screen;
    private Path home;
    private Path imported;

    @Start
    void start(Stage stage) {
        screen = new TeacherModeScreen(stage);
    }

    @AfterEach
    void close() {
        screen.close();
    }

    /** Teacher mode on this test's account ({@link #home}); Import pack… opens {@link #imported}, Export is cancelled. */
    private void teacherMode(FxRobot robot, String language) throws Exception {
        home = home == null ? Files.createTempDirectory("stepwise-update") : home;
        TeacherModeScreen.answerFileChoosers(name -> Optional.empty(), () -> imported);
        screen.open(robot, home, language);
    }

    @Test
    void aNewerVersionNamesBothVersionsAndReplacesOnlyWhenAsked(FxRobot robot) throws Exception {
        home = Files.createTempDirectory("stepwise-update");
        Path installed = Files.writeString(Files.createDirectories(home.resolve("packs")).resolve("fractions-7b.json"),
                pack("1.0", "a:1/2", "b:3/4", "c:5/6"));
        String v2 = pack("1.1", "a:1/2", "b:0.75", "d:7/8");
        imported = Files.writeString(home.resolve("Fractions 7B.stepwise-pack"), v2);
        teacherMode(robot, "en");
        Label status = robot.lookup("#teacher-status").queryAs(Label.class);
        FxWait.until(() -> TeacherModeScreen.packs(robot).getItems().stream().anyMatch(i -> i.title().equals("Fractions 7B")),
                20);

        robot.clickOn("#teacher-import-pack");
        FxWait.until(() -> robot.lookup("#import-conflict-said").tryQuery().isPresent(), 10);
        String said = robot.lookup("#import-conflict-said").queryAs(Label.class).getText();
        assertThat(said).contains("Here now: version 1.0, 3 problems").contains("This file: version 1.1, 3 problems")
                .contains("1 new, 1 changed, 1 removed, 1 unchanged").contains("keeps every student’s progress");
        assertThat(installed).as("nothing written before the teacher chooses").hasContent(pack("1.0", "a:1/2", "b:3/4", "c:5/6"));

        robot.clickOn("#import-replace");
        FxWait.until(() -> status.getText().startsWith("Replaced “Fractions 7B” with version 1.1"), 10);
        assertThat(installed).hasContent(v2);
        try (var s = Files.list(home.resolve("packs"))) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("fractions-7b.json");
        }

        // the same file again: nothing to replace; Keep both is still there, and adds a separate pack
        robot.clickOn("#teacher-import-pack");
        FxWait.until(() -> robot.lookup("#import-keep-both").tryQuery().isPresent(), 10);
        assertThat(robot.lookup("#import-replace").tryQuery()).isEmpty();
        assertThat(robot.lookup("#import-conflict-said").queryAs(Label.class).getText()).contains("the same pack");
        robot.clickOn("#import-keep-both");
        FxWait.until(() -> status.getText().startsWith("Added “Fractions 7B” as a separate pack"), 10);
        FxWait.until(
                () -> TeacherModeScreen.packs(robot).getItems().stream().anyMatch(i -> i.title().equals("Fractions 7B (1.1)")),
                20);
        assertThat(installed).hasContent(v2);
    }

    /** An answer to problem {@code id} of the installed pack, by whoever is signed in (no one: practice without a name). */
    private void answer(Path packFile, String id) {
        var pack = TestApp.read(packFile);
        var problem = pack.problems().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
        screen.tutor().classroom().opened(pack, problem);
        screen.tutor().classroom().recordAttempt(pack.id(), problem, "1/2", false, false, "numeric", List.of(), "", false);
    }

    private void signIn(String name) {
        var c = screen.tutor().classroom();
        c.signIn(c.createStudent(name, Optional.empty()), "");
    }

    /**
     * Replacing a pack with a version that removes problems: the question says how many students have work on them, from
     * the progress file (students of this computer; practice without a name is no student), and that their results stay.
     */
    @Test
    void theQuestionSaysHowManyStudentsHaveWorkOnTheProblemsTheNewVersionRemoves(FxRobot robot) throws Exception {
        home = Files.createTempDirectory("stepwise-update-work");
        Path installed = Files.writeString(Files.createDirectories(home.resolve("packs")).resolve("fractions-7b.json"),
                pack("1.0", "a:1/2", "b:3/4", "c:5/6", "d:1/3", "e:2/5"));
        imported = Files.writeString(home.resolve("v11.stepwise-pack"), pack("1.1", "a:1/2", "b:3/4", "e:2/5"));
        teacherMode(robot, "en");
        answer(installed, "c"); // without a name
        signIn("Ana");
        answer(installed, "c");
        signIn("Ben");
        answer(installed, "c");
        answer(installed, "d");
        signIn("Cleo");
        answer(installed, "d");
        signIn("Dev");
        answer(installed, "a"); // a problem that stays
        screen.tutor().classroom().signOut();
        FxWait.until(() -> !TeacherModeScreen.packs(robot).getItems().isEmpty(), 20);

        robot.clickOn("#teacher-import-pack");
        FxWait.until(() -> robot.lookup("#import-conflict-said").tryQuery().isPresent(), 10);
        assertThat(robot.lookup("#import-conflict-said").queryAs(Label.class).getText())
                .contains("0 new, 0 changed, 2 removed, 3 unchanged")
                .contains("3 students have work on 2 problems that version 1.1 removes; their results stay in the class report.");
        robot.clickOn("#import-cancel");
    }

    /** The progress file busy: the question comes within its budget and says the count could not be made, never "none". */
    @Test
    void aBusyProgressFileIsSaidInTheQuestionNeverNoStudent(FxRobot robot) throws Exception {
        home = Files.createTempDirectory("stepwise-update-busy");
        Files.writeString(Files.createDirectories(home.resolve("packs")).resolve("fractions-7b.json"),
                pack("1.0", "a:1/2", "b:3/4"));
        imported = Files.writeString(home.resolve("v2.stepwise-pack"), pack("2.0", "a:1/2"));
        teacherMode(robot, "es");
        FxWait.until(() -> !TeacherModeScreen.packs(robot).getItems().isEmpty(), 20);
        try (var held = new app.stepwise.store.HeldWriter(screen.tutor().store())) {
            robot.clickOn("#teacher-import-pack");
            FxWait.until(() -> robot.lookup("#import-conflict-said").tryQuery().isPresent(), 20);
            assertThat(robot.lookup("#import-conflict-said").queryAs(Label.class).getText())
                    .contains("No se pudo comprobar si hay alumnos con trabajo en el problema que la versión 2.0 quita")
                    .contains("ocupado").doesNotContain("Ningún alumno");
            robot.clickOn("#import-cancel");
        }
    }

    @Test
    void inSpanishTheQuestionIsSpanish(FxRobot robot) throws Exception {
        home = Files.createTempDirectory("stepwise-update-es");
        Files.writeString(Files.createDirectories(home.resolve("packs")).resolve("fractions-7b.json"), pack("1.0", "a:1/2"));
        imported = Files.writeString(home.resolve("v2.stepwise-pack"), pack("2.0", "a:1/2", "b:1/3"));
        teacherMode(robot, "es");
        FxWait.until(() -> !TeacherModeScreen.packs(robot).getItems().isEmpty(), 20);
        robot.clickOn("#teacher-import-pack");
        FxWait.until(() -> robot.lookup("#import-conflict-said").tryQuery().isPresent(), 10);
        assertThat(robot.lookup("#import-conflict-said").queryAs(Label.class).getText())
                .contains("Aquí ahora: versión 1.0, 1 problema").contains("Este archivo: versión 2.0, 2 problemas")
                .contains("1 problema nuevo");
        robot.clickOn("#import-cancel");
        FxWait.until(() -> robot.lookup("#teacher-status").queryAs(Label.class).getText().startsWith("No se ha importado"), 10);
    }

    @Test
    void anUnsavedNewPacksDraftIsOfferedWithItsTitleAndCanBeOpenedOrDiscarded(FxRobot robot) throws Exception {
        home = Files.createTempDirectory("stepwise-drafts");
        Path drafts = Files.createDirectories(home.resolve("drafts"));
        // an editor's draft of a new pack, half typed (no answer yet: the pack reader refuses it), left by a crash
        Path draft = Autosave.unsaved(drafts).file();
        Files.writeString(draft, """
                {"schemaVersion": 1, "id": "forces-9c", "title": "Forces 9C", "subject": "physics", "language": "en",
                 "problems": [{"id": "p1", "statement": "A 2 kg trolley is pulled with 6 N. Find its acceleration.",
                   "difficulty": 1, "answer": {"kind": "quantity", "value": ""}, "work": {"task": "physics"}}]}
                """);
        Path other = Autosave.unsaved(drafts).file();
        Files.writeString(other, "{\"schemaVersion\": 1, \"title\": \"\"}");
        teacherMode(robot, "en");
        FxWait.until(() -> robot.lookup("#teacher-unsaved").queryAs(javafx.scene.layout.VBox.class).isVisible(), 20);
        var rows = robot.lookup("#teacher-unsaved").queryAs(javafx.scene.layout.VBox.class).getChildren();
        assertThat(rows).hasSize(2);
        String all = rows.stream().map(r -> ((Label) ((javafx.scene.layout.HBox) r).getChildren().get(0)).getText()).toList()
                .toString();
        assertThat(all).contains("the new pack “Forces 9C”, autosaved").contains("a new pack without a title");

        // Discard removes that draft only
        robot.interact(() -> {
            for (var row : List.copyOf(rows))
                if (((Label) ((javafx.scene.layout.HBox) row).getChildren().get(0)).getText().contains("without a title")) {
                    ((javafx.scene.control.Button) ((javafx.scene.layout.HBox) row).getChildren().get(2)).fire();
                    break;
                }
        });
        FxWait.until(() -> robot.lookup("#teacher-unsaved").queryAs(javafx.scene.layout.VBox.class).getChildren().size() == 1,
                10);
        assertThat(other).doesNotExist();
        assertThat(draft).exists();

        // Open goes to the editor on that draft, half-typed problem and all, autosaving into it
        robot.interact(() -> ((javafx.scene.control.Button) ((javafx.scene.layout.HBox) robot.lookup("#teacher-unsaved")
                .queryAs(javafx.scene.layout.VBox.class).getChildren().get(0)).getChildren().get(1)).fire());
        assertThat(screen.navigator().went).last().isInstanceOfSatisfying(AuthorRoutes.Editor.class,
                e -> assertThat(e.draft()).contains(draft));
        AuthorRoutes.Editor e = (AuthorRoutes.Editor) screen.navigator().went.get(screen.navigator().went.size() - 1);
        try (TestApp test = new TestApp()) {
            PackEditorViewModel vm = new PackEditorViewModel(test.app(), e.file(), e.pack(), e.takenIds(), e.draft());
            assertThat(vm.title.get()).isEqualTo("Forces 9C");
            assertThat(vm.packId.get()).isEqualTo("forces-9c");
            assertThat(vm.problems).singleElement().satisfies(p -> {
                assertThat(p.statement.get()).startsWith("A 2 kg trolley");
                assertThat(p.kind.get()).isEqualTo("quantity");
            });
            assertThat(vm.dirty.get()).as("not saved: leaving asks").isTrue();
            assertThat(vm.recoverable()).as("not asked again").isEmpty();
        }
    }
}
