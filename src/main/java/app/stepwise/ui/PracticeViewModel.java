package app.stepwise.ui;

import app.stepwise.classroom.Classroom;
import app.stepwise.classroom.NextProblem;
import app.stepwise.lesson.LessonPack;
import app.stepwise.text.SkillNames;
import app.stepwise.lesson.Problem;
import app.stepwise.tutor.Practice;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;

/**
 * Practice chosen by mastery: Stepwise picks the next problem (the weakest skill first, interleaved, spaced review),
 * generates a fresh verified one when the pack has run out for a skill, and "Another like this" makes a new problem of
 * the same family and difficulty. The problem itself is the usual problem screen, on a copy of the pack that holds
 * the generated problems, so everything is recorded under the pack's id.
 */
final class PracticeViewModel {
    private static final Duration BUDGET = Duration.ofSeconds(8);
    private final LessonPack original;
    private final AppContext app;
    private final List<Problem> generated = new ArrayList<>();
    private final AtomicLong seed = new AtomicLong(System.nanoTime());
    private final ReadOnlyObjectWrapper<Current> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canAnother = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyListWrapper<Classroom.SkillProgress> progress = new ReadOnlyListWrapper<>(
            FXCollections.observableArrayList());

    /** The problem on screen: the pack copy that holds it and its index. */
    record Current(LessonPack pack, int index) {
        Problem problem() {
            return pack.problems().get(index);
        }
    }

    PracticeViewModel(LessonPack pack, AppContext app, Navigator navigator) {
        this.original = pack;
        this.app = app;
    }

    ReadOnlyObjectProperty<Current> currentProperty() {
        return current.getReadOnlyProperty();
    }

    ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canAnotherProperty() {
        return canAnother.getReadOnlyProperty();
    }

    ReadOnlyListProperty<Classroom.SkillProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    String title() {
        return app.texts().get("practice.title", original.title());
    }

    /** The next problem Stepwise chooses (off the FX thread: it reads mastery and may generate a problem). */
    void next() {
        if (busy.get()) return;
        busy.set(true);
        Optional<Problem> last = Optional.ofNullable(current.get()).map(Current::problem);
        BackgroundTask.wrap(ctx -> {
            Optional<NextProblem.Pick> pick = app.tutor().next(original, last, Practice::canMakeAnother);
            if (pick.isEmpty()) return Optional.<Chosen>empty();
            NextProblem.Pick p = pick.get();
            Optional<Problem> problem = p.generate()
                    ? Practice.anotherLike(p.problem(), seed.incrementAndGet())
                    : Optional.of(p.problem());
            return Optional.of(new Chosen(problem.orElse(p.problem()), p.reason(), skillTitle(p.skill()),
                    p.generate() && problem.isPresent()));
        }).named("next problem").withBudget(BUDGET).onSuccess(c -> {
            busy.set(false);
            if (c.isEmpty()) {
                reason.set(app.texts().get("practice.nothing"));
                return;
            }
            show(c.get().problem(), c.get().fresh());
            reason.set(app.texts().get("practice.reason." + c.get().reason().name().toLowerCase(java.util.Locale.ROOT),
                    c.get().skill())
                    + (c.get().fresh() ? " " + app.texts().get("practice.fresh") : ""));
            refreshProgress();
        }).onFailure(e -> {
            busy.set(false);
            reason.set(app.texts().get("practice.failed"));
        }).executeWith(app.tasks());
    }

    private record Chosen(Problem problem, NextProblem.Reason reason, String skill, boolean fresh) {}

    /** A fresh problem like the one on screen: same family and difficulty, generated and verified on the spot. */
    void another() {
        Current c = current.get();
        if (c == null || busy.get()) return;
        busy.set(true);
        Problem template = c.problem();
        BackgroundTask.wrap(ctx -> Practice.anotherLike(template, seed.incrementAndGet())).named("another like this")
                .withBudget(BUDGET)
                .onSuccess(p -> {
                    busy.set(false);
                    if (p.isEmpty()) {
                        reason.set(app.texts().get("practice.noAnother"));
                        return;
                    }
                    show(p.get(), true);
                    reason.set(app.texts().get("practice.another"));
                }).onFailure(e -> {
                    busy.set(false);
                    reason.set(app.texts().get("practice.noAnother"));
                }).executeWith(app.tasks());
    }

    private void show(Problem p, boolean fresh) {
        if (fresh) generated.add(p);
        List<Problem> all = new ArrayList<>(original.problems());
        all.addAll(generated);
        LessonPack copy = new LessonPack(original.schemaVersion(), original.id(), original.title(), original.subject(),
                original.level(),
                original.authors(), original.version(), original.language(), original.skills(), all, original.description(),
                original.teacher());
        int index = fresh ? all.size() - 1 : original.problems().indexOf(p);
        current.set(new Current(copy, Math.max(0, index)));
        canAnother.set(Practice.canMakeAnother(p));
    }

    /** The skill bars, read again (after each answer the view asks for them). */
    void refreshProgress() {
        BackgroundTask.wrap(ctx -> app.tutor().skillProgress(original)).named("skill progress").withBudget(BUDGET)
                .onSuccess(progress::setAll).executeWith(app.tasks());
    }

    private String skillTitle(String id) {
        String title = original.skills().stream().filter(s -> s.id().equals(id)).map(LessonPack.Skill::title).findFirst()
                .orElse("");
        return app.texts().get(SkillNames.of(id, title));
    }
}
