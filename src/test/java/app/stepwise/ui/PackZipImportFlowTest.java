package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.PackImageTest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Teacher mode's Import pack… on a pack that comes with its pictures: a zip, or a folder with a pack.json and an images
 * folder (chosen by its pack.json, as a file dialog chooses files). Only the command line could unpack a zip, into a
 * folder of the teacher's choosing; the app took single files only, and a pack's pictures were lost. Now the same
 * question as for a single file (Replace / Keep both / Cancel, with the students who have work on removed problems), the
 * command line's checks on what is unpacked, and a hostile or broken archive never takes the place of a good pack.
 */
@ExtendWith(ApplicationExtension.class)
public class PackZipImportFlowTest {
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

    /** A version of "Fractions 7B" whose problems are {@code id:answer}; the first shows images/scale.png. */
    public static String pictured(String version, String... problems) {
        StringBuilder b = new StringBuilder("{\"schemaVersion\": 1, \"id\": \"fractions-7b\", \"title\": \"Fractions 7B\","
                + " \"subject\": \"math\", \"language\": \"en\", \"version\": \"" + version + "\", \"problems\": [");
        for (int i = 0; i < problems.length; i++) {
            String[] p = problems[i].split(":");
            b.append(i == 0 ? "" : ",").append("{\"id\": \"").append(p[0])
                    .append("\", \"statement\": \"Shade the fraction shown, then write it in its lowest terms.\", \"answer\": ")
                    .append("{\"kind\": \"numeric\", \"value\": \"").append(p[1]).append("\"}");
            if (i == 0) b.append(", \"image\": {\"file\": \"images/scale.png\", \"alt\": \"A bar cut into equal parts\"}");
            b.append("}");
        }
        return b.append("]}").toString();
    }

    /** A zip of these entries, in order, written as any zip tool would. */
    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path f = home.resolve(name);
        try (OutputStream o = Files.newOutputStream(f); ZipOutputStream z = new ZipOutputStream(o)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return f;
    }

    private static Map<String, byte[]> entries(String pack, byte[] picture) {
        var m = new java.util.LinkedHashMap<String, byte[]>();
        m.put("pack.json", pack.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        m.put("images/scale.png", picture);
        return m;
    }

    /** Everything in the packs folder, hidden files too, as paths relative to it. */
    private List<String> packsFolder() throws IOException {
        Path packs = home.resolve("packs");
        try (Stream<Path> s = Files.walk(packs)) {
            return s.filter(p -> !p.equals(packs)).map(p -> packs.relativize(p).toString().replace('\\', '/')).sorted()
                    .toList();
        }
    }

    private void teacherMode(FxRobot robot, String language) throws Exception {
        TeacherModeScreen.answerFileChoosers(name -> Optional.empty(), () -> imported);
        screen.open(robot, home, language);
        FxWait.until(() -> !TeacherModeScreen.packs(robot).getItems().isEmpty(), 20);
    }

    private String askedAbout(FxRobot robot) throws Exception {
        robot.clickOn("#teacher-import-pack");
        FxWait.until(() -> robot.lookup("#import-conflict-said").tryQuery().isPresent(), 20);
        return robot.lookup("#import-conflict-said").queryAs(Label.class).getText();
    }

    private static Label status(FxRobot robot) {
        return robot.lookup("#teacher-status").queryAs(Label.class);
    }

    private void answerAs(String name, Path packFile, String id) {
        var c = screen.tutor().classroom();
        c.signIn(c.createStudent(name, Optional.empty()), "");
        var pack = TestApp.read(packFile);
        var problem = pack.problems().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
        c.opened(pack, problem);
        c.recordAttempt(pack.id(), problem, "1/2", false, false, "numeric", List.of(), "", false);
        c.signOut();
    }

    @Test
    void aZipWithItsPictureReplacesThePackAfterTheSameQuestionAndCancelLeavesNothingBehind(FxRobot robot) throws Exception {
        home = Files.createTempDirectory("stepwise-zip");
        String v10 = app.stepwise.author.PackInstallTest.pack("1.0", "a:1/2", "b:3/4", "c:5/6");
        Path installed = Files.writeString(Files.createDirectories(home.resolve("packs")).resolve("fractions-7b.json"), v10);
        byte[] picture = PackImageTest.png(60, 20);
        String v11 = pictured("1.1", "a:1/2", "b:3/4", "d:7/8");
        imported = zip("Fractions 7B v1.1.zip", entries(v11, picture));
        teacherMode(robot, "en");
        answerAs("Ana", installed, "c");

        String said = askedAbout(robot);
        assertThat(said).contains("Here now: version 1.0, 3 problems").contains("This file: version 1.1, 3 problems")
                .contains("1 new, 2 changed, 1 removed, 0 unchanged")
                .contains("1 student has work on 1 problem that version 1.1 removes");
        assertThat(installed).as("nothing written before the teacher chooses").hasContent(v10);

        robot.clickOn("#import-replace");
        FxWait.until(() -> status(robot).getText().startsWith("Replaced “Fractions 7B” with version 1.1"), 20);
        assertThat(packsFolder()).as("the pack file gave way to a folder with its picture; nothing hidden left")
                .containsExactly("fractions-7b", "fractions-7b/images", "fractions-7b/images/scale.png",
                        "fractions-7b/pack.json");
        assertThat(home.resolve("packs/fractions-7b/pack.json")).hasContent(v11);
        assertThat(Files.readAllBytes(home.resolve("packs/fractions-7b/images/scale.png"))).isEqualTo(picture);
        FxWait.until(() -> TeacherModeScreen.packs(robot).getItems().stream()
                .filter(i -> i.title().equals("Fractions 7B")).count() == 1
                && TeacherModeScreen.packs(robot).getItems().stream().anyMatch(
                        i -> i.pack().map(p -> p.version().equals("1.1")).orElse(false)),
                20);

        // a newer zip over the folder pack: the folders are swapped whole, the new picture with the new version
        byte[] newer = PackImageTest.png(80, 30);
        String v12 = pictured("1.2", "a:1/2", "d:7/8");
        imported = zip("Fractions 7B v1.2.zip", entries(v12, newer));
        assertThat(askedAbout(robot)).contains("Here now: version 1.1, 3 problems")
                .contains("0 new, 0 changed, 1 removed, 2 unchanged");
        robot.clickOn("#import-replace");
        FxWait.until(() -> status(robot).getText().startsWith("Replaced “Fractions 7B” with version 1.2"), 20);
        assertThat(home.resolve("packs/fractions-7b/pack.json")).hasContent(v12);
        assertThat(Files.readAllBytes(home.resolve("packs/fractions-7b/images/scale.png"))).isEqualTo(newer);
        assertThat(packsFolder()).containsExactly("fractions-7b", "fractions-7b/images", "fractions-7b/images/scale.png",
                "fractions-7b/pack.json");

        // Cancel: the unpacked copy goes, the pack stays
        imported = zip("Fractions 7B v2.zip", entries(pictured("2.0", "a:1/3"), picture));
        askedAbout(robot);
        robot.clickOn("#import-cancel");
        FxWait.until(() -> status(robot).getText().startsWith("Nothing was imported"), 20);
        FxWait.until(() -> {
            try {
                return packsFolder().size() == 4;
            } catch (IOException e) {
                return false;
            }
        }, 20);
        assertThat(home.resolve("packs/fractions-7b/pack.json")).hasContent(v12);
    }

    @Test
    void aFolderChosenByItsPackJsonIsKeptBesideTheInstalledPackWithItsPicture(FxRobot robot) throws Exception {
        home = Files.createTempDirectory("stepwise-folder");
        String v10 = app.stepwise.author.PackInstallTest.pack("1.0", "a:1/2");
        Path installed = Files.writeString(Files.createDirectories(home.resolve("packs")).resolve("fractions-7b.json"), v10);
        Path folder = Files.createDirectories(home.resolve("From Ms Okafor/Fractions 7B"));
        byte[] picture = PackImageTest.png(40, 40);
        Files.write(Files.createDirectories(folder.resolve("images")).resolve("scale.png"), picture);
        Files.writeString(folder.resolve("images/read me.txt"), "drawn by hand, scanned at 150 dpi");
        Files.writeString(folder.resolve("pack.json"), pictured("1.1", "a:1/2", "b:2/3"));
        imported = folder.resolve("pack.json");
        teacherMode(robot, "en");

        assertThat(askedAbout(robot)).contains("This file: version 1.1, 2 problems")
                .contains("Keep both adds this file as a separate pack, “Fractions 7B (1.1)”");
        robot.clickOn("#import-keep-both");
        FxWait.until(() -> status(robot).getText().startsWith("Added “Fractions 7B” as a separate pack (id fractions-7b-2)"),
                20);
        assertThat(installed).hasContent(v10);
        assertThat(packsFolder()).as("only the pack and its picture are taken from the folder")
                .containsExactly("fractions-7b-2", "fractions-7b-2/images", "fractions-7b-2/images/scale.png",
                        "fractions-7b-2/pack.json", "fractions-7b.json");
        var kept = TestApp.read(home.resolve("packs/fractions-7b-2/pack.json"));
        assertThat(kept.id()).isEqualTo("fractions-7b-2");
        assertThat(kept.title()).isEqualTo("Fractions 7B (1.1)");
        assertThat(Files.readAllBytes(home.resolve("packs/fractions-7b-2/images/scale.png"))).isEqualTo(picture);
        assertThat(folder.resolve("pack.json")).as("the teacher's folder is only read").exists();
        FxWait.until(() -> TeacherModeScreen.packs(robot).getItems().stream()
                .anyMatch(i -> i.title().equals("Fractions 7B (1.1)") && i.pack().isPresent()), 20);
    }

    @Test
    void aHostileOrBrokenZipNeverTakesThePlaceOfTheGoodPack(FxRobot robot) throws Exception {
        home = Files.createTempDirectory("stepwise-hostile");
        String v10 = app.stepwise.author.PackInstallTest.pack("1.0", "a:1/2");
        Path installed = Files.writeString(Files.createDirectories(home.resolve("packs")).resolve("fractions-7b.json"), v10);
        byte[] picture = PackImageTest.png(10, 10);
        var climbing = entries(pictured("9.9", "a:1/3"), picture);
        climbing.put("images/../../../escaped.png", picture);
        imported = zip("fractions-update.zip", climbing);
        teacherMode(robot, "en");

        robot.clickOn("#teacher-import-pack");
        FxWait.until(() -> status(robot).getText().startsWith("fractions-update.zip was not imported"), 20);
        assertThat(status(robot).getText()).contains("would be written outside the pack's folder")
                .contains("Nothing was unpacked");
        assertThat(robot.lookup("#import-conflict-said").tryQuery()).as("no question: nothing to choose").isEmpty();
        assertThat(installed).hasContent(v10);
        assertThat(packsFolder()).containsExactly("fractions-7b.json");
        assertThat(home.getParent().resolve("escaped.png")).doesNotExist();

        // a pack.json that is not a pack (cut short): said as for a single file, nothing left
        imported = zip("fractions-cut.zip", entries("{\"schemaVersion\": 1, \"id\": \"fractions-7b\", \"title\": \"Fr", picture));
        robot.clickOn("#teacher-import-pack");
        FxWait.until(() -> status(robot).getText().startsWith("fractions-cut.zip is not a pack Stepwise can read"), 20);
        assertThat(installed).hasContent(v10);
        assertThat(packsFolder()).containsExactly("fractions-7b.json");

        // a picture the pack shows that is not in the zip: refused by the library's own check, never half a pack
        var missing = new java.util.LinkedHashMap<String, byte[]>();
        missing.put("pack.json", pictured("1.1", "a:1/2").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        imported = zip("fractions-no-picture.zip", missing);
        robot.clickOn("#teacher-import-pack");
        FxWait.until(() -> status(robot).getText().startsWith("fractions-no-picture.zip is not a pack Stepwise can read"),
                20);
        assertThat(installed).hasContent(v10);
        assertThat(packsFolder()).containsExactly("fractions-7b.json");
    }

    @Test
    void aZipBombIsRefusedInSpanishAndThePackStays(FxRobot robot) throws Exception {
        home = Files.createTempDirectory("stepwise-bomb");
        String v10 = app.stepwise.author.PackInstallTest.pack("1.0", "a:1/2");
        Path installed = Files.writeString(Files.createDirectories(home.resolve("packs")).resolve("fractions-7b.json"), v10);
        // zeros compress to almost nothing: a small archive whose picture unpacks past the limit
        var bomb = entries(pictured("2.0", "a:1/2"), new byte[(int) app.stepwise.author.PackArchive.MAX_ENTRY_BYTES + 1]);
        imported = zip("fracciones.zip", bomb);
        assertThat(Files.size(imported)).isLessThan(app.stepwise.author.PackArchive.MAX_ENTRY_BYTES / 100);
        teacherMode(robot, "es");

        robot.clickOn("#teacher-import-pack");
        FxWait.until(() -> status(robot).getText().startsWith("fracciones.zip no se ha importado"), 20);
        assertThat(status(robot).getText()).contains("se rechaza").contains("ocupa más de 10 MB")
                .contains("No se ha desempaquetado nada");
        assertThat(installed).hasContent(v10);
        assertThat(packsFolder()).containsExactly("fractions-7b.json");
    }
}
