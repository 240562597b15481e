package app.stepwise.tutor;

import app.stepwise.grade.LineCheck;
import app.stepwise.grade.Misconception;
import app.stepwise.lesson.Task;
import app.stepwise.lesson.TeacherSettings;
import app.stepwise.math.Exprs;
import app.stepwise.math.MathSyntaxException;
import app.stepwise.math.Quantity;
import app.stepwise.math.Parser;
import app.stepwise.math.Statement;
import app.stepwise.model.Generation;
import app.stepwise.model.GenerationOptions;
import app.stepwise.model.LocalModel;
import app.stepwise.model.WorkClock;
import app.stepwise.model.ModelException;
import app.stepwise.model.ModelOutput;
import app.stepwise.model.PromptFormat;
import app.stepwise.solve.GeneralSolver;
import app.stepwise.solve.LinearSolver;
import app.stepwise.solve.Step;
import app.stepwise.text.Message;
import app.stepwise.text.Sentences;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The next-step hint, verified: the local model proposes steps (greedy first, then samples) for the student's
 * work up to its first mistake; each is checked by the grading module and the first that holds is used. If none
 * does within the time budget, the solver's next step is used, then the authored hint ladder. A hint has three
 * levels from one step: a nudge (the idea), the operation, the resulting line.
 */
public final class HintService {
    /** The model, when one is loaded; empty when none could be loaded (the app still gives solver and authored hints). */
    private final Supplier<Optional<LocalModel>> model;
    private final int maxCandidates;
    private final long budgetMs;

    /** The wall clock's limit on the model's part of a hint or "What's wrong?", however busy the computer. */
    private final long hardLimitMs;

    /** The model's budget on the wall clock alone (as a hard limit too): for tests and the command line. */
    public HintService(Supplier<Optional<LocalModel>> model, int maxCandidates, long budgetMs) {
        this(model, maxCandidates, budgetMs, budgetMs);
    }

    /**
     * @param budgetMs    the model's budget in work ({@link WorkClock}): on a busy computer it lasts longer on the clock
     * @param hardLimitMs the most the model's part may take on the wall clock
     */
    public HintService(Supplier<Optional<LocalModel>> model, int maxCandidates, long budgetMs, long hardLimitMs) {
        this.model = model;
        this.maxCandidates = maxCandidates;
        this.budgetMs = budgetMs;
        this.hardLimitMs = Math.max(budgetMs, hardLimitMs);
    }

    /** Where a hint or a "What's wrong?" answer came from; {@link #id()} is the word stored with the student's hints. */
    public enum Source {
        /** The local model, its step checked by the math engine. */
        MODEL("model"),
        /** The step-by-step solvers. */
        SOLVER("solver"),
        /** The teacher's hint ladder in the pack. */
        AUTHORED("authored"),
        /** No hint: the problem could not be read, so nothing can be checked or suggested. */
        NONE("none");

        private final String id;

        Source(String id) {
            this.id = id;
        }

        /** The word in progress files and the class report: {@code model}. */
        public String id() {
            return id;
        }
    }

    /**
     * A hint; its words are messages the screen renders in its language ({@link #hint()}, {@link #ladder()} and
     * {@link #note()} give their English for the command line).
     *
     * @param said     the hint at the level asked for
     * @param levels   the three levels: nudge, operation, line
     * @param source   model, solver or authored
     * @param verified whether the step was checked by the math engine against the student's work
     * @param noted    where the hint picks up, when some of the working is not right (else empty)
     */
    public record Hint(Message said, String step, boolean verified, Source source, int candidates, long ms,
            List<Message> levels, Message noted) {
        public Hint {
            levels = List.copyOf(levels);
        }

        public String hint() {
            return said.english();
        }

        public List<String> ladder() {
            return levels.stream().map(Message::english).toList();
        }

        public String note() {
            return noted.english();
        }
    }

    /** Where the hint picks up when some of the working is not right: after the last right line, or from the problem. */
    static Message continuationNote(int validLines, long writtenLines) {
        if (validLines >= writtenLines) return Message.NONE;
        return validLines == 0 ? Message.of("hint.note.fromProblem") : Message.of("hint.note.fromLine", validLines);
    }

    /** The hint at this level (1 nudge, 2 operation, 3 the line) for the work so far. */
    public Hint next(ProblemContext ctx, List<String> work, int level, Consumer<String> stream, BooleanSupplier cancelled) {
        return next(ctx, work, level, stream, cancelled, TeacherSettings.OPEN);
    }

    /**
     * The hint within the teacher's limits: no model when model hints are off, and a ladder cut at the highest level
     * allowed (a level asked beyond it gets the highest allowed).
     */
    public Hint next(ProblemContext ctx, List<String> work, int level, Consumer<String> stream, BooleanSupplier cancelled,
            TeacherSettings limits) {
        Hint h = unlimited(ctx, work, Math.min(level, limits.maxHintLevel()), stream, cancelled, limits.modelHints());
        if (h.ladder().size() <= limits.maxHintLevel()) return h;
        List<Message> ladder = h.levels().subList(0, limits.maxHintLevel());
        // the resulting line is the step itself: below level 3 it is not handed over with the hint
        String step = limits.maxHintLevel() < 3 ? "" : h.step();
        return new Hint(h.said(), step, h.verified(), h.source(), h.candidates(), h.ms(), ladder, h.noted());
    }

    private Hint unlimited(ProblemContext ctx, List<String> work, int level, Consumer<String> stream, BooleanSupplier cancelled,
            boolean useModel) {
        long t0 = System.nanoTime();
        int lvl = Math.max(1, Math.min(3, level));
        List<String> valid = validPrefix(ctx, work);
        Message note = continuationNote(valid.size(), work.stream().filter(l -> !l.isBlank()).count());
        Optional<Step> toUnitAsked = toUnitAsked(ctx, valid).filter(st -> verifies(ctx, valid, st.math()));
        if (toUnitAsked.isPresent()) return hint(toUnitAsked.get(), lvl, true, Source.SOLVER, 0, t0, note, ctx.task());
        int candidates = 0;
        Optional<LocalModel> m = useModel ? model.get() : Optional.empty();
        if (m.isPresent() && m.get().manifest().speaksStepwise()) {
            if (ctx.checkable()) {
                String prompt = new PromptFormat(m.get().manifest()).next(ctx.modelText(), valid);
                Candidates.Found found = Candidates.first(m.get()::generate, prompt, maxCandidates,
                        WorkClock.start(LocalModel.defaultThreads()), budgetMs, hardLimitMs, stream, cancelled,
                        firstStepVerifies(ctx, valid));
                candidates = found.tried();
                if (found.accepted().isPresent()) {
                    ModelOutput.Step step = found.accepted().get().steps().get(0);
                    // the model writes the solvers' English sentences: shown in the student's language where one is recognised
                    Step said = new Step(Sentences.recognise(step.text(), "step."), step.math(), "model");
                    return hint(said, lvl, true, Source.MODEL, candidates, t0, note, ctx.task());
                }
            }
        }
        // shown means verified: the solver's step too is checked against the work before it is a hint
        Optional<Step> solver = solverNext(ctx, valid).filter(st -> verifies(ctx, valid, st.math()));
        if (solver.isPresent()) return hint(solver.get(), lvl, true, Source.SOLVER, candidates, t0, note, ctx.task());
        if (!ctx.authoredHints().isEmpty()) {
            // the teacher's words, in the pack's own language
            List<Message> authored = ctx.authoredHints().stream().map(Message::verbatim).toList();
            return new Hint(authored.get(Math.min(lvl, authored.size()) - 1), "", false, Source.AUTHORED, candidates, ms(t0),
                    authored, note);
        }
        if (ctx.checkable() && finished(ctx, valid))
            return new Hint(DONE, "", true, Source.SOLVER, candidates, ms(t0), List.of(DONE), note);
        return new Hint(ProblemReader.CANNOT_CHECK_SAID, "", false, Source.NONE, candidates, ms(t0), List.of(), note);
    }

    /** What a hint says when the working already states the answer. */
    public static final Message DONE = Message.of("hint.done");

    static boolean finished(ProblemContext ctx, List<String> valid) {
        if (valid.isEmpty()) return false;
        try {
            return ctx.check(valid).finalAnswerCorrect().orElse(false) && !inAnotherUnit(ctx, valid.get(valid.size() - 1))
                    || solverNext(ctx, valid).isEmpty();
        } catch (MathSyntaxException e) {
            return false;
        }
    }

    /**
     * The last step where the working reached the right answer in another unit than the one asked for: its conversion
     * ({@code v = 6.67 m/s = 24.0 km/h}).
     */
    static Optional<Step> toUnitAsked(ProblemContext ctx, List<String> valid) {
        if (valid.isEmpty() || ctx.start().isEmpty() || !inAnotherUnit(ctx, valid.get(valid.size() - 1))) return Optional.empty();
        try {
            if (!ctx.check(valid).finalAnswerCorrect().orElse(false)) return Optional.empty();
            String last = valid.get(valid.size() - 1);
            String written = last.substring(last.lastIndexOf('=') + 1).strip();
            String asked = ctx.answer().get();
            return Optional.of(new Step(Message.of("step.physics.convertAnswer", Quantity.parse(asked).unit().symbol()),
                    ctx.start().get() + " = " + written + " = " + asked, "convert-units"));
        } catch (MathSyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the working's last line gives a physics answer in another unit than the one the question asks for
     * ({@code v = 6.67 m/s} where km/h is asked): right, but not yet the answer asked for, so the hint goes on to the
     * conversion.
     */
    static boolean inAnotherUnit(ProblemContext ctx, String last) {
        if (ctx.answer().isEmpty() || ctx.task().filter(t -> t == Task.PHYSICS).isEmpty()) return false;
        try {
            Quantity want = Quantity.parse(ctx.answer().get());
            Quantity written = Quantity.parse(last.substring(last.lastIndexOf('=') + 1).strip());
            return want.hasUnit() && written.hasUnit() && Math.abs(want.unit().factor() - written.unit().factor()) > 1e-12
                    * Math.abs(want.unit().factor());
        } catch (MathSyntaxException | RuntimeException e) {
            return false;
        }
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /**
     * "What's wrong?" for the first wrong line: what the grading module found, and a right version of that line
     * ({@code rightStep}, empty when none is known: never a step about something else).
     *
     * @param source model (its label agreed with the grading module and its step verified), or solver
     */
    public record Feedback(int line, String misconception, Message said, String rightStep, Source source) {
        /** What the grading module found, in English (the command line). */
        public String message() {
            return said.english();
        }
    }

    public Optional<Feedback> whatsWrong(ProblemContext ctx, List<String> work) {
        List<String> lines = work.stream().filter(l -> !l.isBlank()).map(String::strip).toList();
        if (!ctx.checkable() || lines.isEmpty()) return Optional.empty();
        LineCheck.Report r;
        try {
            r = ctx.check(lines);
        } catch (MathSyntaxException e) {
            return Optional.empty();
        }
        if (r.firstError().isEmpty()) return Optional.empty();
        int n = r.firstError().get();
        LineCheck wrong = r.lines().stream().filter(l -> l.line() == n).findFirst().orElseThrow();
        String label = wrong.misconception().map(Misconception::label).orElse("");
        List<String> before = lines.subList(0, Math.min(n - 1, lines.size()));
        Optional<LocalModel> m = model.get();
        if (m.isPresent() && m.get().manifest().speaksStepwise() && !label.isEmpty()) {
            try {
                List<String> shown = new ArrayList<>(before);
                shown.add(lines.get(Math.min(n - 1, lines.size() - 1)));
                WorkClock clock = WorkClock.start(LocalModel.defaultThreads()); // its work, as the hint's (above)
                Generation g = m.get().generate(new PromptFormat(m.get().manifest()).check(ctx.modelText(), shown),
                        GenerationOptions.greedy(96).withBudget(hardLimitMs).withCancel(() -> clock.workMs() >= budgetMs),
                        null);
                ModelOutput out = ModelOutput.parse(g.text());
                // the model's account is used only when it names the same misconception and its corrected step verifies
                if (out.feedback().map(label::equals).orElse(false) && !out.steps().isEmpty()
                        && verifies(ctx, before, out.steps().get(0).math())
                        && standsFor(ctx, out.steps().get(0).math(), wrong.text())) {
                    return Optional.of(new Feedback(n, label, wrong.said(), out.steps().get(0).math(), Source.MODEL));
                }
            } catch (ModelException e) {
                // the template below
            }
        }
        String right = rightVersion(ctx, before, wrong.text()).orElse("");
        return Optional.of(new Feedback(n, label, wrong.said(), right, Source.SOLVER));
    }

    /**
     * A right line in place of the wrong one. In algebra each line follows from the one before, so the solver's next
     * step after the right lines is what the wrong line should have said. Physics working finds named quantities in
     * any order, and the reference's next step may be about another quantity (the normal force when the student got
     * the net force wrong): there the right line finds the same quantity, under the student's name for it, from a
     * reference step whose value the grading module accepts for that name; with none, there is no right line to show.
     */
    static Optional<String> rightVersion(ProblemContext ctx, List<String> before, String wrongLine) {
        if (!ctx.task().equals(Optional.of(Task.PHYSICS))) {
            Optional<String> next = solverNext(ctx, before).map(Step::math).filter(s -> !s.isBlank());
            if (!ctx.task().equals(Optional.of(Task.SOLVE)) || !STATES_A_VALUE.matcher(wrongLine).matches()) return next;
            return next.flatMap(n -> solvedValue(ctx, before, n)).or(() -> next);
        }
        int eq = wrongLine.indexOf('=');
        if (eq <= 0) return Optional.empty();
        String name = wrongLine.substring(0, eq).strip();
        boolean numbers = wrongLine.substring(eq).matches(".*\\d.*");
        List<String> candidates = new ArrayList<>();
        Optional<app.stepwise.math.Unit> unit = lastUnit(wrongLine);
        for (Step s : ctx.reference()) {
            int at = s.math().indexOf('=');
            if (at <= 0) continue;
            if (sameName(s.math().substring(0, at), name)) candidates.add(s.math());
            // under the student's own name ("friction" for f): only a value whose unit is of the wrong line's kind,
            // so a step about another quantity is never offered (the grading module is not asked to tell them apart)
            else if (unit.isPresent() && lastUnit(s.math()).map(u -> u.sameDimension(unit.get())).orElse(false))
                candidates.add(name + " =" + s.math().substring(at + 1));
        }
        // a line with numbers is set right by a step with numbers, a formula by a formula
        candidates.sort(java.util.Comparator.comparing(c -> c.substring(c.indexOf('=')).matches(".*\\d.*") != numbers));
        return candidates.stream().filter(c -> verifies(ctx, before, c)).findFirst();
    }

    /** A line that states the unknown's value: {@code x = 8}, {@code n = -3/2}. */
    private static final java.util.regex.Pattern STATES_A_VALUE = java.util.regex.Pattern.compile(
            "\\s*[A-Za-z]\\s*=\\s*-?[\\d.]+(\\s*/\\s*\\d+)?\\s*");

    /**
     * A wrong final value ({@code x = 8} after {@code 3x - 2 = 2x + 10}) is set right by the right value ({@code x = 12}),
     * not by the next step on the way to it ({@code x - 2 = 10}), which a student could take for the answer (session 9's
     * newcomer run): the solver's steps from the right lines to the end, the last one's first and last sides.
     */
    private static Optional<String> solvedValue(ProblemContext ctx, List<String> before, String next) {
        Optional<GeneralSolver.Request> request = request(ctx);
        if (request.isEmpty()) return Optional.empty();
        String line = next;
        for (int i = 0; i < 12; i++) {
            Optional<Step> after = GeneralSolver.nextFrom(request.get(), line);
            if (after.isEmpty()) break;
            line = after.get().math();
        }
        String[] sides = line.split("=");
        if (sides.length < 2) return Optional.empty();
        String value = sides[0].strip() + " = " + sides[sides.length - 1].strip();
        return STATES_A_VALUE.matcher(value).matches() && verifies(ctx, before, value) ? Optional.of(value) : Optional.empty();
    }

    /** The unit of a line's last side when it is a number with a unit ("… = 89.4 N": newtons). */
    private static Optional<app.stepwise.math.Unit> lastUnit(String line) {
        String last = line.substring(line.lastIndexOf('=') + 1).strip();
        try {
            app.stepwise.math.Quantity q = app.stepwise.math.Quantity.parse(last);
            return q.hasUnit() ? Optional.of(q.unit()) : Optional.empty();
        } catch (MathSyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether a step stands for the wrong line: in physics, it finds the same quantity (the same name before "="). */
    private static boolean standsFor(ProblemContext ctx, String step, String wrongLine) {
        if (!ctx.task().equals(Optional.of(Task.PHYSICS))) return true;
        int a = step.indexOf('='), b = wrongLine.indexOf('=');
        return a > 0 && b > 0 && sameName(step.substring(0, a), wrongLine.substring(0, b));
    }

    private static boolean sameName(String a, String b) {
        return a.replace(" ", "").replace("_", "").equals(b.replace(" ", "").replace("_", ""));
    }

    /** Where the tutor's hints go on from: the working to take as written, and the level of the ladder to start at. */
    public record Continuation(List<String> work, int level) {
        public Continuation {
            work = List.copyOf(work);
        }
    }

    /**
     * Where the tutor goes on right after the teacher's whole ladder, on working the student has not changed. When the
     * teacher's last hint gives a line (a formula the grading module accepts as the next line of the student's right
     * working), that line counts as written: the tutor's next hint is about the step after it, from its first level.
     * Otherwise the teacher's hints gave the idea and the operation of the step in hand, and the tutor goes one level
     * deeper than they went. Either way it never gives less than the teacher already gave.
     */
    public static Continuation afterTeachersLadder(ProblemContext ctx, List<String> work, List<String> authored) {
        int deeper = Math.min(3, authored.size() + 1);
        if (authored.isEmpty() || !ctx.checkable()) return new Continuation(work, deeper);
        List<String> on = new ArrayList<>(validPrefix(ctx, work));
        int taken = 0;
        // "$3x = 15$, so $x = 5$": each of the hint's lines in turn that follows from the ones before
        for (String f : app.stepwise.lesson.LatexText.formulaLines(authored.get(authored.size() - 1))) {
            String line = app.stepwise.lesson.LatexText.plain(f);
            if (on.stream().anyMatch(l -> sameName(l, line))) continue; // the student already wrote it
            if (!verifies(ctx, on, line)) break;
            on.add(line);
            taken++;
        }
        return taken == 0 ? new Continuation(work, deeper) : new Continuation(on, 1);
    }

    /** The student's lines up to (not including) the first mistake. */
    public static List<String> validPrefix(ProblemContext ctx, List<String> work) {
        List<String> lines = work.stream().filter(l -> !l.isBlank()).map(String::strip).toList();
        if (!ctx.checkable() || lines.isEmpty()) return lines;
        try {
            LineCheck.Report r = ctx.check(lines);
            int cut = r.firstError().map(n -> n - 1).orElse(lines.size());
            return List.copyOf(lines.subList(0, cut));
        } catch (MathSyntaxException e) {
            return lines;
        }
    }

    /** Accepts a model's next-step candidate when its (first) step verifies after the valid work. */
    static Predicate<ModelOutput> firstStepVerifies(ProblemContext ctx, List<String> valid) {
        return out -> !out.steps().isEmpty() && verifies(ctx, valid, out.steps().get(0).math());
    }

    /** A step verifies when, appended to the valid work, the grading module finds it right and it is not a repeat. */
    public static boolean verifies(ProblemContext ctx, List<String> valid, String math) {
        if (!ctx.checkable()) return false;
        List<String> lines = new ArrayList<>(valid);
        if (!valid.isEmpty() && valid.get(valid.size() - 1).replace(" ", "").equals(math.replace(" ", ""))) return false;
        // restating the equation to solve is no progress; restating an expression to work out (60/100 × 50) is a first step
        if (valid.isEmpty()
                && ctx.start().map(s -> s.contains("=") && s.replace(" ", "").equals(math.replace(" ", ""))).orElse(false))
            return false;
        lines.add(math);
        try {
            LineCheck.Report r = ctx.check(lines);
            LineCheck last = r.lines().get(r.lines().size() - 1);
            return r.firstError().isEmpty()
                    && (last.status() == LineCheck.Status.VALID || last.status() == LineCheck.Status.ON_PATH);
        } catch (MathSyntaxException e) {
            return false;
        }
    }

    /** The solver's next step from the last valid line: the linear solver where it applies, else the reference step after the aligned one. */
    static Optional<Step> solverNext(ProblemContext ctx, List<String> valid) {
        String from = valid.isEmpty() ? ctx.start().orElse("") : valid.get(valid.size() - 1);
        Optional<GeneralSolver.Request> request = request(ctx);
        if (request.isPresent() && !from.isEmpty()) {
            Optional<Step> next = valid.isEmpty()
                    ? ctx.reference().stream().findFirst()
                    : GeneralSolver.nextFrom(request.get(), from);
            if (next.isPresent()) return next;
        }
        if (ctx.task().equals(Optional.of(Task.SOLVE)) && !from.isEmpty()) {
            try {
                Statement s = Statement.collapse(Parser.parse(from));
                var vars = Exprs.variables(s);
                if (vars.size() == 1 && LinearSolver.applies(from, vars.iterator().next())) {
                    List<Step> steps = LinearSolver.steps(from, vars.iterator().next());
                    if (!steps.isEmpty()) return Optional.of(steps.get(0));
                }
            } catch (MathSyntaxException | IllegalArgumentException e) {
                // use the reference below
            }
        }
        if (ctx.reference().isEmpty()) return Optional.empty();
        if (!ctx.checkable() || valid.isEmpty()) return Optional.of(ctx.reference().get(0));
        try {
            LineCheck.Report r = ctx.check(valid);
            return r.nextReference().map(k -> ctx.reference().get(k - 1));
        } catch (MathSyntaxException e) {
            return Optional.empty();
        }
    }

    /** How the general solvers see this problem: from its reading, or from a pack problem's task and start. */
    static Optional<GeneralSolver.Request> request(ProblemContext ctx) {
        if (ctx.reading().isPresent()) return ctx.reading().get().request();
        Optional<Task> task = ctx.task();
        if (task.isEmpty() || ctx.start().isEmpty()) return Optional.empty();
        String unknown = "";
        if (task.get() == Task.SOLVE || task.get() == Task.DIFFERENTIATE) {
            var vars = ProblemReader.variables(ctx.start().get());
            if (vars.size() == 1) unknown = vars.iterator().next();
            else if (task.get() == Task.DIFFERENTIATE) unknown = vars.contains("x") ? "x" : "";
            else
                return Optional.empty();
        }
        return Optional.of(new GeneralSolver.Request(task.get(), ctx.start().get(), unknown));
    }

    private static Hint hint(Step step, int level, boolean verified, Source source, int candidates, long t0, Message note,
            Optional<Task> task) {
        List<Message> ladder = List.of(Nudges.of(step.said(), task), Nudges.withoutWorking(step.said()),
                Message.verbatim(step.math()));
        return new Hint(ladder.get(level - 1), step.math(), verified, source, candidates, ms(t0), ladder, note);
    }

    /** Level 1: the idea without the numbers, from the operation's sentence, in English. */
    public static String nudge(String text) {
        return nudgeSaid(text).english();
    }

    /** Level 1: the idea without the numbers, from the operation's (English) sentence, as a message ({@link Nudges}). */
    public static Message nudgeSaid(String text) {
        return Nudges.of(Message.verbatim(text), Optional.empty());
    }
}
