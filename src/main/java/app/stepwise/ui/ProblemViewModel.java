package app.stepwise.ui;

import app.stepwise.grade.AnswerChecker;
import app.stepwise.grade.Grade;
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
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    ProblemViewModel(LessonPack pack, Problem problem, ExecutorService worker) {
        this.pack = pack;
        this.problem = problem;
        this.worker = worker;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    void check() {
        String a = answer.get() == null ? "" : answer.get();
        if (a.isBlank()) {
            show("info", "Type your final answer in the answer box first.");
            return;
        }
        run(() -> AnswerChecker.check(problem.answer(), a), g -> show(g.correct() ? "correct" : g.partial() ? "partial" : "wrong", g.message()));
    }

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

    private void run(Supplier<Grade> job, java.util.function.Consumer<Grade> done) {
        busy.set(true);
        Task<Grade> task = new Task<>() {
            @Override
            protected Grade call() {
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
