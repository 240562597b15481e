package app.stepwise.author;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stepwise.app.Packs;
import app.stepwise.lesson.Library;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newer version of a pack already installed (same id): a teacher's review found that importing it asked them to delete
 * a file by hand. The new version is read whole and checked before anything is written; what replacing changes is
 * counted by problem id (progress is kept by id); a broken or hostile file never takes the installed one's place.
 */
public class PackInstallTest {
    @TempDir
    Path dir;

    /** A pack "fractions-7b" at this version with these problems, each "id:answer". */
    public static String pack(String version, String... problems) {
        StringBuilder b = new StringBuilder("{\"schemaVersion\": 1, \"id\": \"fractions-7b\", \"title\": \"Fractions 7B\","
                + " \"subject\": \"math\", \"language\": \"en\", \"version\": \"" + version + "\", \"problems\": [");
        for (int i = 0; i < problems.length; i++) {
            String[] p = problems[i].split(":");
            b.append(i == 0 ? "" : ",").append("{\"id\": \"").append(p[0]).append("\", \"statement\": \"Work out ").append(p[0])
                    .append(".\", \"answer\": {\"kind\": \"numeric\", \"value\": \"").append(p[1]).append("\"}}");
        }
        return b.append("]}").toString();
    }

    private Path packs() throws Exception {
        return Files.createDirectories(dir.resolve("packs"));
    }

    private List<app.stepwise.lesson.PackProblem.Report> library(Path packs) {
        return new Library(Packs.reader(), List.of(packs)).load();
    }

    @Test
    void replacingCountsTheProblemsNewChangedAndRemovedByIdAndWritesTheCheckedBytes() throws Exception {
        Path packs = packs();
        Path installedFile = Files.writeString(packs.resolve("fractions-7b.json"), pack("1.0", "a:1/2", "b:3/4", "c:5/6"));
        String v2 = pack("1.1", "a:1/2", "b:0.75", "d:7/8", "e:2/3");
        Path incomingFile = Files.writeString(dir.resolve("Fractions 7B.stepwise-pack"), v2);

        PackInstall.Incoming in = PackInstall.read(incomingFile, Packs.reader());
        PackInstall.Installed there = PackInstall.installed("fractions-7b", library(packs), packs).orElseThrow();
        assertThat(there.replaceable()).isTrue();
        assertThat(there.version()).isEqualTo("1.0");
        PackInstall.Changes ch = PackInstall.changes(there.pack().orElseThrow(), in.pack());
        assertThat(ch.added()).containsExactly("d", "e");
        assertThat(ch.changed()).containsExactly("b");
        assertThat(ch.removed()).containsExactly("c");
        assertThat(ch.unchanged()).isEqualTo(1);

        Files.writeString(incomingFile, "{ changed after the check"); // what is written is what was checked
        PackInstall.replace(in, there);
        assertThat(installedFile).hasContent(v2);
        try (var s = Files.list(packs)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("fractions-7b.json");
        }
    }

    @Test
    void aBrokenOrHostileFileIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path packs = packs();
        String good = pack("1.0", "a:1/2");
        Path installedFile = Files.writeString(packs.resolve("fractions-7b.json"), good);
        for (String bad : List.of(pack("2.0", "a:1/2").substring(0, 120), // cut short
                pack("2.0", "a:x/2"), // an answer key the grader cannot read
                "[".repeat(5000) + "]".repeat(5000), // nested beyond the reader's limit
                pack("2.0", "a:1/2").replace("\"math\"", "\"cooking\""))) { // a field the format does not allow
            Path f = Files.writeString(dir.resolve("bad.stepwise-pack"), bad);
            assertThatThrownBy(() -> PackInstall.read(f, Packs.reader())).isInstanceOf(PackInstall.Refused.class);
        }
        Path big = dir.resolve("big.stepwise-pack");
        try (var out = Files.newOutputStream(big)) {
            out.write(new byte[(int) app.stepwise.lesson.PackReader.MAX_FILE_BYTES + 10]);
        }
        assertThatThrownBy(() -> PackInstall.read(big, Packs.reader())).isInstanceOf(PackInstall.Refused.class);
        Path notUtf8 = Files.write(dir.resolve("latin1.stepwise-pack"), new byte[]{'{', (byte) 0xe9, '}'});
        assertThatThrownBy(() -> PackInstall.read(notUtf8, Packs.reader())).isInstanceOf(PackInstall.Refused.class);
        assertThat(installedFile).hasContent(good);
    }

    @Test
    void keepingBothAddsASeparatePackUnderAFreeIdTitledWithItsVersion() throws Exception {
        Path packs = packs();
        Files.writeString(packs.resolve("fractions-7b.json"), pack("1.0", "a:1/2"));
        Files.writeString(packs.resolve("fractions-7b-2.json"), pack("1.0", "a:1/2").replace("fractions-7b", "fractions-7b-2"));
        PackInstall.Incoming in = PackInstall.read(Files.writeString(dir.resolve("v2.json"), pack("2.0", "a:1/2", "b:1/3")),
                Packs.reader());

        Path added = PackInstall.keepBoth(in, Set.of("fractions-7b", "fractions-7b-2"), packs);

        assertThat(added.getFileName()).hasToString("fractions-7b-3.json");
        var read = Packs.reader().read(added);
        assertThat(read.ok()).isTrue();
        assertThat(read.pack().orElseThrow().id()).isEqualTo("fractions-7b-3");
        assertThat(read.pack().orElseThrow().title()).isEqualTo("Fractions 7B (2.0)");
        assertThat(packs.resolve("fractions-7b.json")).hasContent(pack("1.0", "a:1/2"));
    }

    @Test
    void aPackThatCameWithStepwiseIsFoundButNotReplaceable() throws Exception {
        Path bundled = Files.createDirectories(dir.resolve("lessons"));
        Path packs = packs();
        Files.writeString(bundled.resolve("fractions-7b.json"), pack("1.0", "a:1/2"));
        var lib = new Library(Packs.reader(), List.of(bundled, packs)).load();
        PackInstall.Installed there = PackInstall.installed("fractions-7b", lib, packs).orElseThrow();
        assertThat(there.replaceable()).isFalse();
        PackInstall.Incoming in = PackInstall.read(Files.writeString(dir.resolve("v2.json"), pack("2.0", "a:1/2")),
                Packs.reader());
        assertThatThrownBy(() -> PackInstall.replace(in, there)).isInstanceOf(java.io.IOException.class);
        assertThat(bundled.resolve("fractions-7b.json")).hasContent(pack("1.0", "a:1/2"));

        // the teacher's own copy beside it (the editor saves a bundled pack so) is the one found, and replaceable
        Files.writeString(packs.resolve("fractions-7b.json"), pack("1.5", "a:1/2"));
        lib = new Library(Packs.reader(), List.of(bundled, packs)).load();
        assertThat(PackInstall.installed("fractions-7b", lib, packs).orElseThrow().file())
                .isEqualTo(packs.resolve("fractions-7b.json"));
    }

    @Test
    void aDamagedCopyUnderTheIdsFileNameIsTheOneToReplace() throws Exception {
        Path packs = packs();
        Files.writeString(packs.resolve("fractions-7b.json"), "{ damaged");
        PackInstall.Installed there = PackInstall.installed("fractions-7b", library(packs), packs).orElseThrow();
        assertThat(there.pack()).isEmpty();
        assertThat(there.replaceable()).isTrue();
    }

    @Test
    void versionsCompareAsDottedNumbers() {
        assertThat(PackInstall.compareVersions("1.10", "1.9")).hasValueSatisfying(n -> assertThat(n).isPositive());
        assertThat(PackInstall.compareVersions("1.0", "1")).hasValue(0);
        assertThat(PackInstall.compareVersions("2.0.1", "2.1")).hasValueSatisfying(n -> assertThat(n).isNegative());
        assertThat(PackInstall.compareVersions("spring term", "1.0")).isEmpty();
    }

    /**
     * Stepwise closed with an import's question open leaves its unpacked copy (.incoming-…) or a replaced folder put
     * aside (.replaced-…) in the packs folder; the next import sweeps those older than an hour, and only those: a newer
     * one (another import may be waiting on it), the teacher's own packs, and what a link in there points at stay.
     */
    @Test
    void theNextImportSweepsUnpackedFoldersOlderThanAnHourAndNothingElse() throws Exception {
        Path packs = Files.createDirectories(dir.resolve("packs"));
        java.nio.file.attribute.FileTime twoHoursAgo = java.nio.file.attribute.FileTime
                .from(java.time.Instant.now().minus(java.time.Duration.ofHours(2)));
        Path oldIncoming = Files.createDirectories(packs.resolve(".incoming-1b2c/images"));
        Files.writeString(oldIncoming.resolveSibling("pack.json"), pack("1.0", "a:1/2"));
        Path oldAside = Files.createDirectories(packs.resolve(".replaced-9f8e"));
        Files.writeString(oldAside.resolve("pack.json"), pack("0.9", "a:1/2"));
        Path fresh = Files.createDirectories(packs.resolve(".incoming-77aa"));
        Path own = Files.createDirectories(packs.resolve("fractions-old"));
        Files.writeString(own.resolve("pack.json"), pack("0.1", "a:1/2"));
        Path elsewhere = Files.createDirectories(dir.resolve("teacher's documents"));
        Files.writeString(elsewhere.resolve("keep.txt"), "lesson plans");
        Path link = null;
        try {
            link = Files.createSymbolicLink(packs.resolve(".incoming-link"), elsewhere);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            // no links on this file system: the rest still holds
        }
        for (Path p : List.of(oldIncoming.getParent(), oldAside, own)) Files.setLastModifiedTime(p, twoHoursAgo);
        Files.setLastModifiedTime(elsewhere, twoHoursAgo);

        Path source = Files.createDirectories(dir.resolve("from a colleague"));
        Files.writeString(source.resolve("pack.json"), pack("2.0", "a:1/2"));
        PackInstall.Incoming in = PackInstall.stage(source, Packs.reader(), packs);
        try {
            assertThat(oldIncoming.getParent()).as("an hour-old unpacked copy").doesNotExist();
            assertThat(oldAside).as("an hour-old replaced folder").doesNotExist();
            assertThat(fresh).as("a newer unpacked copy").exists();
            assertThat(own.resolve("pack.json")).as("the teacher's own pack, however old").exists();
            assertThat(in.staged().orElseThrow()).as("this import's own copy").exists();
            if (link != null) {
                assertThat(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)).as("a link is not a folder to sweep")
                        .isTrue();
                assertThat(elsewhere.resolve("keep.txt")).as("never what a link points at").hasContent("lesson plans");
            }
        } finally {
            PackInstall.discard(in);
        }
    }

}
