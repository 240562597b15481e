package app.stepwise.ui;

import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Problem;
import app.stepwise.tutor.Checking;
import app.stepwise.tutor.HintService;
import app.stepwise.tutor.ProblemContext;
import app.stepwise.tutor.Tutor;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/** State and actions of the problem view; all checking runs on the worker, results return on the FX thread. */
final class ProblemViewModel {
    final LessonPack pack;
    final Problem problem;
    private final ExecutorService worker;

    final StringProperty answer = new SimpleStringProperty("");
    final StringProperty work = new SimpleStringProperty("");
    final StringProperty verdict = new SimpleStringProperty("");
    /** "correct", "partial", "wrong", "info" or "" — the view maps it to a style class. */
    final StringProperty verdictKind = new SimpleStringProperty("");
    final ObservableList<String> hints = FXCollections.observableArrayList();
    final ObservableList<String> solution = FXCollections.observableArrayList();
    /** The verdict on each line of the working, from the last check. */
    final ObservableList<Checking.LineMark> lineMarks = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    /** The text streaming in while the model writes a hint. */
    final StringProperty streaming = new SimpleStringProperty("");
    /** Where the last hint came from: "model, verified", "solver", "lesson pack". */
    final StringProperty hintSource = new SimpleStringProperty("");
    private final BooleanProperty generating = new SimpleBooleanProperty(false);
    private final AtomicBoolean cancel = new AtomicBoolean();
    private final Tutor tutor;
    private final ProblemContext context;
    private HintService.Hint currentHint;
    private int level;

    ProblemViewModel(LessonPack pack, Problem problem, ExecutorService worker, Tutor tutor) {
        this.pack = pack;
        this.problem = problem;
        this.worker = worker;
        this.tutor = tutor;
        this.context = ProblemContext.of(problem);
        work.addListener((o, was, now) -> currentHint = null); // new working: the next hint is for the new last line
        tutor.opened(pack, problem);
    }

    ReadOnlyBooleanProperty generatingProperty() {
        return generating;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Checks the answer and, when there is working, every line of it; both off the FX thread. */
    void check() {
        String a = answer.get() == null ? "" : answer.get();
        List<String> lines = work.get() == null ? List.of() : work.get().lines().toList();
        boolean hasWork = lines.stream().anyMatch(l -> !l.isBlank()) && Checking.canCheckWork(problem);
        if (a.isBlank() && !hasWork) {
            show("info", "Type your final answer in the answer box first.");
            return;
        }
        List<String> reference = context.referenceMath();
        run(() -> tutor.check(pack.id(), problem, a, lines, reference), c -> {
            lineMarks.setAll(c.lines());
            if (c.answer().isPresent()) {
                Checking.AnswerVerdict g = c.answer().get();
                String workNote = c.firstError().map(n -> " Your working has a mistake in line " + n + ".").orElse("");
                if (g.correct() && c.firstError().isPresent()) { // never a plain "Correct." while a ✗ line remains
                    show("partial", "Your answer is right, but line " + c.firstError().get()
                            + " of your working has a mistake: see the marks under your working.");
                } else {
                    show(g.correct() ? "correct" : g.partial() ? "partial" : "wrong",
                            g.message() + (g.correct() ? "" : workNote));
                }
            } else {
                Optional<Integer> first = c.firstError();
                show(first.isPresent() ? "wrong" : "correct",
                        first.map(n -> "The first mistake is in line " + n + ": see the marks under your working.")
                                .orElse("Every line of your working is right so far. Now type your final answer."));
            }
        });
    }

    /**
     * The next hint: each click goes one level deeper on the same step (the idea, the operation, the line); once
     * the line is shown, or the working has changed, the next click asks for a new step. Generated off the FX
     * thread, streaming, verified, with its source shown.
     */
    void hint() {
        if (generating.get()) return;
        if (currentHint != null && level < 3 && !currentHint.ladder().isEmpty()) {
            level++;
            showHint(currentHint, level);
            return;
        }
        if (currentHint != null) { // the whole step was shown and the working has not changed: asking again would repeat it
            show("info", "That hint showed the whole step. Write it as your next line, then ask for the next hint.");
            return;
        }
        List<String> lines = work.get() == null ? List.of() : work.get().lines().toList();
        generating.set(true);
        cancel.set(false);
        streaming.set("");
        Task<HintService.Hint> task = new Task<>() {
            @Override
            protected HintService.Hint call() {
                // the model writes the whole step, but the first hint is only a nudge: show progress, never the step itself
                int[] pieces = {0};
                return tutor.hints().next(context, lines, 1, piece -> {
                    String shown = ".".repeat(1 + pieces[0]++ % 3);
                    Platform.runLater(() -> streaming.set(shown));
                }, cancel::get);
            }
        };
        task.setOnSucceeded(e -> {
            generating.set(false);
            streaming.set("");
            currentHint = task.getValue();
            level = 1;
            showHint(currentHint, 1);
        });
        task.setOnFailed(e -> {
            generating.set(false);
            streaming.set("");
            if (problem.hints().size() > hints.size()) hints.add(problem.hints().get(hints.size()));
            else
                show("info", "Stepwise could not make a hint just now. Your work is kept.");
        });
        worker.submit(task);
    }

    /** "What's wrong?": the first mistake, the misconception behind it and the right step, off the FX thread. */
    void whatsWrong() {
        List<String> lines = work.get() == null ? List.of() : work.get().lines().toList();
        run(() -> tutor.hints().whatsWrong(context, lines), f -> {
            if (f.isEmpty()) {
                show("info",
                        lines.stream().allMatch(String::isBlank)
                                ? "Write your working first, one step per line."
                                : "Stepwise finds no mistake in your working.");
                return;
            }
            var fb = f.get();
            show("wrong", "Line " + fb.line() + ": " + fb.message()
                    + (fb.rightStep().isEmpty() ? "" : "  A right step here: " + fb.rightStep()));
            hintSource.set(fb.source().equals("model")
                    ? "explained with the tutor model, checked by the math engine"
                    : "from the grading module and the solver");
        });
    }

    /** Stops a hint that is being generated; the solver or the lesson pack answers instead. */
    void stopHint() {
        cancel.set(true);
    }

    private void showHint(HintService.Hint h, int lvl) {
        String text = h.ladder().isEmpty() ? h.hint() : h.ladder().get(Math.min(lvl, h.ladder().size()) - 1);
        if (lvl == 3 && !h.step().isEmpty()) text = asMath(text);
        hintSource.set(switch (h.source()) {
            case "model" ->
                h.verified() ? "from the tutor model, checked by the math engine" : "from the tutor model (not checked)";
            case "solver" -> "from Stepwise's step-by-step solver";
            default -> "from the lesson pack";
        });
        // the source first: a reader that sees the new hint also sees where it came from
        hints.add(text + (h.note().isEmpty() || lvl > 1 ? "" : "  " + h.note()));
        tutor.recordHint(pack.id(), problem, lvl, h.source(), h.verified(), h.ms());
    }

    /** A math line shown as rendered math. */
    static String asMath(String line) {
        return Checking.asMath(line);
    }

    /** The worked solution: the solver's (verified) when the problem names one, else the authored one. */
    void showSolution() {
        if (!context.reference().isEmpty()) {
            solution.setAll(context.referenceForDisplay());
            tutor.recordSolution(pack.id(), problem);
            return;
        }
        show("info", "This problem has no worked solution yet.");
    }

    private void show(String kind, String message) {
        verdictKind.set(kind);
        verdict.set(message);
    }

    private <T> void run(Supplier<T> job, Consumer<T> done) {
        busy.set(true);
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return job.get();
            }
        };
        task.setOnSucceeded(e -> {
            busy.set(false);
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            busy.set(false);
            show("info",
                    "Stepwise could not check this answer (an internal problem). Your work is kept; please tell your teacher.");
        });
        worker.submit(task);
    }
}
