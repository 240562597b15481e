package app.stepwise.author;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.app.Packs;
import app.stepwise.lesson.LessonPack;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pack zips: written and read back; every hostile archive refused with nothing left behind. */
class PackArchiveTest {
    @TempDir
    Path dir;

    static final LessonPack PACK = Packs.reader().read(Path.of("lessons/linear-equations.json")).pack().orElseThrow();

    interface Entries {
        void write(ZipOutputStream z) throws IOException;
    }

    Path zip(String name, Entries entries) throws IOException {
        Path f = dir.resolve(name);
        try (OutputStream o = Files.newOutputStream(f); ZipOutputStream z = new ZipOutputStream(o)) {
            entries.write(z);
        }
        return f;
    }

    static void entry(ZipOutputStream z, String name, byte[] bytes) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(bytes);
        z.closeEntry();
    }

    void assertRefused(Path zip, String why) {
        Path target = dir.resolve("out-" + zip.getFileName());
        assertThatThrownBy(() -> PackArchive.read(zip, target, Packs.reader())).isInstanceOf(ImportException.class)
                .hasMessageContaining(why).hasMessageContaining("Nothing was unpacked");
        assertThat(target).doesNotExist();
        assertThat(dir.getParent().resolve("escaped.txt")).doesNotExist();
    }

    @Test
    void aPackWithImagesRoundTrips() throws Exception {
        Path images = Files.createDirectories(dir.resolve("images"));
        Files.write(images.resolve("scale.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G'});
        Files.writeString(images.resolve("notes.txt"), "not an image: left out");
        Path zip = dir.resolve("pack.zip");
        PackArchive.write(PACK, images, zip);
        PackArchive.Unpacked u = PackArchive.read(zip, dir.resolve("unpacked"), Packs.reader());
        assertThat(u.pack().pack()).contains(PACK);
        assertThat(u.images()).extracting(p -> p.getFileName().toString()).containsExactly("scale.png");
        assertThat(Files.readAllBytes(u.images().get(0))).containsExactly(0x89, 'P', 'N', 'G');
    }

    @Test
    void aProblemsPictureTravelsInTheZipAndTheLibraryListsTheUnpackedFolder() throws Exception {
        Path source = Files.createDirectories(dir.resolve("source"));
        Files.write(Files.createDirectories(source.resolve("images")).resolve("scale.png"),
                app.stepwise.lesson.PackImageTest.png(40, 30));
        Path packFile = source.resolve("forces.json");
        Files.writeString(packFile, """
                {"schemaVersion": 1, "id": "forces-pics", "title": "Forces with pictures", "subject": "math", "problems": [
                  {"id": "p1", "statement": "What does the scale show, in newtons?", "answer": {"kind": "numeric", "value": "4"},
                   "image": {"file": "images/scale.png", "alt": "A spring scale showing 4 N"}}]}
                """);
        LessonPack pack = Packs.reader().read(packFile).pack().orElseThrow();
        Path zip = dir.resolve("forces.zip");
        PackArchive.write(pack, null, zip); // no extra folder: the picture comes from the pack's own images folder

        Path library = Files.createDirectories(dir.resolve("library"));
        PackArchive.Unpacked u = PackArchive.read(zip, library.resolve("forces"), Packs.reader());
        assertThat(u.pack().problems()).isEmpty();
        assertThat(u.images()).extracting(p -> p.getFileName().toString()).containsExactly("scale.png");
        assertThat(app.stepwise.lesson.PackWriter.write(u.pack().pack().orElseThrow()))
                .isEqualTo(app.stepwise.lesson.PackWriter.write(pack));
        var image = u.pack().pack().orElseThrow().problems().get(0).image().orElseThrow();
        assertThat(image.folder()).isEqualTo(library.resolve("forces").toAbsolutePath().normalize());
        assertThat(app.stepwise.lesson.PackImage.load(image.folder(), image.file()).bytes())
                .isEqualTo(Files.readAllBytes(source.resolve("images/scale.png")));

        // the library lists a folder with a pack.json beside single pack files
        var reports = new app.stepwise.lesson.Library(Packs.reader(), java.util.List.of(library)).load();
        assertThat(reports).extracting(r -> r.pack().map(LessonPack::id).orElse("broken")).containsExactly("forces-pics");
        assertThat(reports.get(0).ok()).isTrue();
    }

    @Test
    void aPackWhosePictureIsMissingIsNotZippedWithoutIt() throws Exception {
        Path source = Files.createDirectories(dir.resolve("source"));
        Path packFile = source.resolve("p.json");
        Files.writeString(packFile, """
                {"schemaVersion": 1, "id": "p", "title": "P", "subject": "math", "problems": [
                  {"id": "p1", "statement": "s", "answer": {"kind": "numeric", "value": "4"},
                   "image": {"file": "images/gone.png", "alt": "gone"}}]}
                """);
        LessonPack pack = Packs.reader().read(packFile).pack().orElseThrow();
        assertThatThrownBy(() -> PackArchive.write(pack, null, dir.resolve("p.zip"))).isInstanceOf(IOException.class)
                .hasMessageContaining("images/gone.png");
        assertThat(dir.resolve("p.zip")).doesNotExist();
    }

    @Test
    void anEntryClimbingOutOfTheFolderIsRefused() throws Exception {
        assertRefused(zip("slip.zip", z -> {
            entry(z, "pack.json", new byte[]{'{', '}'});
            entry(z, "images/../../escaped.txt", new byte[]{1});
        }), "outside the pack's folder");
        assertRefused(zip("abs.zip", z -> entry(z, "/etc/passwd.png", new byte[]{1})), "absolute");
    }

    @Test
    void aSymbolicLinkEntryIsRefused() throws Exception {
        Path zip = zip("link.zip", z -> {
            entry(z, "pack.json", new byte[]{'{', '}'});
            entry(z, "images/a.png", "/etc/passwd".getBytes());
        });
        markAsSymlink(zip, "images/a.png");
        assertThat(PackArchive.links(zip)).containsExactly("images/a.png");
        assertRefused(zip, "symbolic link");
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        assertRefused(zip("many.zip", z -> {
            for (int i = 0; i <= PackArchive.MAX_ENTRIES; i++) entry(z, "images/" + i + ".png", new byte[]{1});
        }), "more than " + PackArchive.MAX_ENTRIES + " entries");
    }

    @Test
    void anOversizedEntryIsRefusedByTheBytesReadNotTheSizeClaimed() throws Exception {
        // zeros compress to almost nothing: a small archive that expands past the limit (a zip bomb in miniature)
        byte[] big = new byte[(int) PackArchive.MAX_ENTRY_BYTES + 1];
        Path zip = zip("bomb.zip", z -> entry(z, "images/big.png", big));
        assertThat(Files.size(zip)).isLessThan(PackArchive.MAX_ENTRY_BYTES / 100);
        assertRefused(zip, "larger than");
    }

    @Test
    void otherFilesAndMissingPacksAreRefused() throws Exception {
        assertRefused(zip("exe.zip", z -> {
            entry(z, "pack.json", new byte[]{'{', '}'});
            entry(z, "run.sh", new byte[]{1});
        }), "neither pack.json nor an image");
        assertRefused(zip("empty.zip", z -> entry(z, "images/a.png", new byte[]{1})), "no pack.json");
        Path junk = dir.resolve("junk.zip");
        Files.writeString(junk, "not a zip at all");
        assertThatThrownBy(() -> PackArchive.read(junk, dir.resolve("j"), Packs.reader())).isInstanceOf(ImportException.class);
    }

    @Test
    void anExistingFolderIsNeverOverwritten() throws Exception {
        Path zip = dir.resolve("pack.zip");
        PackArchive.write(PACK, null, zip);
        Path target = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(target.resolve("mine.json"), "keep me");
        assertThatThrownBy(() -> PackArchive.read(zip, target, Packs.reader())).hasMessageContaining("nothing was overwritten");
        assertThat(target.resolve("mine.json")).hasContent("keep me");
    }

    @Test
    void aFolderIsCopiedWithTheSameChecksAndALinkedPictureIsRefused() throws Exception {
        Path source = Files.createDirectories(dir.resolve("from-a-colleague"));
        Files.write(Files.createDirectories(source.resolve("images")).resolve("scale.png"),
                app.stepwise.lesson.PackImageTest.png(20, 20));
        Files.writeString(source.resolve("images/notes.txt"), "left where it is");
        Files.writeString(source.resolve("pack.json"), """
                {"schemaVersion": 1, "id": "forces-pics", "title": "Forces with pictures", "subject": "math", "problems": [
                  {"id": "p1", "statement": "What does the scale show, in newtons?", "answer": {"kind": "numeric", "value": "4"},
                   "image": {"file": "images/scale.png", "alt": "A spring scale showing 4 N"}}]}
                """);
        PackArchive.Unpacked u = PackArchive.readFolder(source, dir.resolve("copied"), Packs.reader());
        assertThat(u.pack().ok()).as(u.pack().problems().toString()).isTrue();
        assertThat(u.images()).extracting(p -> p.getFileName().toString()).containsExactly("scale.png");
        assertThat(dir.resolve("copied/images/notes.txt")).doesNotExist();

        Path secret = Files.writeString(dir.resolve("secret.png"), "not for the pack");
        Files.createSymbolicLink(source.resolve("images/answers.png"), secret);
        Path target = dir.resolve("copied-again");
        assertThatThrownBy(() -> PackArchive.readFolder(source, target, Packs.reader())).isInstanceOf(ImportException.class)
                .hasMessageContaining("this pack folder is refused: the entry \"images/answers.png\" is a symbolic link")
                .hasMessageContaining("Nothing was copied");
        assertThat(target).doesNotExist();
    }

    /** Sets the Unix mode of an entry in the central directory to a symbolic link (0120777), as `zip -y` writes it. */
    static void markAsSymlink(Path zip, String name) throws IOException {
        byte[] b = Files.readAllBytes(zip);
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        for (int p = 0; p + 46 < b.length; p++) {
            if (buf.getInt(p) != 0x02014b50) continue;
            int nameLen = Short.toUnsignedInt(buf.getShort(p + 28));
            if (new String(b, p + 46, nameLen).equals(name)) {
                buf.putShort(p + 4, (short) (3 << 8 | 20)); // made by Unix
                buf.putInt(p + 38, 0120777 << 16);
            }
        }
        Files.write(zip, b);
    }
}
