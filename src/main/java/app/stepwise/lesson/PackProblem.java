package app.stepwise.lesson;

import app.stepwise.text.Message;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One thing wrong with a pack file, located for the person who must fix it.
 *
 * @param message in English (the command line, logs)
 * @param said the same in the reader's language (the pack editor); as written when not yet translated
 */
public record PackProblem(Path file, int line, int column, String pointer, String message, Message said) {

    public PackProblem(Path file, int line, int column, String pointer, String message) {
        this(file, line, column, pointer, message, Message.verbatim(message));
    }

    public PackProblem(Path file, int line, int column, String pointer, Message said) {
        this(file, line, column, pointer, said.english(), said);
    }

    /** {@code file:line:column: message (at /pointer)} — the form editors and terminals link. */
    public String describe() {
        String where = line > 0 ? file + ":" + line + ":" + column : file.toString();
        return where + ": " + message + (pointer.isEmpty() ? "" : " (at " + pointer + ")");
    }

    /**
     * The result of reading a pack: every problem found, and the pack when it is usable — it had no problems, or only
     * formulas that {@link LatexPolicy} rejects, which the app shows as plain text. {@link #ok()} means no problems at all.
     */
    public record Report(Path file, Optional<LessonPack> pack, List<PackProblem> problems) {
        public Report {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty() && pack.isPresent();
        }
    }
}
