package app.stepwise.app;

import app.stepwise.math.Limits;
import app.stepwise.text.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The size limits on what a student or a command line hands to Stepwise, checked where it comes in (the tutor and the
 * CLI), with messages for the person who typed it. Pack files have their own limits in {@code lesson.PackReader}; the
 * math engine bounds each line again in {@link Limits}.
 */
public final class InputLimits {
    /** Longest answer (characters): the math engine's own line limit. */
    public static final int MAX_ANSWER_CHARS = Limits.MAX_INPUT_CHARS;
    /** Longest line of working (characters). */
    public static final int MAX_LINE_CHARS = Limits.MAX_INPUT_CHARS;
    /** Most lines of working checked at once; a long solution is about 20. */
    public static final int MAX_WORK_LINES = 100;
    /** Largest work file read by {@code check-steps} (bytes). */
    public static final int MAX_WORK_FILE_BYTES = 256 * 1024;

    private InputLimits() {}

    /** Why the answer cannot be checked as typed, or empty when it is within the limits. */
    public static Optional<Message> problemWithAnswer(String answer) {
        if (answer.length() > MAX_ANSWER_CHARS)
            return Optional.of(Message.of("limits.answer", String.valueOf(answer.length()), String.valueOf(MAX_ANSWER_CHARS)));
        return Optional.empty();
    }

    /** Why the working cannot be checked as typed (too many lines), or empty when it is within the limits. */
    public static Optional<Message> problemWithWork(List<String> lines) {
        long written = lines.stream().filter(l -> !l.isBlank()).count();
        if (written > MAX_WORK_LINES)
            return Optional.of(Message.of("limits.work", String.valueOf(written), String.valueOf(MAX_WORK_LINES)));
        return Optional.empty();
    }

    /** Why one line of working cannot be read (too long), or empty. */
    public static Optional<Message> problemWithLine(String line) {
        if (line.length() > MAX_LINE_CHARS)
            return Optional.of(Message.of("limits.line", String.valueOf(line.length()), String.valueOf(MAX_LINE_CHARS)));
        return Optional.empty();
    }

    /** A work file's lines, refusing files that are too large, not text, or not plain files, with a message. */
    public static List<String> readWorkFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException(Files.exists(file) ? "it is not a plain file" : "no such file");
        try (InputStream in = Files.newInputStream(file)) {
            return workLines(in);
        }
    }

    /** Lines of working from a stream (a file or standard input), read no further than the limit. */
    public static List<String> workLines(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_WORK_FILE_BYTES + 1);
        if (bytes.length > MAX_WORK_FILE_BYTES)
            throw new IOException("the working is larger than " + MAX_WORK_FILE_BYTES / 1024 + " KB; a solution is a few lines");
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("the working is not UTF-8 text");
        }
        List<String> lines = text.lines().toList();
        Optional<Message> tooMany = problemWithWork(lines);
        if (tooMany.isPresent()) throw new IOException(tooMany.get().english());
        return lines;
    }
}
