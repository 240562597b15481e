package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
 * A teacher shares a pack they wrote with another computer or account, in the app: a fresh-eyes pass found that teacher
 * mode could import Moodle XML and OATutor folders but had no way to export its own pack or import a Stepwise pack
 * (only the command line or copying files by hand). Export pack… writes the pack file; Import pack… on the other account
 * checks it and adds it to that account's packs, never replacing one already there.
 */
@ExtendWith(ApplicationExtension.class)
class PackExportImportTest {
    private static final String PACK = """
            {"schemaVersion": 1, "id": "ecuaciones-2b", "title": "Ecuaciones de 2.º B", "subject": "math", "language": "es",
             "problems": [{"id": "p1", "statement": "Resuelve $2x + 3 = 11$.", "answer": {"kind": "equation", "value": "x = 4"},
               "work": {"task": "solve", "start": "2x + 3 = 11"}}]}
            """;
    private TeacherModeScreen teacherMode;
    private Path exported;
    private Path imported;
    private String suggested;

    @Start
    void start(Stage stage) {
        teacherMode = new TeacherModeScreen(stage);
    }

    @AfterEach
    void close() {
        teacherMode.close();
    }

    /** The file choosers: export to this file (none: cancelled), import {@link #imported}; the name offered is kept. */
    private void answerFileChoosers(Optional<Path> exportTo) {
        TeacherModeScreen.answerFileChoosers(name -> {
            suggested = name;
            return exportTo;
        }, () -> imported);
    }

    @Test
    void aPackExportedOnOneAccountIsImportedOnAnother(FxRobot robot) throws Exception {
        Path first = Files.createTempDirectory("stepwise-export");
        Files.createDirectories(first.resolve("packs"));
        Files.writeString(first.resolve("packs").resolve("ecuaciones-2b.json"), PACK);
        exported = Files.createTempDirectory("stepwise-usb").resolve("ecuaciones-2b.stepwise-pack");
        answerFileChoosers(Optional.of(exported));

        teacherMode.open(robot, first, "en");
        Label status = robot.lookup("#teacher-status").queryAs(Label.class);
        FxWait.until(
                () -> TeacherModeScreen.packs(robot).getItems().stream().anyMatch(i -> i.title().equals("Ecuaciones de 2.º B")),
                20);
        // the list opens with a pack chosen (ui18), so Export never asks to choose first
        assertThat(TeacherModeScreen.packs(robot).getSelectionModel().getSelectedItem()).isNotNull();
        robot.interact(() -> {
            var items = TeacherModeScreen.packs(robot).getItems();
            for (int i = 0; i < items.size(); i++)
                if (items.get(i).title().equals("Ecuaciones de 2.º B"))
                    TeacherModeScreen.packs(robot).getSelectionModel().select(i);
        });
        robot.clickOn("#teacher-export");
        FxWait.until(() -> status.getText().startsWith("Exported"), 10);
        assertThat(suggested).as("the title, not the id").isEqualTo("Ecuaciones de 2.º B.stepwise-pack");
        assertThat(exported).hasContent(PACK);
        if (Files.getFileStore(exported).supportsFileAttributeView("posix")) // for the other account to read it
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(exported)))
                    .isEqualTo("rw-r--r--");

        // the other account: nothing of it yet; Import pack… adds it, and the list shows it
        Path second = Files.createTempDirectory("stepwise-import");
        teacherMode.open(robot, second, "en");
        Label there = robot.lookup("#teacher-status").queryAs(Label.class);
        FxWait.until(() -> !TeacherModeScreen.packs(robot).getItems().isEmpty(), 20);
        assertThat(TeacherModeScreen.packs(robot).getItems()).noneMatch(i -> i.title().equals("Ecuaciones de 2.º B"));
        imported = exported;
        robot.clickOn("#teacher-import-pack");
        FxWait.until(() -> there.getText().startsWith("Imported"), 10);
        FxWait.until(
                () -> TeacherModeScreen.packs(robot).getItems().stream().anyMatch(i -> i.title().equals("Ecuaciones de 2.º B")),
                20);
        assertThat(second.resolve("packs").resolve("ecuaciones-2b.json")).hasContent(PACK);

        // again: the pack already here is not replaced unless the teacher says so (Cancel keeps it)
        Files.writeString(second.resolve("packs").resolve("ecuaciones-2b.json"), PACK.replace("2.º B", "2.º B (mine)"));
        robot.clickOn("#teacher-import-pack");
        FxWait.until(() -> robot.lookup("#import-cancel").tryQuery().isPresent(), 10);
        assertThat(there.getText()).contains("already among the packs");
        robot.clickOn("#import-cancel");
        FxWait.until(() -> there.getText().startsWith("Nothing was imported"), 10);
        assertThat(Files.readString(second.resolve("packs").resolve("ecuaciones-2b.json"))).contains("(mine)");

        // a file that is not a pack is refused with the reader's reason
        imported = Files.writeString(second.resolve("notes.stepwise-pack"), "{\"title\": \"notes\"}");
        robot.clickOn("#teacher-import-pack");
        FxWait.until(() -> there.getText().startsWith("notes.stepwise-pack is not a pack Stepwise can read"), 10);
    }

    /**
     * A pack whose answer key contradicts its own worked solution is imported (to be fixed in the editor), and the status
     * says so: import checked only that the file could be read, and said nothing of content the editor calls an error
     * (a newcomer's find).
     */
    @Test
    void importingAPackWithContentMistakesSaysSo(FxRobot robot) throws Exception {
        Path home = Files.createTempDirectory("stepwise-import-mistakes");
        imported = Files.writeString(home.resolve("wrong-key.stepwise-pack"), """
                {"schemaVersion": 1, "id": "wrong-key", "title": "Wrong key", "subject": "math", "language": "en",
                 "problems": [{"id": "p1", "statement": "Solve $2x + 3 = 11$.", "answer": {"kind": "equation", "value": "x = 5"},
                   "solution": [{"text": "Take 3, then halve.", "math": "x = 4"}]}]}
                """);
        answerFileChoosers(Optional.empty());
        teacherMode.open(robot, home, "en");
        Label status = robot.lookup("#teacher-status").queryAs(Label.class);
        FxWait.until(() -> !TeacherModeScreen.packs(robot).getItems().isEmpty(), 20);
        robot.clickOn("#teacher-import-pack");
        FxWait.until(() -> status.getText().startsWith("Imported"), 20);
        assertThat(status.getText()).contains("1 mistake").contains("Edit").contains("x = 4");
        assertThat(home.resolve("packs").resolve("wrong-key.json")).exists();

        // a file broken by hand is refused with the line and what to fix there, not the JSON parser's words
        imported = Files.writeString(home.resolve("cut-short.stepwise-pack"), "{\"id\": \"a\",\n \"title\": \"b\"");
        robot.clickOn("#teacher-import-pack");
        FxWait.until(() -> status.getText().startsWith("cut-short.stepwise-pack"), 20);
        assertThat(status.getText()).contains("line 2: this is not valid JSON: the file ends before the pack does");
    }
}
