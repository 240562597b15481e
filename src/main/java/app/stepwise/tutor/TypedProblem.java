package app.stepwise.tutor;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.LatexPolicy;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Problem;
import app.stepwise.lesson.LessonPack.Subject;
import app.stepwise.lesson.Task;
import app.stepwise.solve.Solvers;
import app.stepwise.solve.Step;
import app.stepwise.solve.Worked;
import app.stepwise.text.Message;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A problem the student typed in on the library screen, read by the same path as {@code hint --text} and
 * {@code solve --text}: when the reading verifies it becomes a one-problem pack that the problem screen opens like any
 * other (its working checked, its hints verified), and the reading is shown back so a misreading is visible.
 */
public final class TypedProblem {
    private TypedProblem() {}

    /** The pack id of typed-in problems (progress is recorded under it). */
    public static final String PACK_ID = "typed-in";

    /**
     * What reading the text gave.
     *
     * @param pack    the one-problem pack to open; empty when Stepwise cannot check this problem
     * @param reading the reading in words ("Solving 5x = −27 for x"), or why it cannot be checked
     */
    public record Result(Optional<LessonPack> pack, Message reading) {}

    /** Reads the text (slow for long text: call it off the UI thread); the reading is noted in English. */
    public static Result read(String text) {
        return read(text, Locale.ENGLISH);
    }

    /**
     * Reads the text (slow for long text: call it off the UI thread); the problem's statement ends with the reading in
     * the student's language.
     */
    public static Result read(String text, Locale language) {
        Optional<ProblemReader.Reading> r = ProblemReader.read(text);
        if (r.isEmpty()) return new Result(Optional.empty(), ProblemKinds.refusal(text));
        Worked w = r.get().worked();
        String statement = text.strip() + restatement(r.get().said(), language);
        Problem p = new Problem(idOf(text), statement, w.skills(), 2, answer(w),
                Optional.of(new Problem.Work(w.task(), w.start())),
                w.givens(), List.of(), w.steps().stream().map(s -> authored(s, language)).toList(), solverOf(w));
        Subject subject = w.task() == Task.PHYSICS ? Subject.PHYSICS : Subject.MATH;
        LessonPack pack = new LessonPack(1, PACK_ID, "Your own problem", subject, "", List.of(), "1", "en", List.of(),
                List.of(p));
        return new Result(Optional.of(pack), r.get().said());
    }

    /** The reading said after the student's text: "\n\n(Solving 5x = −27 for x.)". */
    private static String restatement(Message reading, Locale language) {
        return "\n\n(" + reading.in(language) + ".)";
    }

    /**
     * The typed-in problem with its reading said again in another language (the student changed it in Settings): the
     * student's text is kept as typed, only the restatement after it changes.
     */
    public static Problem restated(Problem p, Message reading, Locale language) {
        int at = p.statement().lastIndexOf("\n\n(");
        if (at < 0) return p;
        String statement = p.statement().substring(0, at) + restatement(reading, language);
        return new Problem(p.id(), statement, p.skills(), p.difficulty(), p.answer(), p.work(), p.givens(), p.hints(),
                p.solution(), p.solver(), p.image());
    }

    /**
     * A typed-in problem's statement as the problem screen shows it: the math the reader found in the text is set as a
     * formula ({@code $…$}), as in a pack's statement, and everything else stays as typed (a typed {@code $} is escaped,
     * so it stays a dollar sign and never opens a formula). Only a stretch of the text that is exactly a line the reader
     * took as the problem's start (each equation of a system), that the math engine parses and whose LaTeX the allow-list
     * accepts, becomes a formula; anything else, and a physics problem's words, stay plain text.
     */
    public static String shown(Problem p) {
        String text = p.statement();
        StringBuilder out = new StringBuilder();
        int done = 0;
        if (p.work().isPresent() && p.work().get().task() != Task.PHYSICS) {
            for (String part : p.work().get().start().split(";")) {
                String math = part.strip();
                int at = math.isEmpty() ? -1 : text.indexOf(math, done);
                if (at < 0 || !standsAlone(text, at, at + math.length())) continue;
                Optional<String> latex = Checking.latex(math).filter(l -> LatexPolicy.checkFormula(l).isEmpty());
                if (latex.isEmpty()) continue;
                out.append(escaped(text.substring(done, at))).append('$').append(latex.get()).append('$');
                done = at + math.length();
            }
        }
        return out.append(escaped(text.substring(done))).toString();
    }

    /** Whether a stretch of the text is whole: not the end or the start of a longer word or number. */
    private static boolean standsAlone(String text, int from, int to) {
        return (from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1)))
                && (to == text.length() || !Character.isLetterOrDigit(text.charAt(to)));
    }

    /** Typed text as plain words of a statement: a dollar sign is escaped, so it never opens a formula. */
    private static String escaped(String typed) {
        return typed.replace("$", "\\$");
    }

    /**
     * The problem's id, from its text: work in progress is kept per problem id, so each problem typed in keeps its own
     * working (one shared id carried one problem's working into the next), and the same problem typed again finds it.
     */
    static String idOf(String text) {
        String key = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8));
            return "typed-" + HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** A physics reading names its family's case and givens: the problem is that family's, solved and restated by it. */
    static Optional<Problem.SolverRef> solverOf(Worked w) {
        return w.task() == Task.PHYSICS && !w.params().isEmpty()
                ? Optional.of(new Problem.SolverRef(w.family(), typedIn(w.params())))
                : Optional.empty();
    }

    /** The parameters marked as a typed-in problem's, so that solving them again writes the same solution (typed21). */
    private static java.util.Map<String, String> typedIn(java.util.Map<String, String> params) {
        if (params.containsKey(Solvers.TYPED_IN)) return params;
        java.util.Map<String, String> p = new java.util.LinkedHashMap<>(params);
        p.put(Solvers.TYPED_IN, "yes");
        return p;
    }

    private static Problem.SolutionStep authored(Step s, Locale language) {
        return new Problem.SolutionStep(s.said().in(language), s.math());
    }

    /**
     * A percentage asked for ("the percentage change", "3/8 as a percentage": the working ends "× 100"): the answer is a
     * number of percent, so 15, 15 % and 0.15 are all right where the solver writes 15 (the checker's rule for "15%").
     */
    static boolean asksAPercentage(Worked w) {
        return w.family().equals("percentages") && PERCENT_OF_WHOLE.matcher(w.start()).find();
    }

    private static final Pattern PERCENT_OF_WHOLE = Pattern.compile("[×*]\\s*100\\s*$");

    private static AnswerSpec answer(Worked w) {
        return switch (w.answerKind()) {
            case "numeric" -> new AnswerSpec.Numeric(asksAPercentage(w) ? w.answer() + "%" : w.answer(),
                    AnswerSpec.Tolerance.EXACT, Optional.empty());
            case "quantity" -> new AnswerSpec.Quantity(w.answer(), Optional.empty(), Optional.empty());
            case "equation" -> new AnswerSpec.Equation(w.answer());
            case "set" -> new AnswerSpec.SolutionSet(w.answer());
            default -> new AnswerSpec.Expression(w.answer(), Practice.formAsked(w.task()));
        };
    }
}
