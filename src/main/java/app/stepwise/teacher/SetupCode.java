package app.stepwise.teacher;

import app.stepwise.lesson.AtomicFile;
import app.stepwise.text.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * The one-time set-up code that setting the first teacher PIN in the app asks for (docs/decisions/0013). It is kept in
 * a file beside the teacher file, so only someone who can open this computer's files outside the app (whoever set it
 * up) can read it; a student at the app's screen cannot simply click past it. It is removed once a PIN is set.
 */
public final class SetupCode {
    /** The file's name, beside {@code teacher.json}. */
    public static final String FILE = "teacher-setup-code.txt";
    /** No 0/O, 1/I/L: read off a screen or paper without mistakes. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;

    private SetupCode(Path file) {
        this.file = file;
    }

    /** The set-up code for a teacher file: {@value #FILE} in the same folder. */
    public static SetupCode beside(Path teacherFile) {
        return new SetupCode(teacherFile.toAbsolutePath().resolveSibling(FILE));
    }

    public Path file() {
        return file;
    }

    /** Writes a new random code to the file unless one is there already. */
    public void ensure() throws TeacherException {
        if (current().isPresent()) return;
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) code.append('-');
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        try {
            // written whole or not at all: a file cut short by a full disk is never left beside the teacher file
            AtomicFile.writeString(file, """
                    Stepwise teacher set-up code: %s

                    Type it in Stepwise (Teacher, Set a teacher PIN) to choose the teacher PIN on this computer.
                    This file is removed once the PIN is set. Do not leave it where students can open it.
                    """.formatted(code));
        } catch (IOException e) {
            throw new TeacherException(Message.of("teacher.setupCode.cannotWrite", file.toString()));
        }
    }

    /**
     * Whether a typed code is the file's (case, spaces and the dash do not matter); false when there is no file. The
     * file's whole text pasted is read the way the file is: the code after the first colon, up to the line's end.
     */
    public boolean matches(String typed) {
        var code = current();
        if (code.isEmpty() || typed == null) return false;
        String entered = typed.indexOf(':') < 0 ? typed : codeIn(typed).orElse("");
        byte[] want = normal(code.get()).getBytes(StandardCharsets.UTF_8);
        byte[] got = normal(entered).getBytes(StandardCharsets.UTF_8);
        return got.length > 0 && MessageDigest.isEqual(want, got);
    }

    /** Removes the file (the PIN is set: the code has done its job). */
    public void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale code file only lets someone set a PIN when none is set: harmless once one is
        }
    }

    private java.util.Optional<String> current() {
        try {
            if (!Files.isRegularFile(file)) return java.util.Optional.empty();
            return codeIn(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** The code in the file's text: after the first colon, up to the end of that line; empty when it has no code. */
    private static java.util.Optional<String> codeIn(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) return java.util.Optional.empty();
        int end = text.indexOf('\n', colon);
        String code = text.substring(colon + 1, end < 0 ? text.length() : end).strip();
        return normal(code).length() == LENGTH ? java.util.Optional.of(code) : java.util.Optional.empty();
    }

    private static String normal(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
