package app.stepwise.grade;

import app.stepwise.text.Message;
import java.util.List;
import java.util.Optional;

/**
 * The verdict on one line of a student's working, and the result for the whole working.
 *
 * @param reference the 1-based step of the reference reasoning that this line states, if any
 */
public record LineCheck(int line, String text, Status status, Optional<Misconception> misconception, Message said,
        Optional<Integer> reference) {

    /** What to tell the student about this line, in English (command line, JSON); screens render {@link #said()}. */
    public String message() {
        return said.english();
    }

    public enum Status {
        /** Valid and matching a step of the reference reasoning. */
        ON_PATH,
        /** Valid (follows from the previous valid line) by another route. */
        VALID,
        INVALID,
        UNREADABLE,
        /** Words only ("so", "therefore"): not math, not judged. */
        NOTE;

        public String label() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    /**
     * The whole working: each line, the first error (1-based), whether the final line answers the problem, and
     * the reference step that would come next (1-based; empty when the reference is used up or absent).
     */
    public record Report(List<LineCheck> lines, Optional<Integer> firstError, Optional<Boolean> finalAnswerCorrect,
            Optional<Integer> nextReference) {
        public Report {
            lines = List.copyOf(lines);
        }
    }
}
