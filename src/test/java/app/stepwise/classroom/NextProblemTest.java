package app.stepwise.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.app.Packs;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Problem;
import app.stepwise.store.Records.ProblemProgress;
import app.stepwise.store.Records.SkillState;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bundled linear-equations pack: skills one-step (le-01), two-step (le-02, 05, 06), both-sides (le-03), brackets (le-04). */
class NextProblemTest {
    private static final LessonPack PACK = Packs.reader().read(Path.of("lessons/linear-equations.json")).pack().orElseThrow();
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private final Map<String, SkillState> mastery = new HashMap<>();
    private final Map<String, ProblemProgress> progress = new HashMap<>();

    private Optional<NextProblem.Pick> pick(Optional<Problem> last, int picks) {
        return NextProblem.pick(PACK, mastery, progress, last, NOW, picks, s -> Bkt.DEFAULT, p -> p.solver().isPresent());
    }

    private void know(String skill, double p, String lastAt, int reviews) {
        mastery.put(skill,
                new SkillState("s", skill, p, 3, 3, lastAt, p >= Bkt.MASTERED ? Optional.of(lastAt) : Optional.empty(), reviews));
    }

    private static Problem problem(String id) {
        return PACK.problem(id).orElseThrow();
    }

    @Test
    void aNewStudentStartsWithTheFirstSkillAtTheEasiestLevel() {
        NextProblem.Pick p = pick(Optional.empty(), 0).orElseThrow();
        assertThat(p.problem().id()).isEqualTo("le-01");
        assertThat(p.reason()).isEqualTo(NextProblem.Reason.PRACTICE);
        assertThat(p.generate()).isFalse();
    }

    @Test
    void theWeakestUnmasteredSkillComesFirst() {
        know("solve-one-step", 0.6, "2026-11-30T09:00:00Z", 0);
        know("solve-two-step", 0.4, "2026-11-30T09:00:00Z", 0);
        know("solve-both-sides", 0.1, "2026-11-30T09:00:00Z", 0);
        know("solve-brackets", 0.3, "2026-11-30T09:00:00Z", 0);
        assertThat(pick(Optional.empty(), 0).orElseThrow().skill()).isEqualTo("solve-both-sides");
    }

    @Test
    void theSkillJustPractisedWaitsWhileAnotherNeedsWork() {
        know("solve-both-sides", 0.1, "2026-11-30T09:00:00Z", 0);
        know("solve-one-step", 0.6, "2026-11-30T09:00:00Z", 0);
        know("solve-two-step", 0.6, "2026-11-30T09:00:00Z", 0);
        know("solve-brackets", 0.6, "2026-11-30T09:00:00Z", 0);
        NextProblem.Pick p = pick(Optional.of(problem("le-03")), 1).orElseThrow();
        assertThat(p.skill()).isNotEqualTo("solve-both-sides");
    }

    @Test
    void aSkillThatNeedsMorePracticeThanThePackHoldsGetsAGeneratedProblem() {
        know("solve-one-step", 0.4, "2026-11-30T09:00:00Z", 0);
        for (String s : new String[]{"solve-two-step", "solve-both-sides", "solve-brackets"})
            know(s, 0.99, "2026-11-30T09:00:00Z", 0);
        progress.put("le-01", new ProblemProgress(1, 1, 0, 0)); // its only problem is done
        NextProblem.Pick p = pick(Optional.empty(), 0).orElseThrow();
        assertThat(p.skill()).isEqualTo("solve-one-step");
        assertThat(p.generate()).isTrue();
        assertThat(p.problem().id()).isEqualTo("le-01");
    }

    @Test
    void theNextProblemForASkillIsNearTheStudentsLevel() {
        for (String s : new String[]{"solve-one-step", "solve-both-sides", "solve-brackets"})
            know(s, 0.99, "2026-11-30T09:00:00Z", 0);
        know("solve-two-step", 0.5, "2026-11-30T09:00:00Z", 0);
        progress.put("le-02", new ProblemProgress(1, 1, 0, 0));
        NextProblem.Pick p = pick(Optional.of(problem("le-02")), 0).orElseThrow();
        assertThat(p.problem().id()).isIn("le-05", "le-06");
    }

    @Test
    void aMasteredSkillComesBackForReviewWhenItIsDue() {
        know("solve-one-step", 0.98, "2026-11-28T09:00:00Z", 0); // two days ago; first review is due after one
        know("solve-two-step", 0.3, "2026-11-30T09:00:00Z", 0);
        assertThat(pick(Optional.empty(), 0).orElseThrow().reason()).isEqualTo(NextProblem.Reason.PRACTICE);
        NextProblem.Pick review = pick(Optional.empty(), 2).orElseThrow();
        assertThat(review.reason()).isEqualTo(NextProblem.Reason.REVIEW);
        assertThat(review.skill()).isEqualTo("solve-one-step");
    }

    @Test
    void aReviewIsNotDueBeforeItsInterval() {
        know("solve-one-step", 0.98, "2026-11-27T12:00:00Z", 2); // 2 reviews: next after 4 days
        know("solve-two-step", 0.3, "2026-11-30T09:00:00Z", 0);
        assertThat(pick(Optional.empty(), 2).orElseThrow().reason()).isEqualTo(NextProblem.Reason.PRACTICE);
        assertThat(NextProblem.reviewInterval(2)).hasDays(4);
    }
}
