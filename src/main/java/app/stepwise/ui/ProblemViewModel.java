package app.stepwise.ui;

import app.stepwise.grade.AnswerChecker;
import app.stepwise.grade.Grade;
import app.stepwise.grade.LineCheck;
import app.stepwise.grade.WorkChecker;
import app.stepwise.math.MathSyntaxException;
import java.util.List;
import java.util.Optional;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Problem;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
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
    final ObservableList<LineCheck> lineMarks = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    ProblemViewModel(LessonPack pack, Problem problem, ExecutorService worker) {
        this.pack = pack;
        this.problem = problem;
        this.worker = worker;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Checks the answer and, when there is working, every line of it; both off the FX thread. */
    void check() {
        String a = answer.get() == null ? "" : answer.get();
        List<String> lines = work.get() == null ? List.of() : work.get().lines().toList();
        boolean hasWork = lines.stream().anyMatch(l -> !l.isBlank()) && WorkChecker.checkable(problem);
        if (a.isBlank() && !hasWork) {
            show("info", "Type your final answer in the answer box first.");
            return;
        }
        List<String> reference = problem.solution().stream().map(Problem.SolutionStep::math).filter(m -> !m.isEmpty()).toList();
        run(() -> {
            Optional<LineCheck.Report> report = Optional.empty();
            if (hasWork) {
                try {
                    report = Optional.of(WorkChecker.check(problem, lines, reference));
                } catch (MathSyntaxException e) {
                    report = Optional.empty(); // the pack's own start is unreadable: validation reports it; the answer is still checked
                }
            }
            return new Checked(a.isBlank() ? Optional.empty() : Optional.of(AnswerChecker.check(problem.answer(), a)), report);
        }, c -> {
            lineMarks.setAll(c.report().map(LineCheck.Report::lines).orElse(List.of()).stream().filter(l -> l.status() != LineCheck.Status.NOTE).toList());
            if (c.grade().isPresent()) {
                Grade g = c.grade().get();
                String workNote = c.report().flatMap(LineCheck.Report::firstError).map(n -> " Your working has a mistake in line " + n + ".").orElse("");
                show(g.correct() ? "correct" : g.partial() ? "partial" : "wrong", g.message() + (g.correct() ? "" : workNote));
            } else {
                Optional<Integer> first = c.report().flatMap(LineCheck.Report::firstError);
                show(first.isPresent() ? "wrong" : "correct", first.map(n -> "The first mistake is in line " + n + ": see the marks under your working.")
                        .orElse("Every line of your working is right so far. Now type your final answer."));
            }
        });
    }

    /** The result of one Check: the answer's grade (if an answer was typed) and the working's report (if any). */
    record Checked(Optional<Grade> grade, Optional<LineCheck.Report> report) {}

    /** The next rung of the authored hint ladder. */
    void hint() {
        if (hints.size() < problem.hints().size()) {
            hints.add(problem.hints().get(hints.size()));
        } else if (problem.hints().isEmpty()) {
            show("info", "This problem has no hints yet.");
        } else {
            show("info", "That was the last hint. Try “Show solution” if you are still stuck.");
        }
    }

    void showSolution() {
        if (problem.solution().isEmpty()) {
            show("info", "This problem has no worked solution yet.");
            return;
        }
        solution.setAll(problem.solution().stream().map(s -> s.text() + (s.math().isEmpty() ? "" : "   $" + s.math() + "$")).toList());
    }

    private void show(String kind, String message) {
        verdictKind.set(kind);
        verdict.set(message);
    }

    private <T> void run(Supplier<T> job, java.util.function.Consumer<T> done) {
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
            show("info", "Stepwise could not check this answer (an internal problem). Your work is kept; please tell your teacher.");
        });
        worker.submit(task);
    }

    static String shown(Grade g) {
        return g.message();
    }

    String expectedForDisplay() {
        return AnswerChecker.show(problem.answer());
    }
}
