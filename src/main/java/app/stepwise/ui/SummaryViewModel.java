package app.stepwise.ui;

import app.stepwise.lesson.LessonPack;
import app.stepwise.text.SkillNames;
import app.stepwise.lesson.Problem;
import app.stepwise.tutor.Tutor;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The end-of-pack summary: problems solved, hints used, the skills practised. */
final class SummaryViewModel {
    /** The figures shown; {@code skills} are the titles of the skills of the problems the learner worked on. */
    record Summary(int solved, int attempted, int total, int hintsUsed, Set<String> skills) {
        static final Summary EMPTY = new Summary(0, 0, 0, 0, Set.of());
    }

    private final LessonPack pack;
    private final AppContext app;
    private final Navigator navigator;
    private final ReadOnlyObjectWrapper<Summary> summary = new ReadOnlyObjectWrapper<>(Summary.EMPTY);

    SummaryViewModel(LessonPack pack, AppContext app, Navigator navigator) {
        this.pack = pack;
        this.app = app;
        this.navigator = navigator;
    }

    String title() {
        return pack.title();
    }

    ReadOnlyObjectProperty<Summary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    void refresh() {
        BackgroundTask.wrap(ctx -> summarise(app.tutor().progress(pack.id()))).named("pack summary")
                .withBudget(Duration.ofSeconds(10)).onSuccess(summary::set).executeWith(app.tasks());
    }

    Summary summarise(Map<String, Tutor.ProblemStatus> progress) {
        int solved = 0, attempted = 0, hints = 0;
        Set<String> skills = new LinkedHashSet<>();
        for (Problem p : pack.problems()) {
            Tutor.ProblemStatus s = progress.getOrDefault(p.id(), Tutor.ProblemStatus.NEW);
            if (s.solved()) solved++;
            if (s.attempts() > 0 || s.hintsUsed() > 0) {
                attempted++;
                for (String id : p.skills())
                    skills.add(app.texts().get(SkillNames.of(id, pack.skills().stream()
                            .filter(k -> k.id().equals(id)).map(LessonPack.Skill::title).findFirst().orElse(""))));
            }
            hints += s.hintsUsed();
        }
        return new Summary(solved, attempted, pack.problems().size(), hints, skills);
    }

    /** Back to the pack's list. */
    void backToPack() {
        navigator.back();
    }

    void library() {
        navigator.home();
    }
}
