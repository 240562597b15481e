package app.stepwise.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.app.Packs;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Problem;
import app.stepwise.lesson.TeacherSettings;
import app.stepwise.lesson.TeacherSettings.ShowSolution;
import app.stepwise.model.LocalModel;
import app.stepwise.store.ProgressStore;
import app.stepwise.teacher.TeacherSession;
import app.stepwise.teacher.TeacherStore;
import app.stepwise.tutor.HintService;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The teacher's per-pack settings as the tutor enforces them: solutions, model hints, hint depth. */
class TeacherLimitsTest {
    @TempDir
    Path dir;

    static final LessonPack PACK = Packs.reader().read(Path.of("lessons/linear-equations.json")).pack().orElseThrow();
    static final Problem LE02 = PACK.problem("le-02").orElseThrow();

    Tutor tutorWith(TeacherSettings settings) throws Exception {
        TeacherStore teacher = TeacherStore.open(dir.resolve("teacher.json"));
        TeacherSession s = teacher.setFirstPin("5823".toCharArray());
        teacher.setSettings(s, PACK.id(), settings);
        return new Tutor(ProgressStore.open(dir.resolve("progress.db")), teacher);
    }

    @Test
    void aSolutionSetToNeverIsNeverShown() throws Exception {
        try (Tutor t = tutorWith(new TeacherSettings(ShowSolution.NEVER, 0, true, 3))) {
            for (int i = 0; i < 5; i++) t.check(PACK.id(), LE02, "x = 4", List.of(), List.of());
            Tutor.SolutionAccess a = t.solutionAccess(PACK, LE02);
            assertThat(a.allowed()).isFalse();
            assertThat(a.message()).contains("teacher");
        }
    }

    @Test
    void aSolutionAfterThreeAttemptsOpensOnTheThirdRecordedAttempt() throws Exception {
        try (Tutor t = tutorWith(new TeacherSettings(ShowSolution.AFTER_ATTEMPTS, 3, true, 3))) {
            assertThat(t.solutionAccess(PACK, LE02).message()).contains("3 more tries");
            t.check(PACK.id(), LE02, "x = 4", List.of(), List.of());
            t.check(PACK.id(), LE02, "x = 6", List.of(), List.of());
            assertThat(t.solutionAccess(PACK, LE02).allowed()).isFalse();
            assertThat(t.solutionAccess(PACK, LE02).message())
                    .isEqualTo("The worked solution opens after 3 tries at the answer; 1 more try to go.");
            t.check(PACK.id(), LE02, "x = 7", List.of(), List.of());
            assertThat(t.solutionAccess(PACK, LE02).allowed()).isTrue();
            // attempts at another problem do not count
            assertThat(t.solutionAccess(PACK, PACK.problem("le-03").orElseThrow()).allowed()).isFalse();
        }
    }

    @Test
    void withoutTeacherSettingsTheSolutionIsOpen() {
        try (Tutor t = new Tutor(ProgressStore.open(dir.resolve("p.db")), TeacherStore.open(dir.resolve("none.json")))) {
            assertThat(t.solutionAccess(PACK, LE02).allowed()).isTrue();
            assertThat(t.settingsFor(PACK)).isEqualTo(TeacherSettings.OPEN);
        }
    }

    @Test
    void theHintLadderStopsAtTheTeachersHighestLevel() throws Exception {
        try (Tutor t = tutorWith(new TeacherSettings(ShowSolution.ALWAYS, 0, true, 2))) {
            ProblemContext ctx = ProblemContext.of(LE02);
            HintService.Hint deepest = t.hint(PACK, ctx, List.of(), 3, s -> {}, () -> false);
            assertThat(deepest.ladder()).hasSize(2);
            assertThat(deepest.step()).isEmpty(); // the resulting line is not handed over
            assertThat(deepest.hint()).isEqualTo(deepest.ladder().get(1));
            HintService.Hint open = new HintService(Optional::empty, 1, 1000).next(ctx, List.of(), 3, s -> {}, () -> false);
            assertThat(open.ladder()).hasSize(3);
            assertThat(deepest.ladder()).isEqualTo(open.ladder().subList(0, 2));
            assertThat(deepest.hint()).isNotEqualTo(open.hint());
        }
    }

    @Test
    void theAuthoredLadderIsCutToo() {
        ProblemContext bare = new ProblemContext("Explain inertia.", Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), List.of(),
                List.of("Think of a bus stopping.", "What keeps moving?", "Objects keep their motion unless a force acts."));
        HintService.Hint h = new HintService(Optional::empty, 1, 1000).next(bare, List.of(), 3, s -> {}, () -> false,
                new TeacherSettings(ShowSolution.ALWAYS, 0, true, 1));
        assertThat(h.hint()).isEqualTo("Think of a bus stopping.");
        assertThat(h.ladder()).containsExactly("Think of a bus stopping.");
    }

    @Test
    void withModelHintsOffTheModelIsNeverAsked() throws Exception {
        try (LocalModel m = LocalModel.load(HintServiceTest.SHIPPED, 1)) {
            AtomicBoolean asked = new AtomicBoolean();
            HintService hints = new HintService(() -> {
                asked.set(true);
                return Optional.of(m);
            }, 2, 3000);
            HintService.Hint h = hints.next(ProblemContext.of(LE02), List.of(), 3, s -> {}, () -> false,
                    new TeacherSettings(ShowSolution.ALWAYS, 0, false, 3));
            assertThat(asked).isFalse();
            assertThat(h.source()).isNotEqualTo(HintService.Source.MODEL);
            assertThat(h.candidates()).isZero();
        }
    }
}
