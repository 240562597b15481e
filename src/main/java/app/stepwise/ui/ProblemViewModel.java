package app.stepwise.ui;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.PackImage;
import app.stepwise.lesson.Problem;
import app.stepwise.tutor.AnswerPrompt;
import app.stepwise.tutor.Checking;
import app.stepwise.tutor.TypedProblem;
import app.stepwise.tutor.HintService;
import app.stepwise.tutor.ProblemContext;
import app.stepwise.tutor.ReadWork;
import app.stepwise.tutor.Tutor;
import app.stepwise.text.Message;
import app.stepwise.text.Sentences;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;

/**
 * The problem screen's state and actions. Checking, hints, "What's wrong?", saving and restoring work all run as
 * background tasks with a time budget, one lane per kind: a newer request replaces a waiting one, so nothing queues
 * up. The student's work is remembered on every change and saved (per profile, per problem) shortly after.
 */
final class ProblemViewModel {
    static final Duration CHECK_BUDGET = Duration.ofSeconds(15);
    static final Duration HINT_BUDGET = Duration.ofSeconds(20);
    /**
     * How long a check, a hint or "What's wrong?" may take on the clock on a computer starved by other programs; their
     * budgets above then count the processor time their worker was given (BackgroundTask#withPatience). A first check in
     * a fresh Java runtime took 28 s on the clock at load 40 with 0.26 s of processor time of its own (docs/reliability.md
     * §8), and was stopped at 15 s as "took too long, try a shorter line". The model's part of a hint runs on threads of its own,
     * which the worker's processor time does not see; it keeps its own wall-clock budget (Tutor's HintService), so a
     * hint still cannot run away.
     */
    static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final Duration SAVE_BUDGET = Duration.ofSeconds(10);
    private static final Duration PREVIEW_BUDGET = Duration.ofSeconds(3);

    /** How the verdict line looks; the view maps it to a style class and a symbol, so colour is never the only sign. */
    enum Kind {
        NONE,
        CORRECT,
        PARTIAL,
        WRONG,
        INFO
    }

    /** The verdict line: its kind and its words. */
    record Verdict(Kind kind, String text) {
        static final Verdict NONE = new Verdict(Kind.NONE, "");
    }

    /** One line of the working as previewed beside it: the LaTeX when it reads as math (else empty) and the line typed. */
    record PreviewLine(String latex, String typed) {
        boolean readable() {
            return !latex.isEmpty();
        }
    }

    /**
     * One hint as shown: its heading ("Hint 4 · next step:"), its text (with $…$ math) and where it came from. Hints are
     * numbered on from the teacher's, so the tutor's ladder reads as going on, never as starting over.
     */
    record HintLine(int number, String heading, String text, String source) {}

    /**
     * What the view shows of the problem: the statement (authored, with $…$ math), the working's first line as a
     * prompt, the options of a choice problem (empty otherwise), and where it sits in the pack.
     */
    record Display(String packTitle, String statement, String workPrompt, String answerPrompt, List<String> choices,
            int number, int count) {
        boolean hasPrevious() {
            return number > 1;
        }

        boolean isLast() {
            return number == count;
        }
    }

    private final LessonPack pack;
    private final int index;
    private final Problem problem;
    private final AppContext app;
    private final Navigator navigator;
    private Texts t;
    private Display display;
    /** A typed-in problem's reading ("Solving 5x = −27 for x"), said again in each language the screen is shown in. */
    private final Optional<Message> reading;
    private ProblemContext context; // built on a worker (it may run a solver): see context()

    private final StringProperty work = new SimpleStringProperty("");
    private final StringProperty answer = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>(Verdict.NONE);
    /** The last check found the answer (or the working) right, and nothing was typed since. */
    private final BooleanProperty rightAsChecked = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper canAskWhatsWrong = new ReadOnlyBooleanWrapper();
    private final ReadOnlyListWrapper<Checking.LineMark> lineMarks = new ReadOnlyListWrapper<>(
            FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<HintLine> hints = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<PreviewLine> preview = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<String> solution = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper generating = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper streaming = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stillWorking = new ReadOnlyStringWrapper("");
    private String stillWorkingKey = ""; // what stillWorking says, to say it again in a new language
    private final ReadOnlyStringWrapper hintSource = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hintsFolded = new ReadOnlyBooleanWrapper(false);
    // what is shown, kept as how to say it: a new language says the same verdict, hints and solution again in it
    private Function<Texts, Verdict> verdictSaid = tx -> Verdict.NONE;
    private final List<Function<Texts, HintLine>> hintsSaid = new ArrayList<>();
    private Function<Texts, String> hintSourceSaid = tx -> "";
    private List<Message> solutionSaid = List.of();

    private final TaskLane checkLane;
    private final TaskLane helpLane;
    private final TaskLane saveLane;
    private final TaskLane previewLane;
    private boolean restored;
    private HintService.Hint currentHint;
    private int level;
    private int authoredShown;
    /** The teacher's last hint was the one shown last, on the working as it still is. */
    private boolean teacherLadderJustEnded;
    private final boolean quantities;
    private final ReadOnlyListWrapper<Boolean> markPending = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());

    ProblemViewModel(LessonPack pack, int index, AppContext app, Navigator navigator) {
        this(pack, index, Optional.empty(), app, navigator);
    }

    /** A problem whose statement ends with a typed-in problem's reading, said in the screen's language. */
    ProblemViewModel(LessonPack pack, int index, Optional<Message> reading, AppContext app, Navigator navigator) {
        this.pack = pack;
        this.reading = reading;
        this.index = index;
        this.problem = ReadWork.complete(pack.problems().get(index)); // a pack without working: read, as typed-in problems are
        this.app = app;
        this.navigator = navigator;
        this.t = app.texts();
        this.checkLane = new TaskLane(app.tasks());
        this.helpLane = new TaskLane(app.tasks());
        this.saveLane = TaskLane.queueing(app.tasks());
        this.previewLane = new TaskLane(app.tasks());
        this.display = displayed();
        this.quantities = Checking.hasQuantities(problem);
        canAskWhatsWrong.bind(Bindings.createBooleanBinding(
                () -> work.get() != null && !work.get().isEmpty() && !rightAsChecked.get(), work, rightAsChecked));
        work.addListener((o, was, now) -> {
            rightAsChecked.set(false);
            currentHint = null; // new working: the next hint is for the new last line
            teacherLadderJustEnded = false;
            changed();
            updatePreview();
            updatePending();
        });
        answer.addListener((o, was, now) -> {
            rightAsChecked.set(false);
            changed();
        });
        app.tutor().opened(pack, problem); // time on task starts now
        restore();
    }

    /** What the view shows of the problem, in the language of {@link #t}. */
    private Display displayed() {
        List<String> choices = problem.answer() instanceof AnswerSpec.MultipleChoice c ? c.choices() : List.of();
        // a typed-in problem's math is shown rendered, as a pack's is (its statement is the student's plain text)
        String statement = !typedIn()
                ? problem.statement()
                : TypedProblem.shown(reading.map(r -> TypedProblem.restated(problem, r, t.locale())).orElse(problem));
        return new Display(pack.title(), statement, t.get(AnswerPrompt.work(problem)),
                t.get(AnswerPrompt.of(problem)), choices, index + 1, pack.problems().size());
    }

    /**
     * A new language: what is shown (the verdict, each line's mark, the hints and where they came from, the worked
     * solution, a typed-in problem's reading) is said again in it, so nothing the student saw vanishes. Nothing is
     * checked again: a check records an attempt.
     */
    void relabel(Texts texts) {
        t = texts;
        display = displayed();
        verdict.set(verdictSaid.apply(t));
        hints.setAll(hintsSaid.stream().map(h -> h.apply(t)).toList());
        hintSource.set(hintSourceSaid.apply(t));
        solution.setAll(solutionSaid.stream().map(t::get).toList());
        stillWorking.set(stillWorkingKey.isEmpty() ? "" : t.get(stillWorkingKey));
    }

    /** The picture under the statement, when the problem has one. */
    Optional<Problem.Image> image() {
        return problem.image();
    }

    /** Whether this is the student's own typed-in problem rather than a pack's. */
    boolean typedIn() {
        return pack.id().equals(TypedProblem.PACK_ID);
    }

    /** Widest a picture is decoded: wider ones are scaled down while decoding, so a large file never fills memory. */
    static final int IMAGE_DECODE_WIDTH = 1200;

    /**
     * Reads, checks and decodes the picture in the background; {@code shown} gets the picture, or empty when it is
     * missing, refused or cannot be decoded (the view then shows the alt text). The problem works either way.
     */
    void loadImage(java.util.function.Consumer<Optional<javafx.scene.image.Image>> shown) {
        Optional<Problem.Image> ref = problem.image();
        if (ref.isEmpty()) return;
        BackgroundTask.wrap(ctx -> decode(ref.get())).named("load problem picture").withBudget(IMAGE_BUDGET)
                .onSuccess(shown)
                .onFailure(e -> shown.accept(Optional.empty()))
                .onCancelled(() -> shown.accept(Optional.empty()))
                .executeWith(app.tasks());
    }

    private static final java.time.Duration IMAGE_BUDGET = java.time.Duration.ofSeconds(10);

    /** The decoded picture; the header's size was checked before decoding (no decompression bombs). */
    static Optional<javafx.scene.image.Image> decode(Problem.Image ref) {
        try {
            PackImage.Loaded l = PackImage.load(ref.folder(), ref.file());
            javafx.scene.image.Image img = new javafx.scene.image.Image(new java.io.ByteArrayInputStream(l.bytes()),
                    Math.min(l.width(), IMAGE_DECODE_WIDTH), 0, true, true);
            return img.isError() || img.getWidth() <= 0 ? Optional.empty() : Optional.of(img);
        } catch (PackImage.Refused e) {
            return Optional.empty();
        }
    }

    Display display() {
        return display;
    }

    /** Whether the problem wants a quantity with a unit (physics working, or a quantity as the answer): unit buttons. */
    boolean wantsUnits() {
        return quantities;
    }

    /** The unit the answer is asked in ("km/h"), when it is a quantity: the palette offers it. */
    Optional<String> unitAsked() {
        return AnswerPrompt.unitAsked(problem);
    }

    /** The working box, one step per line; the view binds to it both ways. */
    StringProperty workProperty() {
        return work;
    }

    /** The answer box (or the chosen option's text for a choice problem); the view binds to it both ways. */
    StringProperty answerProperty() {
        return answer;
    }

    ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /**
     * "What's wrong?" has something to look at: there is working, and the last check did not just find it right (a
     * student who sees "✓ Correct." expects no mistake; asking would only replace the verdict).
     */
    ReadOnlyBooleanProperty canAskWhatsWrongProperty() {
        return canAskWhatsWrong.getReadOnlyProperty();
    }

    /** The verdict on each line of the working, from the last check. */
    ReadOnlyListProperty<Checking.LineMark> lineMarksProperty() {
        return lineMarks.getReadOnlyProperty();
    }

    /**
     * For each mark of the last check, whether its line has changed since (or is gone): the mark stays, dimmed, until
     * the next check, so the marks never vanish and nothing below them moves while the student types.
     */
    ReadOnlyListProperty<Boolean> markPendingProperty() {
        return markPending.getReadOnlyProperty();
    }

    /** The answer is right and hints were shown: they are folded under "Hints used", out of the way of the verdict. */
    ReadOnlyBooleanProperty hintsFoldedProperty() {
        return hintsFolded.getReadOnlyProperty();
    }

    ReadOnlyListProperty<HintLine> hintsProperty() {
        return hints.getReadOnlyProperty();
    }

    /** Each line of the working rendered as math, updated in the background as the student types. */
    ReadOnlyListProperty<PreviewLine> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    ReadOnlyListProperty<String> solutionProperty() {
        return solution.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty generatingProperty() {
        return generating.getReadOnlyProperty();
    }

    /** Progress while the model writes a hint (dots only: the first level of a hint never shows the step). */
    /**
     * Empty, or that a check, a hint or "What's wrong?" is still being worked on although its usual time has passed:
     * the computer is busy with other programs (a patient task's {@code onSlow}).
     */
    ReadOnlyStringProperty stillWorkingProperty() {
        return stillWorking.getReadOnlyProperty();
    }

    ReadOnlyStringProperty streamingProperty() {
        return streaming.getReadOnlyProperty();
    }

    /** Where the last hint came from, in words. */
    ReadOnlyStringProperty hintSourceProperty() {
        return hintSource.getReadOnlyProperty();
    }

    /** Whether the working of this problem is checked line by line. */
    boolean workCheckable() {
        return Checking.canCheckWork(problem);
    }

    // ---- saved work ----

    /** Restores the work in progress: from memory at once when this run has it, else from the progress file. */
    private void restore() {
        Optional<Tutor.Draft> mem = app.tutor().remembered(pack.id(), problem.id());
        if (mem.isPresent()) {
            apply(mem.get());
            return;
        }
        // patient: on a starved computer a restore stopped at its budget left the box empty, and the next keystroke
        // saved that over the kept work
        BackgroundTask.wrap(ctx -> app.tutor().savedWork(pack.id(), problem.id())).named("restore work")
                .withBudget(SAVE_BUDGET).withPatience(PATIENCE)
                .onSuccess(saved -> saved.ifPresent(this::apply))
                .onFinished(() -> {
                    restored = true;
                    if (!work.get().isEmpty() || !answer.get().isEmpty()) changed(); // typed while it was being read
                })
                .executeWith(app.tasks());
    }

    private void apply(Tutor.Draft d) {
        // typing that happened while the saved work was being read wins
        if (work.get().isEmpty()) work.set(d.work());
        if (answer.get().isEmpty()) answer.set(d.answer());
        restored = true;
    }

    private void changed() {
        if (!restored) return; // not before the saved work is back: saving now would overwrite it with nothing
        app.tutor().rememberWork(pack.id(), problem.id(), new Tutor.Draft(work.get(), answer.get()));
        saveLane.submit(save());
    }

    private BackgroundTask<Void> save() {
        // the task writes whatever is remembered when it runs, so a save never writes older work over newer; while
        // one write runs, fast typing leaves at most one more waiting
        return BackgroundTask.wrap(() -> app.tutor().saveWork(pack.id(), problem.id())).named("save work")
                .withBudget(SAVE_BUDGET);
    }

    /** Saves now (Back, another problem, closing the window). */
    void leave() {
        checkLane.cancel();
        helpLane.cancel();
        if (!restored) return;
        app.tutor().rememberWork(pack.id(), problem.id(), new Tutor.Draft(work.get(), answer.get()));
        saveLane.submit(save());
    }

    private void updatePreview() {
        List<String> lines = lines();
        // each line as its checker will read it (an x read as times shown ×), never another reading
        previewLane.submit(BackgroundTask.wrap(ctx -> {
            List<Optional<String>> latex = Checking.preview(problem, () -> context().referenceMath(), lines);
            return java.util.stream.IntStream.range(0, lines.size())
                    .mapToObj(i -> new PreviewLine(latex.get(i).orElse(""), lines.get(i))).toList();
        }).named("preview").withBudget(PREVIEW_BUDGET).onSuccess(preview::setAll));
    }

    // ---- moving through the pack ----

    void next() {
        if (display.isLast()) navigator.replace(new Routes.Summary(pack));
        else
            navigator.replace(new Routes.Problem(pack, index + 1));
    }

    void previous() {
        if (display.hasPrevious()) navigator.replace(new Routes.Problem(pack, index - 1));
    }

    /** Chooses option {@code i} of a choice problem. */
    void choose(int i) {
        if (i >= 0 && i < display.choices().size()) answer.set(display.choices().get(i));
    }

    // ---- checking ----

    private synchronized ProblemContext context() {
        if (context == null) context = ProblemContext.of(problem);
        return context;
    }

    /** Checks the answer and, when there is working, every line of it; a newer check replaces one still waiting. */
    void check() {
        String a = answer.get() == null ? "" : answer.get();
        List<String> lines = lines();
        boolean hasWork = lines.stream().anyMatch(l -> !l.isBlank()) && workCheckable();
        if (a.isBlank() && !hasWork) {
            show(Kind.INFO, tx -> tx.get("check.empty"));
            return;
        }
        java.util.Locale language = t.locale(); // a decimal comma is read as the student's screen language writes it
        checkLane.submit(BackgroundTask.wrap(ctx -> app.tutor().check(pack.id(), problem, a, lines, context().referenceMath(),
                language))
                .named("check").withBudget(CHECK_BUDGET).withPatience(PATIENCE)
                .onRunning(() -> checking.set(true))
                .onSlow(() -> sayStillWorking("problem.slow.check"))
                .onSuccess(this::showCheck)
                .onFailure(e -> show(Kind.INFO, tx -> tx.get(switch (e) {
                    case BackgroundTask.NotStarted busy -> "check.busy";
                    case BackgroundTask.TimedOut slow -> "check.timeout";
                    default -> "check.failed";
                })))
                .onFinished(() -> {
                    checking.set(false);
                    stopSayingStillWorking("problem.slow.check");
                }));
    }

    private void showCheck(Checking.Result c) {
        lineMarks.setAll(c.lines());
        updatePending();
        if (c.answer().isPresent()) {
            Checking.AnswerVerdict g = c.answer().get();
            if (g.correct() && c.firstError().isPresent()) { // never a plain "Correct." while a ✗ line remains
                show(Kind.PARTIAL,
                        tx -> tx.get(firstLine(c, "check.rightButLine", "check.rightButUnreadable"), c.firstError().get()));
            } else {
                show(g.correct() ? Kind.CORRECT : g.partial() ? Kind.PARTIAL : Kind.WRONG,
                        tx -> g.correct() ? tx.get(g.said()) : notRightSaid(tx, g.said(), c));
            }
        } else {
            show(c.firstError().isPresent() ? Kind.WRONG : Kind.CORRECT,
                    tx -> c.firstError().map(n -> tx.get(firstLine(c, "check.firstMistake", "check.firstUnreadable"), n))
                            .orElse(tx.get("check.workRight")));
        }
    }

    /** The grader's words that say no more than "not the answer": said to a child in a few kind words instead (ui19). */
    private static final java.util.Set<String> JUST_NOT_RIGHT = java.util.Set.of("grade.notEqual",
            "grade.notSameSolutions", "grade.noSolution", "grade.noValueRight");

    /**
     * A wrong or partly right answer: the grader's words, or "Not quite yet." where they say no more than that; then
     * where the first mistake in the working is, or, with none, to try again.
     */
    static String notRightSaid(Texts tx, app.stepwise.text.Message said, Checking.Result c) {
        String where = c.firstError().map(n -> tx.get(firstLine(c, "check.workMistake", "check.workUnreadable"), n))
                .orElse("");
        if (!JUST_NOT_RIGHT.contains(said.key())) return where.isEmpty() ? tx.get(said) : tx.get(said) + " " + where;
        return tx.get("check.notYet") + " " + (where.isEmpty() ? tx.get("check.tryAgain") : where);
    }

    /**
     * Which sentence names the first marked line: a line Stepwise cannot read is not a mistake of the student's ("Your
     * working has a mistake in line 1" under a line marked "?" and "cannot read this line" confused a student).
     */
    private static String firstLine(Checking.Result c, String mistake, String unreadable) {
        int n = c.firstError().orElse(-1);
        boolean cannotRead = c.lines().stream().anyMatch(l -> l.line() == n && l.mark() == Checking.Mark.UNREADABLE);
        return cannotRead ? unreadable : mistake;
    }

    /** Marks whose line no longer reads as it did when it was checked. */
    private void updatePending() {
        List<String> now = lines();
        List<Boolean> pending = lineMarks.stream().map(m -> {
            int i = m.line() - 1;
            return i < 0 || i >= now.size() || !now.get(i).strip().equals(m.text().strip());
        }).toList();
        if (!pending.equals(markPending)) markPending.setAll(pending);
    }

    // ---- hints ----

    /**
     * The next hint. Where the pack has an authored ladder and the teacher did not choose model hints, the teacher's
     * hints come first, one per click. Then each click goes one level deeper on one step (the idea, the operation,
     * the line); once the line is shown, or the working has changed, the next click asks for a new step.
     */
    void hint() {
        if (generating.get()) return; // one on its way: a second click would only repeat it
        int maxLevel = app.tutor().settingsFor(pack).maxHintLevel();
        List<String> authored = problem.hints().subList(0, Math.min(problem.hints().size(), maxLevel));
        boolean authoredFirst = app.tutor().hintOrder(pack.id()) == Tutor.HintOrder.AUTHORED_FIRST;
        if (authoredFirst && authoredShown < authored.size()) {
            authoredShown++;
            addHint(authored.get(authoredShown - 1), false);
            record(authoredShown, HintService.Source.AUTHORED, false, 0);
            teacherLadderJustEnded = authoredShown == authored.size();
            return;
        }
        if (currentHint != null && level < currentHint.ladder().size()) {
            level++;
            showHint(currentHint, level, false);
            return;
        }
        if (currentHint != null && level < 3 && !currentHint.ladder().isEmpty()) { // the teacher's highest level was shown
            show(Kind.INFO, tx -> tx.get("hint.teacherLimit"));
            return;
        }
        if (currentHint != null) { // the whole step was shown and the working has not changed: asking again would repeat it
            show(Kind.INFO, tx -> tx.get("hint.wholeStep"));
            return;
        }
        List<String> lines = lines();
        boolean afterTeacher = teacherLadderJustEnded;
        int[] start = {1};
        helpLane.submit(BackgroundTask.wrap(ctx -> {
            int[] pieces = {0};
            // right after the teacher's whole ladder the tutor goes on from where it stopped (HintService)
            HintService.Continuation from = afterTeacher
                    ? HintService.afterTeachersLadder(context(), lines, authored)
                    : new HintService.Continuation(lines, 1);
            start[0] = from.level();
            // the model writes the whole step, but a hint may be only a nudge: show progress, never the step itself
            return app.tutor().hint(pack, context(), from.work(), from.level(),
                    piece -> ctx.progress(".".repeat(1 + pieces[0]++ % 3)), ctx::cancelled);
        }).named("hint").withBudget(HINT_BUDGET).withPatience(PATIENCE)
                .onRunning(() -> {
                    generating.set(true);
                    streaming.set("");
                })
                .onSlow(() -> sayStillWorking("problem.slow.hint"))
                .onProgress(streaming::set)
                .onSuccess(h -> {
                    if (h.source() == HintService.Source.AUTHORED && authoredFirst && authoredShown >= authored.size()
                            && !authored.isEmpty()) {
                        show(Kind.INFO, tx -> tx.get("hint.noMore"));
                        return;
                    }
                    currentHint = h;
                    level = Math.min(start[0], Math.max(1, h.levels().size()));
                    teacherLadderJustEnded = false;
                    showHint(h, level, true);
                })
                .onFailure(e -> {
                    if (authoredShown < authored.size()) {
                        authoredShown++;
                        addHint(authored.get(authoredShown - 1), false);
                    } else {
                        show(Kind.INFO, tx -> tx.get(switch (e) {
                            case BackgroundTask.NotStarted busy -> "hint.busy";
                            case BackgroundTask.TimedOut slow -> "hint.timeout";
                            default -> "hint.failed";
                        }));
                    }
                })
                .onFinished(() -> {
                    generating.set(false);
                    streaming.set("");
                    stopSayingStillWorking("problem.slow.hint");
                }));
    }

    /** Stops a hint being written; nothing is shown for it. */
    void stopHint() {
        helpLane.cancel();
    }

    /** Shows a level of a step's ladder; the first hint of a ladder says where it picks up, and after others, that it is the next step. */
    private void showHint(HintService.Hint h, int lvl, boolean firstOfLadder) {
        Message said = h.levels().isEmpty() ? h.said() : h.levels().get(Math.min(lvl, h.levels().size()) - 1);
        boolean asMath = lvl == 3 && !h.step().isEmpty();
        boolean noted = !h.noted().isEmpty() && firstOfLadder;
        String source = switch (h.source()) {
            case MODEL -> h.verified() ? "hint.source.modelVerified" : "hint.source.model";
            case SOLVER -> "hint.source.solver";
            case AUTHORED, NONE -> "hint.source.authored";
        };
        addHint(tx -> (asMath ? Checking.asMath(tx.get(said), quantities) : tx.get(said))
                + (noted ? "  " + tx.get(h.noted()) : ""), source, firstOfLadder && !hints.isEmpty());
        record(lvl, h.source(), h.verified(), h.ms());
    }

    /** Adds one of the teacher's hints (the pack's own words). */
    private void addHint(String authored, boolean nextStep) {
        addHint(tx -> authored, "hint.source.authored", nextStep);
    }

    /**
     * Adds a hint, numbered on from the ones shown; {@code nextStep}: it starts the ladder of the working's next step;
     * {@code sourceKey}: where it came from.
     */
    private void addHint(Function<Texts, String> text, String sourceKey, boolean nextStep) {
        hintSourceSaid = tx -> tx.get(sourceKey);
        hintSource.set(hintSourceSaid.apply(t)); // the source first: a reader that sees the new hint also sees where it came from
        int n = hints.size() + 1;
        Function<Texts, HintLine> line = tx -> {
            String source = tx.get(sourceKey);
            return new HintLine(n, tx.get(nextStep ? "problem.hintNextStep" : "problem.hintNumber", n), text.apply(tx), source);
        };
        hintsSaid.add(line);
        hints.add(line.apply(t));
        hintsFolded.set(false); // a hint asked for after a right answer is shown, not folded away
    }

    private void record(int lvl, HintService.Source source, boolean verified, long ms) {
        BackgroundTask.wrap(() -> app.tutor().recordHint(pack.id(), problem, lvl, source, verified, ms))
                .named("record hint").withBudget(SAVE_BUDGET).executeWith(app.tasks());
    }

    /** "What's wrong?": the first mistake, the misconception behind it and a right step. */
    void whatsWrong() {
        if (rightAsChecked.get()) return; // the verdict "✓ Correct." stays; the button is off then
        List<String> lines = lines();
        if (lines.stream().allMatch(String::isBlank)) {
            show(Kind.INFO, tx -> tx.get("wrong.noWork"));
            return;
        }
        helpLane.submit(BackgroundTask.wrap(ctx -> app.tutor().hints().whatsWrong(context(), lines)).named("what's wrong")
                .withBudget(HINT_BUDGET).withPatience(PATIENCE)
                .onRunning(() -> checking.set(true))
                .onSlow(() -> sayStillWorking("problem.slow.wrong"))
                .onSuccess(f -> {
                    if (f.isEmpty()) {
                        show(Kind.INFO, tx -> tx.get("wrong.none"));
                        return;
                    }
                    var fb = f.get();
                    show(Kind.WRONG, tx -> tx.get("wrong.line", fb.line(), tx.get(fb.said()))
                            + (fb.rightStep().isEmpty() ? "" : "  " + tx.get("wrong.rightStep", fb.line(), fb.rightStep())));
                    String sourceKey = switch (fb.source()) {
                        case MODEL -> "wrong.source.model";
                        case SOLVER, AUTHORED, NONE -> "wrong.source.solver";
                    };
                    hintSourceSaid = tx -> tx.get(sourceKey);
                    hintSource.set(hintSourceSaid.apply(t));
                })
                // a "What's wrong?" stopped by a busy computer is not an internal problem to tell the teacher about
                .onFailure(e -> show(Kind.INFO, tx -> tx.get(switch (e) {
                    case BackgroundTask.NotStarted busy -> "wrong.busy";
                    case BackgroundTask.TimedOut slow -> "wrong.timeout";
                    default -> "check.failed";
                })))
                .onFinished(() -> {
                    checking.set(false);
                    stopSayingStillWorking("problem.slow.wrong");
                }));
    }

    /** A check, hint or "What's wrong?" is slow because the computer is busy: the screen says it is still at it. */
    private void sayStillWorking(String key) {
        stillWorkingKey = key;
        stillWorking.set(t.get(key));
    }

    /** That work has ended: its "still …" line goes (another's stays). */
    private void stopSayingStillWorking(String key) {
        if (!stillWorkingKey.equals(key)) return;
        stillWorkingKey = "";
        stillWorking.set("");
    }

    /** What the solution task found: the steps, or why the teacher keeps them back. */
    private record SolutionShown(Tutor.SolutionAccess access, List<Message> steps) {}

    /**
     * The worked solution, when the teacher allows it now: the solver's (verified) when the problem names one, else
     * the authored one.
     */
    void showSolution() {
        java.util.Locale packLanguage = java.util.Locale.forLanguageTag(pack.language());
        BackgroundTask.wrap(ctx -> {
            Tutor.SolutionAccess access = app.tutor().solutionAccess(pack, problem); // reads the attempts recorded
            return new SolutionShown(access, access.allowed()
                    ? context().referenceForDisplay().stream().map(step -> inSolversWords(step, packLanguage)).toList()
                    : List.of());
        }).named("worked solution").withBudget(CHECK_BUDGET)
                .onSuccess(s -> {
                    if (!s.access().allowed()) show(Kind.INFO, tx -> tx.get(s.access().said()));
                    else if (s.steps().isEmpty()) show(Kind.INFO, tx -> tx.get("solution.none"));
                    else {
                        solutionSaid = s.steps();
                        solution.setAll(s.steps().stream().map(t::get).toList());
                        BackgroundTask.wrap(() -> app.tutor().recordSolution(pack.id(), problem)).named("record solution")
                                .executeWith(app.tasks());
                    }
                })
                .onFailure(e -> show(Kind.INFO, tx -> tx.get("solution.none")))
                .executeWith(app.tasks());
    }

    /**
     * A shown step whose sentence is English as written (a solution the editor's Generate made from the model's or the
     * solvers' words, or one authored in them) is said in the student's language where it is one of the solvers'
     * sentences, through the same recognition as the model's hints (tutor.HintService); any other stays as written.
     * The sentence is read in the pack's language: a Spanish pack's generated steps are said in English to an English
     * student, as an English pack's are said in Spanish.
     */
    static Message inSolversWords(Message shown, java.util.Locale written) {
        if (!shown.key().equals("step.shown") || !(shown.args().get(0) instanceof Message said)
                || !said.key().equals(Message.VERBATIM))
            return shown;
        List<Object> args = new ArrayList<>(shown.args());
        args.set(0, Sentences.recognise(said.english(), "step.", written));
        return new Message(shown.key(), args);
    }

    private List<String> lines() {
        return work.get() == null ? List.of() : work.get().lines().toList();
    }

    /** Shows a verdict line, said in the screen's language now and again in a new one. */
    private void show(Kind kind, Function<Texts, String> said) {
        rightAsChecked.set(kind == Kind.CORRECT);
        verdictSaid = tx -> new Verdict(kind, said.apply(tx));
        verdict.set(verdictSaid.apply(t));
        foldHints();
    }

    /** Hints shown before a right answer are folded away under it (still there to open), not left under "✓ Correct.". */
    private void foldHints() {
        hintsFolded.set(verdict.get().kind() == Kind.CORRECT && !hints.isEmpty());
    }
}
