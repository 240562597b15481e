package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.PackImage;
import app.stepwise.lesson.PackImageTest;
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
 * A teacher shares a pack with pictures from the app: Export pack… wrote one {@code .stepwise-pack} (the pack's JSON)
 * and left the pictures behind (the status said so), so the colleague's copy showed none. Now a pack that shows pictures
 * is exported as a zip of its pack.json and images/, and Import pack… on the other account brings every picture back.
 */
@ExtendWith(ApplicationExtension.class)
class PackPicturesExportTest {
    private TeacherModeScreen teacherMode;
    private Path exportedTo;
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

    private static Label status(FxRobot robot) {
        return robot.lookup("#teacher-status").queryAs(Label.class);
    }

    private static void choose(FxRobot robot, String title) throws Exception {
        FxWait.until(() -> TeacherModeScreen.packs(robot).getItems().stream().anyMatch(i -> i.title().equals(title)), 20);
        robot.interact(() -> {
            var items = TeacherModeScreen.packs(robot).getItems();
            for (int i = 0; i < items.size(); i++)
                if (items.get(i).title().equals(title)) TeacherModeScreen.packs(robot).getSelectionModel().select(i);
        });
    }

    @Test
    void aPackWithPicturesExportedInTheAppIsImportedOnAnotherAccountWithEveryPicture(FxRobot robot) throws Exception {
        Path first = Files.createTempDirectory("stepwise-pictures-a");
        Path folder = Files.createDirectories(first.resolve("packs/fractions-7b/images"));
        byte[] scale = PackImageTest.png(60, 20);
        byte[] pie = PackImageTest.png(30, 30);
        Files.write(folder.resolve("scale.png"), scale);
        Files.write(folder.resolve("pie.png"), pie);
        // two problems show pictures; a third shows the first one's again
        Files.writeString(folder.resolveSibling("pack.json"),
                """
                        {"schemaVersion": 1, "id": "fractions-7b", "title": "Fractions 7B", "subject": "math", "language": "en",
                         "problems": [
                          {"id": "a", "statement": "Write the shaded part as a fraction.", "answer": {"kind": "numeric", "value": "1/2"},
                           "image": {"file": "images/scale.png", "alt": "A bar cut into two parts, one shaded"}},
                          {"id": "b", "statement": "Write the shaded part of the circle as a fraction.", "answer": {"kind": "numeric", "value": "3/4"},
                           "image": {"file": "images/pie.png", "alt": "A circle cut into quarters, three shaded"}},
                          {"id": "c", "statement": "Shade one more part: what fraction is shaded now?", "answer": {"kind": "numeric", "value": "2/2"},
                           "image": {"file": "images/scale.png", "alt": "The same bar"}}]}
                        """);
        exportedTo = Files.createTempDirectory("stepwise-usb").resolve("Fractions 7B.zip");
        TeacherModeScreen.answerFileChoosers(name -> {
            suggested = name;
            return Optional.of(exportedTo);
        }, () -> imported);

        teacherMode.open(robot, first, "en");
        choose(robot, "Fractions 7B");
        robot.clickOn("#teacher-export");
        FxWait.until(() -> status(robot).getText().startsWith("Exported"), 20);
        assertThat(suggested).as("a zip, which carries the pictures").isEqualTo("Fractions 7B.zip");
        assertThat(status(robot).getText()).contains("with its 2 pictures").contains(exportedTo.toString())
                .doesNotContain("not in that file");

        // the other account: Import pack… takes the zip; the pack is there with both pictures, as the library reads it
        Path second = Files.createTempDirectory("stepwise-pictures-b");
        teacherMode.open(robot, second, "en");
        FxWait.until(() -> !TeacherModeScreen.packs(robot).getItems().isEmpty(), 20);
        imported = exportedTo;
        robot.clickOn("#teacher-import-pack");
        FxWait.until(() -> status(robot).getText().startsWith("Imported"), 20);
        choose(robot, "Fractions 7B");
        var pack = TeacherModeScreen.packs(robot).getSelectionModel().getSelectedItem().pack().orElseThrow();
        assertThat(pack.problems()).hasSize(3);
        for (var p : pack.problems()) {
            var image = p.image().orElseThrow();
            byte[] shown = PackImage.load(image.folder(), image.file()).bytes();
            assertThat(shown).as(p.id()).isEqualTo(p.id().equals("b") ? pie : scale);
        }
        assertThat(second.resolve("packs/fractions-7b/images/pie.png")).exists();
    }

    @Test
    void aPackWithoutPicturesIsStillOneFileAndSpanishSaysSoInSpanish(FxRobot robot) throws Exception {
        Path home = Files.createTempDirectory("stepwise-pictures-none");
        String pack = """
                {"schemaVersion": 1, "id": "porcentajes", "title": "Porcentajes", "subject": "math", "language": "es",
                 "problems": [{"id": "p1", "statement": "¿Cuánto es el 20 % de 45?", "answer": {"kind": "numeric", "value": "9"}}]}
                """;
        Files.writeString(Files.createDirectories(home.resolve("packs")).resolve("porcentajes.json"), pack);
        exportedTo = Files.createTempDirectory("stepwise-usb").resolve("Porcentajes.stepwise-pack");
        TeacherModeScreen.answerFileChoosers(name -> {
            suggested = name;
            return Optional.of(exportedTo);
        }, () -> imported);
        teacherMode.open(robot, home, "es");
        choose(robot, "Porcentajes");
        robot.clickOn("#teacher-export");
        FxWait.until(() -> status(robot).getText().startsWith("Exportado"), 20);
        assertThat(suggested).isEqualTo("Porcentajes.stepwise-pack");
        assertThat(exportedTo).hasContent(pack);
        assertThat(status(robot).getText()).doesNotContain("zip").doesNotContain("imágenes");
    }
}
