package app.stepwise.cli;

import static app.stepwise.author.PackInstallTest.pack;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stepwise import --from pack FILE}: a newer version of an installed pack is named with both versions and what
 * replacing changes, and written only with --replace (or beside it with --keep-both); a broken file or a full disk
 * leaves the installed pack whole.
 */
class ImportPackCommandTest {
    @TempDir
    Path dir;

    /** This account's packs folder with {@code content} installed as fractions-7b.json: the installed file. */
    private Path installed(String content) throws java.io.IOException {
        return Files.writeString(Files.createDirectories(dir.resolve("packs")).resolve("fractions-7b.json"), content);
    }

    @Test
    void aNewerVersionIsDescribedAndReplacedOnlyWithReplace() throws Exception {
        Path installed = installed(pack("1.0", "a:1/2", "b:3/4", "c:5/6"));
        Path packs = installed.getParent();
        String v2 = pack("1.1", "a:1/2", "b:0.75", "d:7/8");
        Path file = Files.writeString(dir.resolve("fractions.stepwise-pack"), v2);

        CliTest.Run asked = CliTest.run("import", "--from", "pack", file.toString(), "--out", packs.toString());
        assertThat(asked.code()).isEqualTo(2);
        assertThat(asked.out()).contains("already installed").contains("version 1.0, 3 problems")
                .contains("version 1.1, 3 problems").contains("1 new (d), 1 changed (b), 1 removed (c), 1 unchanged")
                .contains("Nothing was written").contains("--replace").contains("--keep-both");
        assertThat(installed).hasContent(pack("1.0", "a:1/2", "b:3/4", "c:5/6"));

        CliTest.Run replaced = CliTest.run("import", "--from", "pack", file.toString(), "--out", packs.toString(),
                "--replace");
        assertThat(replaced.code()).as(replaced.out()).isZero();
        assertThat(replaced.out()).contains("Replaced").contains("keep their progress");
        assertThat(installed).hasContent(v2);

        CliTest.Run both = CliTest.run("import", "--from", "pack", file.toString(), "--out", packs.toString(), "--keep-both");
        assertThat(both.code()).as(both.out()).isZero();
        assertThat(packs.resolve("fractions-7b-2.json")).exists();
        assertThat(installed).hasContent(v2);
    }

    /** As the app's question: how many students of this computer have work on the problems the file removes. */
    @Test
    void theStudentsWithWorkOnRemovedProblemsAreCounted() throws Exception {
        Path packs = Files.createDirectories(dir.resolve("packs"));
        Path installed = Files.writeString(packs.resolve("fractions-7b.json"), pack("1.0", "a:1/2", "b:3/4", "c:5/6"));
        Path file = Files.writeString(dir.resolve("fractions.stepwise-pack"), pack("1.1", "a:1/2"));
        var pack = app.stepwise.app.Packs.reader().read(installed).pack().orElseThrow();
        try (var c = app.stepwise.classroom.Classroom.open(dir.resolve("progress.db"))) {
            for (String name : new String[]{"Ana", "Ben"}) {
                c.signIn(c.createStudent(name, java.util.Optional.empty()), "");
                c.opened(pack, pack.problems().get(2));
                c.recordAttempt(pack.id(), pack.problems().get(2), "5/6", true, false, "numeric", java.util.List.of(), "",
                        false);
            }
        }
        String home = System.getProperty("stepwise.home");
        System.setProperty("stepwise.home", dir.toString());
        try {
            CliTest.Run asked = CliTest.run("import", "--from", "pack", file.toString(), "--out", packs.toString());
            assertThat(asked.code()).isEqualTo(2);
            assertThat(asked.out()).contains("2 removed (b, c)")
                    .contains(
                            "2 students have work on 1 problem that version 1.1 removes; their results stay in the class report");
        } finally {
            if (home == null) System.clearProperty("stepwise.home");
            else
                System.setProperty("stepwise.home", home);
        }
    }

    @Test
    void aBrokenFileNeverReplacesTheInstalledPack() throws Exception {
        String good = pack("1.0", "a:1/2");
        Path installed = installed(good);
        Path packs = installed.getParent();
        Path broken = Files.writeString(dir.resolve("v2.stepwise-pack"), pack("2.0", "a:1/2").substring(0, 100));

        CliTest.Run r = CliTest.run("import", "--from", "pack", broken.toString(), "--out", packs.toString(), "--replace");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("is not a pack Stepwise can read; nothing was written");
        assertThat(installed).hasContent(good);
    }

    @Test
    void aFullDiskLeavesTheInstalledPackWhole() throws Exception {
        String good = pack("1.0", "a:1/2");
        Path installed = installed(good);
        Path packs = installed.getParent();
        Path v2 = Files.writeString(dir.resolve("v2.stepwise-pack"), pack("2.0", "a:1/2", "b:1/3"));

        CliTest.Run r = CliTest.underFileSizeLimit(dir.resolve("home"), 0, "import", "--from", "pack", v2.toString(), "--out",
                packs.toString(), "--replace");

        assertThat(r.code()).as(r.out() + r.err()).isNotZero();
        assertThat(installed).hasContent(good);
        try (var s = Files.list(packs)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("fractions-7b.json");
        }
    }

    /** A zip of a pack with its picture, as a colleague sends it. */
    private Path zipWithPicture(String name, String pack, byte[] picture) throws Exception {
        Path f = dir.resolve(name);
        try (var o = Files.newOutputStream(f); var z = new java.util.zip.ZipOutputStream(o)) {
            z.putNextEntry(new java.util.zip.ZipEntry("pack.json"));
            z.write(pack.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            z.putNextEntry(new java.util.zip.ZipEntry("images/scale.png"));
            z.write(picture);
            z.closeEntry();
        }
        return f;
    }

    private static java.util.List<String> names(Path folder) throws Exception {
        try (var s = Files.walk(folder)) {
            return s.filter(p -> !p.equals(folder)).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    /** As the app's Import pack…: a zip with its picture, asked about, then replaced or kept beside; the same checks. */
    @Test
    void aZipWithItsPictureIsAskedAboutThenReplacesThePackAsAFolder() throws Exception {
        Path installed = installed(pack("1.0", "a:1/2", "b:3/4"));
        Path packs = installed.getParent();
        String v2 = app.stepwise.ui.PackZipImportFlowTest.pictured("2.0", "a:1/2");
        byte[] picture = app.stepwise.lesson.PackImageTest.png(30, 30);
        Path zip = zipWithPicture("fractions.zip", v2, picture);

        CliTest.Run asked = CliTest.run("import", "--from", "pack", zip.toString(), "--out", packs.toString());
        assertThat(asked.code()).as(asked.out()).isEqualTo(2);
        assertThat(asked.out()).contains("already installed").contains("version 2.0, 1 problem" + System.lineSeparator())
                .contains("1 removed (b)")
                .contains("Nothing was written");
        assertThat(names(packs)).as("the unpacked copy does not stay").containsExactly("fractions-7b.json");

        CliTest.Run replaced = CliTest.run("import", "--from", "pack", zip.toString(), "--out", packs.toString(), "--replace");
        assertThat(replaced.code()).as(replaced.out()).isZero();
        assertThat(replaced.out()).contains("Replaced").contains("with its images");
        assertThat(names(packs)).containsExactly("fractions-7b", "fractions-7b/images", "fractions-7b/images/scale.png",
                "fractions-7b/pack.json");
        assertThat(packs.resolve("fractions-7b/pack.json")).hasContent(v2);
        assertThat(Files.readAllBytes(packs.resolve("fractions-7b/images/scale.png"))).isEqualTo(picture);

        CliTest.Run both = CliTest.run("import", "--from", "pack", zip.toString(), "--out", packs.toString(), "--keep-both");
        assertThat(both.code()).as(both.out()).isZero();
        assertThat(both.out()).contains("(id fractions-7b-2)");
        assertThat(packs.resolve("fractions-7b-2/images/scale.png")).exists();
    }

    @Test
    void aHostileZipIsRefusedWithTheUnzipChecksAndThePackStays() throws Exception {
        String good = pack("1.0", "a:1/2");
        Path installed = installed(good);
        Path packs = installed.getParent();
        Path zip = zipWithPicture("fractions.zip", app.stepwise.ui.PackZipImportFlowTest.pictured("2.0", "a:1/2"),
                new byte[(int) app.stepwise.author.PackArchive.MAX_ENTRY_BYTES + 1]);

        CliTest.Run r = CliTest.run("import", "--from", "pack", zip.toString(), "--out", packs.toString(), "--replace");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("this pack archive is refused: the entry \"images/scale.png\" is larger than 10 MB")
                .contains("Nothing was written");
        assertThat(installed).hasContent(good);
        assertThat(names(packs)).containsExactly("fractions-7b.json");
    }

    @Test
    void aFullDiskWhileUnpackingAZipLeavesTheInstalledPackWhole() throws Exception {
        String good = pack("1.0", "a:1/2");
        Path installed = installed(good);
        Path packs = installed.getParent();
        Path zip = zipWithPicture("fractions.zip", app.stepwise.ui.PackZipImportFlowTest.pictured("2.0", "a:1/2"),
                app.stepwise.lesson.PackImageTest.png(30, 30));

        CliTest.Run r = CliTest.underFileSizeLimit(dir.resolve("home"), 0, "import", "--from", "pack", zip.toString(), "--out",
                packs.toString(), "--replace");

        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("cannot unpack").contains("Nothing was written");
        assertThat(installed).hasContent(good);
        assertThat(names(packs)).containsExactly("fractions-7b.json");
    }

    /**
     * review23: {@code export --to zip} then {@code import --from pack} on its zip said "the file is not UTF-8 text". The
     * zip is now taken with its pictures, and so is the same zip renamed (.stepwise-pack, or no extension as a mail
     * program may save it); a file that really is not UTF-8 text is still told so.
     */
    @Test
    void aZipWrittenByExportIsImportedWhateverItsNameAndOnlyTextThatIsNotUtf8IsCalledSo() throws Exception {
        Path packs = Files.createDirectories(dir.resolve("packs"));
        Path source = Files.createDirectories(dir.resolve("mine/fractions-7b"));
        byte[] picture = app.stepwise.lesson.PackImageTest.png(30, 30);
        Files.write(Files.createDirectories(source.resolve("images")).resolve("scale.png"), picture);
        Files.writeString(source.resolve("pack.json"), app.stepwise.ui.PackZipImportFlowTest.pictured("1.0", "a:1/2"));
        Path zip = dir.resolve("x.zip");
        CliTest.Run exported = CliTest.run("export", "--to", "zip", source.resolve("pack.json").toString(), "--out",
                zip.toString());
        assertThat(exported.code()).as(exported.out()).isZero();

        CliTest.Run imported = CliTest.run("import", "--from", "pack", zip.toString(), "--out", packs.toString());
        assertThat(imported.code()).as(imported.out()).isZero();
        assertThat(imported.out()).doesNotContain("UTF-8");
        assertThat(Files.readAllBytes(packs.resolve("fractions-7b/images/scale.png"))).isEqualTo(picture);

        for (String renamed : new String[]{"Fractions 7B.stepwise-pack", "Fractions 7B"}) {
            Path copy = Files.copy(zip, dir.resolve(renamed));
            CliTest.Run r = CliTest.run("import", "--from", "pack", copy.toString(), "--out", packs.toString(), "--keep-both");
            assertThat(r.code()).as(renamed + ": " + r.out()).isZero();
            assertThat(r.out()).doesNotContain("UTF-8");
        }
        assertThat(names(packs)).contains("fractions-7b-2/images/scale.png", "fractions-7b-3/images/scale.png");

        Path latin1 = Files.write(dir.resolve("notas.stepwise-pack"),
                "{\"id\": \"notas\", \"title\": \"Ecuaci\u00f3n\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        CliTest.Run r = CliTest.run("import", "--from", "pack", latin1.toString(), "--out", packs.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.out()).contains("not UTF-8 text");
    }

}
