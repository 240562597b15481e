package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.PackImageTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A colleague hands over a pack folder (pack.json and its pictures in images/), on a USB stick: the app's only way in
 * was Import pack…'s file dialog, which cannot choose a folder, so the teacher had to know to pick the pack.json inside
 * it. Import pack folder… chooses the folder itself, with the same checks and the same Replace / Keep both / Cancel.
 */
@ExtendWith(ApplicationExtension.class)
class PackFolderImportFlowTest {
    private TeacherModeScreen screen;
    private Path folder;

    @Start
    void start(Stage stage) {
        screen = new TeacherModeScreen(stage);
    }

    @AfterEach
    void close() {
        screen.close();
    }

    private static Label status(FxRobot robot) {
        return robot.lookup("#teacher-status").queryAs(Label.class);
    }

    @Test
    void aPackFolderIsImportedWithItsPicturesAfterTheSameQuestion(FxRobot robot) throws Exception {
        Path home = Files.createTempDirectory("stepwise-folder-import");
        String v10 = PackZipImportFlowTest.pictured("1.0", "a:1/2");
        Path installed = Files.createDirectories(home.resolve("packs/fractions-7b"));
        Files.write(Files.createDirectories(installed.resolve("images")).resolve("scale.png"), PackImageTest.png(20, 20));
        Files.writeString(installed.resolve("pack.json"), v10);
        folder = Files.createDirectories(home.resolve("USB stick/Fractions 7B"));
        byte[] picture = PackImageTest.png(50, 25);
        Files.write(Files.createDirectories(folder.resolve("images")).resolve("scale.png"), picture);
        String v11 = PackZipImportFlowTest.pictured("1.1", "a:1/2", "b:2/3");
        Files.writeString(folder.resolve("pack.json"), v11);
        TeacherModeScreen.answerFileChoosers(name -> Optional.empty(), () -> folder);
        screen.open(robot, home, "en");
        FxWait.until(() -> !TeacherModeScreen.packs(robot).getItems().isEmpty(), 20);

        // the button is there and whole at 1024 wide, with the other buttons
        robot.interact(() -> {
            Button b = robot.lookup("#teacher-import-folder").queryAs(Button.class);
            Bounds in = b.localToScene(b.getBoundsInLocal());
            assertThat(b.getText()).isEqualTo("Import pack folder…");
            assertThat(in.getMaxX()).isLessThanOrEqualTo(b.getScene().getWidth());
            assertThat(in.getMaxY()).isLessThanOrEqualTo(b.getScene().getHeight());
        });

        robot.clickOn("#teacher-import-folder");
        FxWait.until(() -> robot.lookup("#import-conflict-said").tryQuery().isPresent(), 20);
        // review24: a folder was called "This file:" in the question
        assertThat(robot.lookup("#import-conflict-said").queryAs(Label.class).getText())
                .contains("Here now: version 1.0, 1 problem").contains("This folder: version 1.1, 2 problems")
                .contains("Keep both adds this folder as a separate pack").doesNotContain("This file", "this file");
        assertThat(Texts.of("es").get("teacher.conflict.incoming", "1.1", 2, 1))
                .isEqualTo("Esta carpeta: versión 1.1, 2 problemas.");
        assertThat(Texts.of("es").get("teacher.conflict.incoming", "1.1", 2, 0))
                .isEqualTo("Este archivo: versión 1.1, 2 problemas.");
        assertThat(installed.resolve("pack.json")).as("nothing written before the teacher chooses").hasContent(v10);
        robot.clickOn("#import-replace");
        FxWait.until(() -> status(robot).getText().startsWith("Replaced “Fractions 7B” with version 1.1"), 20);
        assertThat(installed.resolve("pack.json")).hasContent(v11);
        assertThat(Files.readAllBytes(installed.resolve("images/scale.png"))).isEqualTo(picture);
        try (var s = Files.list(home.resolve("packs"))) {
            assertThat(s.map(p -> p.getFileName().toString())).as("no hidden copy left").containsExactly("fractions-7b");
        }
        assertThat(folder.resolve("pack.json")).as("the colleague's folder is left as it was").hasContent(v11);
    }

    @Test
    void aFolderWithoutAPackSaysSoInSpanishAndAddsNothing(FxRobot robot) throws Exception {
        Path home = Files.createTempDirectory("stepwise-folder-none");
        folder = Files.createDirectories(home.resolve("Fotos de clase"));
        Files.write(folder.resolve("pizarra.png"), PackImageTest.png(10, 10));
        TeacherModeScreen.answerFileChoosers(name -> Optional.empty(), () -> folder);
        screen.open(robot, home, "es");
        FxWait.until(() -> !TeacherModeScreen.packs(robot).getItems().isEmpty(), 20);
        int before = TeacherModeScreen.packs(robot).getItems().size();
        assertThat(robot.lookup("#teacher-import-folder").queryAs(Button.class).getText())
                .isEqualTo("Importar carpeta de paquete…");
        robot.clickOn("#teacher-import-folder");
        FxWait.until(() -> status(robot).getText().startsWith("Fotos de clase"), 20);
        assertThat(status(robot).getText()).contains("pack.json");
        assertThat(TeacherModeScreen.packs(robot).getItems()).hasSize(before);
        assertThat(home.resolve("packs")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(),
                p -> assertThat(Files.list(p)).isEmpty());
    }
}
