package app.stepwise.lesson;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Replaces a file in one step: the new content goes to a temporary file beside it, then a rename. A full disk or a
 * crash in the middle leaves the old file as it was and no half-written one (packs, exports, results files, the teacher
 * file). A replaced file keeps its permissions; a new one is private to this account, unless it is made to be handed on
 * ({@link #writeToShare}).
 */
public final class AtomicFile {
    private AtomicFile() {}

    /** Writes the new content to the stream it is given; an exception leaves the target untouched. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Replaces {@code file} with what {@code content} writes, or leaves it as it was and throws. */
    public static void write(Path file, Content content) throws IOException {
        write(file, content, false);
    }

    /**
     * The same for a file made to be handed on (an exported pack, a Moodle question file): a new one is readable by every
     * account, as a document an editor saves is, so a colleague's account on the same computer or a shared folder can
     * read it. Files holding students' work or the PIN use {@link #write}.
     */
    public static void writeToShare(Path file, Content content) throws IOException {
        write(file, content, true);
    }

    private static void write(Path file, Content content, boolean toShare) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // createTempFile makes it private to this account (on POSIX): a new teacher file or results file stays so
        Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            // the new file keeps the old one's permissions: a teacher file an administrator made readable to every
            // account stays readable, a private one stays private
            if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                if (Files.exists(file)) Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(file));
                else if (toShare) Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Replaces {@code file} with the text in UTF-8. */
    public static void writeString(Path file, String text) throws IOException {
        write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
