package app.stepwise.tutor;

import app.stepwise.grade.LineCheck;
import app.stepwise.grade.PhysicsSteps;
import app.stepwise.grade.StepChecker;
import app.stepwise.grade.WorkChecker;
import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.Problem;
import app.stepwise.lesson.Task;
import app.stepwise.math.Exprs;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Parser;
import app.stepwise.math.Statement;
import app.stepwise.solve.GeneralSolver;
import app.stepwise.solve.LinearSolver;
import app.stepwise.solve.Restate;
import app.stepwise.solve.Solvers;
import app.stepwise.solve.Step;
import app.stepwise.solve.Worked;
import app.stepwise.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the tutor knows about one problem: its text (what the model reads), how its working is checked (task and
 * start, or physics givens), the reference reasoning (the solver's steps, else the authored solution) and the
 * authored hint ladder.
 */
public record ProblemContext(String text, Optional<Task> task, Optional<String> start, List<Problem.Given> givens,
        Optional<String> answer,
        List<Step> reference, List<String> authoredHints, Optional<ProblemReader.Reading> reading, String modelText) {

    public ProblemContext {
        givens = List.copyOf(givens);
        reference = List.copyOf(reference);
        authoredHints = List.copyOf(authoredHints);
    }

    /** A problem that was not read from free text: the model reads its text as written. */
    public ProblemContext(String text, Optional<Task> task, Optional<String> start, List<Problem.Given> givens,
            Optional<String> answer,
            List<Step> reference, List<String> authoredHints) {
        this(text, task, start, givens, answer, reference, authoredHints, Optional.empty(), text);
    }

    /** A pack problem; its solver (when it names one) gives the reference steps. */
    public static ProblemContext of(Problem p) {
        List<Step> ref = new ArrayList<>();
        Optional<Worked> solved;
        try {
            solved = Solvers.forProblem(p);
        } catch (RuntimeException e) {
            solved = Optional.empty(); // a solver that cannot solve this problem: the authored solution is the reference
        }
        solved.ifPresent(w -> ref.addAll(w.steps()));
        if (ref.isEmpty())
            for (Problem.SolutionStep s : p.solution())
                if (!s.math().isEmpty()) ref.add(new Step(s.text(), s.math(), "authored"));
        Optional<Task> task = p.work().map(Problem.Work::task);
        Optional<String> start = p.work().map(Problem.Work::start).filter(s -> !s.isBlank());
        Optional<String> answer = p.answer() instanceof AnswerSpec.Quantity q ? Optional.of(q.expected()) : Optional.empty();
        // the model reads the problem in one of its own frames: from the solver's problem, else from the working's start
        String modelText = solved.filter(w -> w.task() == Task.PHYSICS).flatMap(w -> Restate.plainly(w, ""))
                .or(() -> task.flatMap(t -> start.flatMap(s -> Restate.plainly(t, s)))).orElse(p.statement());
        return new ProblemContext(p.statement(), task, start, p.givens(), answer, ref, p.hints(),
                solved.flatMap(ProblemContext::readingOf), modelText);
    }

    /** A generated problem. */
    public static ProblemContext of(Worked w) {
        return new ProblemContext(w.statement(), Optional.of(w.task()), Optional.of(w.start()), w.givens(),
                w.task() == Task.PHYSICS ? Optional.of(w.answer()) : Optional.empty(),
                w.steps(), List.of(), readingOf(w), w.statement());
    }

    /**
     * A solved equation's letter, known from its solver: a formula made the subject ({@code v = u + a t} for t) has
     * several letters, and without it no answer could be found to isolate the unknown, so a right rearrangement never
     * verified (the training reward gave 0 of 324 generated ones).
     */
    private static Optional<ProblemReader.Reading> readingOf(Worked w) {
        String unknown = w.task() == Task.SOLVE ? w.unknown() : "";
        if (unknown.isBlank()) return Optional.empty();
        return Optional.of(new ProblemReader.Reading(w, Optional.of(new GeneralSolver.Request(w.task(), w.start(), unknown)),
                "solver", Message.verbatim(w.statement())));
    }

    /**
     * Free text, read by the deterministic {@link ProblemReader}: when the reading verifies, the problem is checkable
     * like a pack problem and the solver's steps are its reference; otherwise nothing about it can be checked.
     */
    public static ProblemContext fromText(String text) {
        return ProblemReader.read(text).map(r -> fromReading(text, r))
                .orElseGet(() -> new ProblemContext(text, Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                        List.of(), List.of(), Optional.empty(), forTheModel(text)));
    }

    /**
     * Free text read by the deterministic reader, else by the model's reading task (verified) when the model has one. The
     * model, which knows English only, reads a problem typed in Spanish in the English words the reader said it in
     * (read15); the student keeps seeing the text as typed.
     */
    public static ProblemContext fromText(String text, Optional<app.stepwise.model.LocalModel> model) {
        return fromText(text, model, () -> false);
    }

    /** {@link #fromText(String, Optional)}; the model's reading stops (and is not used) when {@code cancelled} turns true. */
    public static ProblemContext fromText(String text, Optional<app.stepwise.model.LocalModel> model,
            java.util.function.BooleanSupplier cancelled) {
        ProblemContext deterministic = fromText(text);
        if (deterministic.reading().isPresent() || model.isEmpty()) return deterministic;
        // a number that reads two ways in the text's language (1,500) is guessed by the model no more than by the reader
        return ReaderLanguage.inEnglish(text).flatMap(english -> ModelReading.read(model.get(), english, cancelled))
                .map(r -> fromReading(text, r)).orElse(deterministic);
    }

    /** The text the model reads: in English where it was typed in another language the reader knows. */
    static String forTheModel(String text) {
        return ReaderLanguage.inEnglish(text).orElse(text);
    }

    static ProblemContext fromReading(String text, ProblemReader.Reading r) {
        Worked w = r.worked();
        Optional<String> answer = w.task() == Task.PHYSICS ? Optional.of(w.answer()) : Optional.empty();
        return new ProblemContext(text, Optional.of(w.task()), Optional.of(w.start()), w.givens(), answer, w.steps(), List.of(),
                Optional.of(r), Restate.plainly(w, r.unknown()).orElseGet(() -> forTheModel(text)));
    }

    private static Statement parse(String s) {
        try {
            return Parser.parse(s);
        } catch (MathSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The longest stretch of the text, from a word start to a sentence end, that reads as an equation in one variable. */
    static Optional<String> equationIn(String text) {
        int eq = text.indexOf('=');
        if (eq < 0) return Optional.empty();
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < eq; i++) if (i == 0 || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == ':') starts.add(i);
        List<Integer> ends = new ArrayList<>();
        for (int j = eq + 1; j <= text.length(); j++)
            if (j == text.length()
                    || ".?!,;".indexOf(text.charAt(j)) >= 0 && (j + 1 >= text.length() || text.charAt(j + 1) == ' '))
                ends.add(j);
        for (int i : starts) {
            for (int k = ends.size() - 1; k >= 0; k--) {
                String c = text.substring(i, ends.get(k)).strip().replaceFirst("[.?!]$", "");
                try {
                    Statement st = Statement.collapse(Parser.parse(c));
                    if (st instanceof Statement.Equation && Exprs.variables(st).size() == 1)
                        return Optional.of(c);
                } catch (MathSyntaxException | RuntimeException e) {
                    // keep looking
                }
            }
        }
        return Optional.empty();
    }

    /** Whether lines of working can be checked for this problem. */
    public boolean checkable() {
        if (task.isEmpty()) return false;
        return switch (WorkChecker.Method.of(task.get())) {
            case PHYSICS -> !givens.isEmpty();
            case ALGEBRA -> start.isPresent();
            case SYSTEM -> start.map(s -> s.split(";").length >= 2).orElse(false);
        };
    }

    /** The worked solution as shown to a student: each step's words, then its math as inline LaTeX. */
    public List<Message> referenceForDisplay() {
        boolean quantities = task.filter(t -> t == Task.PHYSICS).isPresent() || answer.isPresent();
        return reference.stream().map(s -> Message.of("step.shown", s.said(), Checking.asMath(s.math(), quantities)))
                .toList();
    }

    public List<String> referenceMath() {
        return reference.stream().map(Step::math).toList();
    }

    /** Checks lines of working against this problem (precondition: {@link #checkable()}). */
    public LineCheck.Report check(List<String> lines) throws MathSyntaxException {
        List<Map.Entry<String, String>> gs = givens.stream().map(g -> Map.entry(g.symbol(), g.value())).toList();
        // WorkChecker decides how the task's working is checked, for typed-in problems as for pack problems
        return WorkChecker.check(task.orElseThrow(), start, gs, answer, lines, referenceMath());
    }
}
