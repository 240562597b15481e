package app.stepwise.grade;

import app.stepwise.grade.LineCheck.Status;
import app.stepwise.math.Budget;
import app.stepwise.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The loop every step checker shares (algebra in {@link StepChecker}, physics in {@link PhysicsSteps}): lines of words
 * are notes, each other line is judged within what is left of the working's time budget ({@link Checks}), the first
 * error and the furthest reference step are kept, and each judged line becomes what the next one is judged against.
 * Only the judging of one line differs between the checkers.
 */
final class LineLoop {
    private LineLoop() {}

    /**
     * One judged line: its verdict (null for words only) and the statement later lines are judged against (null when
     * the line could not be read).
     */
    record Judged<S>(LineCheck verdict, S line) {}

    /**
     * Judges line {@code n} (its text tidied) against what came before; {@code afterError} once a line was wrong (an
     * unreadable line is not wrong).
     */
    interface Judge<S> {
        Judged<S> judge(int n, String raw, String text, S before, boolean afterError);
    }

    /**
     * Every line's verdict, the first error (1-based), the furthest reference step stated, and the last judged line
     * (null when no line was judged).
     */
    record Result<S>(List<LineCheck> lines, Optional<Integer> firstError, int furthest, S last) {}

    static <S> Result<S> run(List<String> lines, S initial, Judge<S> judge) {
        List<LineCheck> out = new ArrayList<>();
        Optional<Integer> firstError = Optional.empty();
        S last = null;
        int furthest = 0;
        // an unreadable line is no mistake in the mathematics: the lines after it are judged as if it were not there,
        // not as carrying a mistake forward (grade13); it is still the first line the report points at
        boolean mathError = false;
        long started = Budget.now();
        for (int i = 0; i < lines.size(); i++) {
            int n = i + 1;
            String raw = lines.get(i);
            String text = StepChecker.tidy(raw);
            if (StepChecker.isNote(text)) {
                out.add(new LineCheck(n, raw, Status.NOTE, Optional.empty(), Message.NONE, Optional.empty()));
                continue;
            }
            S before = last == null ? initial : last;
            boolean afterError = mathError;
            Judged<S> judged = Checks.bounded(started, () -> judge.judge(n, raw, text, before, afterError),
                    reason -> new Judged<>(StepChecker.cannotCheck(n, raw, reason), null));
            LineCheck verdict = judged.verdict();
            if (verdict == null) {
                out.add(new LineCheck(n, raw, Status.NOTE, Optional.empty(), Message.NONE, Optional.empty()));
                continue;
            }
            out.add(verdict);
            if (verdict.status() == Status.NOTE) continue;
            if (verdict.status() == Status.UNREADABLE || judged.line() == null) {
                if (firstError.isEmpty()) firstError = Optional.of(n);
                continue;
            }
            if (verdict.reference().isPresent()) furthest = Math.max(furthest, verdict.reference().get());
            if (verdict.status() == Status.INVALID && firstError.isEmpty()) firstError = Optional.of(n);
            if (verdict.status() == Status.INVALID) mathError = true;
            last = judged.line(); // valid or not: later lines are judged against the student's own line
        }
        return new Result<>(out, firstError, furthest, last);
    }
}
