package app.stepwise.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that fails half way (a full disk) leaves the old file whole and nothing else behind. */
class AtomicFileTest {
    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileAsItWas(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pack.json");
        Files.writeString(file, "the good old pack");
        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write("the first half of the new ".getBytes());
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class).hasMessage("No space left on device");
        assertThat(Files.readString(file)).isEqualTo("the good old pack");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("pack.json");
        }
    }

    @Test
    void aWriteThatSucceedsReplacesTheFileAndCreatesMissingFolders(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("new/folder/export.xml");
        AtomicFile.writeString(file, "<quiz/>");
        assertThat(Files.readString(file)).isEqualTo("<quiz/>");
        AtomicFile.writeString(file, "<quiz>2</quiz>");
        assertThat(Files.readString(file)).isEqualTo("<quiz>2</quiz>");
        try (Stream<Path> s = Files.list(file.getParent())) {
            assertThat(s).hasSize(1);
        }
    }

    @Test
    void aReplacedFileKeepsItsPermissionsAndANewOneIsPrivate(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        for (String perms : new String[]{"rw-------", "rw-r--r--"}) {
            Path file = dir.resolve("teacher-" + perms + ".json");
            Files.writeString(file, "{}");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(perms));
            AtomicFile.writeString(file, "{\"pin\": 1}");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo(perms);
        }
        Path fresh = dir.resolve("new-teacher.json"); // holds a PIN hash: other accounts must not read it
        AtomicFile.writeString(fresh, "{}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-------");
    }

    /**
     * An exported pack was a copy of the private pack file, so a colleague's account on the same computer could not
     * read it ("not a pack Stepwise can read: Stepwise is not allowed to read this file"; a newcomer's find, session 19).
     */
    @Test
    void aNewFileToShareIsReadableByEveryAccountAndAReplacedOneKeepsItsPermissions(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        Path shared = dir.resolve("week-3.stepwise-pack");
        AtomicFile.writeToShare(shared, out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-r--r--");
        assertThat(shared).hasContent("{}");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-------"));
        AtomicFile.writeToShare(shared, out -> out.write("{\"id\": 1}".getBytes(StandardCharsets.UTF_8)));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-------");
        assertThat(shared).hasContent("{\"id\": 1}");
    }
}
