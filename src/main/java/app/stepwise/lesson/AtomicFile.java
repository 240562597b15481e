package app.stepwise.lesson;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a file in one step: the new content goes to a temporary file beside it, then a rename. A full disk or a
 * crash in the middle leaves the old file as it was and no half-written one (packs, exports, results files, the teacher
 * file). A replaced file keeps its permissions; a new one is private to this account.
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
            if (Files.exists(file) && Files.getFileStore(tmp).supportsFileAttributeView("posix"))
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(file));
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
