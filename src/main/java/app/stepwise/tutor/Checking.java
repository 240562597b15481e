package app.stepwise.tutor;

import app.stepwise.app.InputLimits;
import app.stepwise.grade.AnswerChecker;
import app.stepwise.grade.Grade;
import app.stepwise.grade.LineCheck;
import app.stepwise.grade.Misconception;
import app.stepwise.grade.StepChecker;
import app.stepwise.grade.TimesSigns;
import app.stepwise.grade.WorkChecker;
import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.Problem;
import app.stepwise.lesson.Task;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Printer;
import app.stepwise.text.Message;
import java.util.List;
import java.util.Optional;

/**
 * Checks a problem's answer and working for the screens, and hands back display records: views never handle the
 * grading module's own types.
 */
public final class Checking {
    private Checking() {}

    /** How a line is marked on screen. */
    public enum Mark {
        RIGHT,
        RIGHT_OTHER_ROUTE,
        WRONG,
        UNREADABLE;

        /** The CSS style class and the word a screen reader says. */
        public String label() {
            return switch (this) {
                case RIGHT -> "on-path";
                case RIGHT_OTHER_ROUTE -> "valid";
                case WRONG -> "invalid";
                case UNREADABLE -> "unreadable";
            };
        }
    }

    /**
     * One checked line as shown: its number, the text typed, its mark, the message and the misconception's name for
     * students, both rendered by the screen in its language.
     */
    public record LineMark(int line, String text, Mark mark, Message said, Optional<Message> misconception) {
        /** The message in English (the progress file). */
        public String message() {
            return said.english();
        }
    }

    /** The verdict on the final answer as shown; its message is rendered by the screen in its language. */
    public record AnswerVerdict(boolean correct, boolean partial, String test, Message said) {
        /** The message in English (the progress file). */
        public String message() {
            return said.english();
        }
    }

    /** One Check: the answer's verdict (if an answer was typed), the marked lines, and the first wrong line. */
    public record Result(Optional<AnswerVerdict> answer, List<LineMark> lines, Optional<Integer> firstError) {
        public Result {
            lines = List.copyOf(lines);
        }
    }

    /** Whether this problem's working can be checked line by line. */
    public static boolean canCheckWork(Problem problem) {
        return WorkChecker.checkable(problem);
    }

    /** Checks the typed answer (when not blank) and the working (when the problem's working is checkable). */
    public static Result check(Problem problem, String answer, List<String> lines, List<String> reference) {
        return check(problem, answer, lines, reference, java.util.Locale.ENGLISH);
    }

    /** As {@link #check(Problem, String, List, List)} for a student whose screen is in {@code language} (ADR 0016). */
    public static Result check(Problem problem, String answer, List<String> lines, List<String> reference,
            java.util.Locale language) {
        Optional<Message> tooLong = InputLimits.problemWithAnswer(answer);
        Optional<Message> tooMuch = InputLimits.problemWithWork(lines);
        if (tooLong.isPresent() || tooMuch.isPresent()) {
            // refused at the boundary with a message, before any engine work
            Optional<AnswerVerdict> v = tooLong.map(m -> new AnswerVerdict(false, false, "unreadable", m));
            if (v.isEmpty() && !answer.isBlank())
                v = Optional.of(verdict(AnswerChecker.check(problem.answer(), answer, language, problem.statement())));
            List<LineMark> marks = tooMuch
                    .map(m -> List.of(new LineMark(1, lines.get(0), Mark.UNREADABLE, m, Optional.<Message>empty())))
                    .orElse(List.of());
            return new Result(v, marks, Optional.empty());
        }
        Optional<LineCheck.Report> report = Optional.empty();
        if (lines.stream().anyMatch(l -> !l.isBlank()) && canCheckWork(problem)) {
            try {
                report = Optional.of(WorkChecker.check(problem, lines, reference));
            } catch (MathSyntaxException e) {
                // the pack's own start is unreadable: validation reports it; the answer is still checked
            }
        }
        Optional<LineCheck.Report> work = report;
        Optional<AnswerVerdict> verdict = answer.isBlank()
                ? Optional.empty()
                : Optional.of(verdict(work.map(r -> AnswerChecker.followingWork(
                        AnswerChecker.check(problem.answer(), answer, language, problem.statement()), answer, r))
                        .orElseGet(() -> AnswerChecker.check(problem.answer(), answer, language, problem.statement()))));
        List<LineCheck> judged = report.map(LineCheck.Report::lines).orElse(List.of());
        if (!answer.isBlank()) judged = StepChecker.finishedByTheAnswer(judged);
        List<LineMark> marks = judged.stream().filter(l -> l.status() != LineCheck.Status.NOTE).map(Checking::mark).toList();
        return new Result(verdict, marks, report.flatMap(LineCheck.Report::firstError));
    }

    /** A math line as inline LaTeX ({@code $…$}) for rendering, or the line itself when it is not readable math. */
    public static String asMath(String line) {
        try {
            return "$" + Printer.latex(Parser.parse(line)) + "$";
        } catch (MathSyntaxException e) {
            return line;
        }
    }

    /**
     * A math line as inline LaTeX; with {@code quantities} (a physics problem) numbers with units are set as
     * quantities ({@code 29.4\\,\\mathrm{N}}, the unit upright) and quantities named in words as words.
     */
    public static String asMath(String line, boolean quantities) {
        if (quantities) {
            Optional<String> q = QuantityLatex.line(line);
            if (q.isPresent()) return "$" + q.get() + "$";
        }
        return asMath(line);
    }

    /** A typed line as LaTeX for the live preview beside the working, or empty when it is not (yet) readable math. */
    public static Optional<String> latex(String line) {
        if (line.isBlank()) return Optional.empty();
        try {
            return Optional.of(Printer.latex(Parser.parse(line)));
        } catch (MathSyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A typed line as LaTeX for the preview; with {@code quantities} (a physics problem) a number with its unit is set
     * as a quantity, {@code 29.4\,\mathrm{N}}, never as a product of letters.
     */
    public static Optional<String> latex(String line, boolean quantities) {
        if (!quantities) return latex(line);
        return QuantityLatex.line(line).or(() -> latex(line));
    }

    /**
     * The working's lines as LaTeX for the live preview, each read as the problem's checker reads it (an x it takes for
     * a times sign shown as ×, ui17); empty where a line is not (yet) readable math. {@code reference}: the reference
     * reasoning's lines, asked for only where they decide how an x is read.
     */
    public static List<Optional<String>> preview(Problem problem, java.util.function.Supplier<List<String>> reference,
            List<String> lines) {
        boolean quantities = hasQuantities(problem);
        return TimesSigns.asRead(problem, reference, lines).stream().map(l -> previewed(l, quantities)).toList();
    }

    /** One line of the preview: a line that goes on from the one before ("= 1.84") shown as "=" and what it says. */
    private static Optional<String> previewed(String line, boolean quantities) {
        Optional<String> goesOn = StepChecker.goesOn(line);
        return goesOn.isEmpty() ? latex(line, quantities) : latex(goesOn.get(), quantities).map(rest -> "= " + rest);
    }

    /** Whether the problem's lines hold quantities with units (physics working, or a quantity as the answer). */
    public static boolean hasQuantities(Problem problem) {
        return problem.answer() instanceof AnswerSpec.Quantity
                || problem.work().map(w -> w.task() == Task.PHYSICS).orElse(false);
    }

    /**
     * The misconception whose English short name the progress file holds ("sign error"), named in the reader's
     * language; empty for a name Stepwise does not know (an older file's), which is then shown as written.
     */
    public static Optional<Message> misconceptionNamed(String english) {
        for (Misconception m : Misconception.values())
            if (m.shortName().english().equalsIgnoreCase(english.strip())) return Optional.of(m.shortName());
        return Optional.empty();
    }

    /** A misconception's name as a student reads it (the grading module's labels are internal ids). */
    static Message name(Misconception m) {
        return m.shortName();
    }

    private static AnswerVerdict verdict(Grade g) {
        return new AnswerVerdict(g.correct(), g.partial(), g.test().id(), g.said());
    }

    private static LineMark mark(LineCheck l) {
        Mark mark = switch (l.status()) {
            case ON_PATH -> Mark.RIGHT;
            case VALID -> Mark.RIGHT_OTHER_ROUTE;
            case INVALID -> Mark.WRONG;
            case UNREADABLE, NOTE -> Mark.UNREADABLE;
        };
        return new LineMark(l.line(), l.text(), mark, l.said(), l.misconception().map(Checking::name));
    }
}
