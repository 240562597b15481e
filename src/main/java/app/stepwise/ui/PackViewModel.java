package app.stepwise.ui;

import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Problem;
import app.stepwise.tutor.Tutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.collections.FXCollections;

/** One pack's screen: its problems with the learner's marks (solved, attempted), refreshed each time it is shown. */
final class PackViewModel {
    /** How far the learner got on a problem; shown as a word and a symbol, never by colour alone. */
    enum Status {
        NEW,
        ATTEMPTED,
        SOLVED
    }

    /** One problem as listed: its number, its statement (authored, with $…$ math), difficulty 1–5 and status. */
    record ProblemItem(int number, String statement, int difficulty, Status status) {}

    private final LessonPack pack;
    private AppContext app;
    private final Navigator navigator;
    private final ReadOnlyListWrapper<ProblemItem> problems = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<app.stepwise.classroom.Classroom.SkillProgress> skills = new ReadOnlyListWrapper<>(
            FXCollections.observableArrayList());

    PackViewModel(LessonPack pack, AppContext app, Navigator navigator) {
        this.pack = pack;
        this.app = app;
        this.navigator = navigator;
        problems.setAll(items(Map.of()));
    }

    String title() {
        return pack.title();
    }

    String details() {
        return details(pack.authors(), pack.version(), app.texts());
    }

    /**
     * The line under the pack's title: its authors and version, either of which may be missing (a teacher's new pack has
     * no authors: it said " · version 1.0").
     */
    static String details(List<String> authors, String version, Texts t) {
        String by = String.join(", ", authors);
        if (version.isEmpty()) return by;
        return by.isEmpty() ? t.get("pack.version", version) : t.get("pack.details", by, version);
    }

    /** A new language: what this view model words itself (the authors and version line) is said in it. */
    void relabel(Texts texts) {
        app = app.withTexts(texts);
    }

    ReadOnlyListProperty<ProblemItem> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** The signed-in student's mastery of the pack's skills (knowledge tracing), one bar each. */
    ReadOnlyListProperty<app.stepwise.classroom.Classroom.SkillProgress> skillsProperty() {
        return skills.getReadOnlyProperty();
    }

    /** Practice chosen by mastery: Stepwise picks the problems. */
    void practise() {
        navigator.go(new ClassroomRoutes.Practice(pack));
    }

    /** Reads the learner's progress on this pack in the background and updates the marks. */
    void refresh() {
        BackgroundTask.wrap(ctx -> app.tutor().skillProgress(pack)).named("skill progress")
                .withBudget(Duration.ofSeconds(10))
                .onSuccess(skills::setAll).executeWith(app.tasks());
        BackgroundTask.wrap(ctx -> app.tutor().progress(pack.id())).named("read progress").withBudget(Duration.ofSeconds(10))
                .onSuccess(p -> problems.setAll(items(p))).executeWith(app.tasks());
    }

    private List<ProblemItem> items(Map<String, Tutor.ProblemStatus> progress) {
        List<ProblemItem> out = new ArrayList<>();
        for (int i = 0; i < pack.problems().size(); i++) {
            Problem p = pack.problems().get(i);
            Tutor.ProblemStatus s = progress.getOrDefault(p.id(), Tutor.ProblemStatus.NEW);
            Status status = s.solved() ? Status.SOLVED : s.attempts() > 0 || s.hintsUsed() > 0 ? Status.ATTEMPTED : Status.NEW;
            out.add(new ProblemItem(i + 1, p.statement(), p.difficulty(), status));
        }
        return out;
    }

    void open(int index) {
        if (index >= 0 && index < pack.problems().size()) navigator.go(new Routes.Problem(pack, index));
    }

    /** Opens the first problem not yet solved (or the first). */
    void continuePack() {
        for (int i = 0; i < problems.size(); i++) {
            if (problems.get(i).status() != Status.SOLVED) {
                open(i);
                return;
            }
        }
        open(0);
    }

    void showSummary() {
        navigator.go(new Routes.Summary(pack));
    }
}
