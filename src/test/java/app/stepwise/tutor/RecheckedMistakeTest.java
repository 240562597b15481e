package app.stepwise.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.app.Packs;
import app.stepwise.classroom.Classroom;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Problem;
import app.stepwise.store.Records.MisconceptionCount;
import app.stepwise.store.Records.SkillState;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A student who presses Check again on the same wrong working, or on working changed elsewhere, has made one mistake:
 * the class report counts it once for that go at the problem, in the real SQLite store, and mastery moves once
 * (gradefix25: the misconception was counted at every Check).
 */
class RecheckedMistakeTest {
    private static final LessonPack PACK = Packs.reader().read(Path.of("lessons/linear-equations.json")).pack().orElseThrow();
    private static final List<String> SIGN_KEPT = List.of("3x = 20 + 5", "3x = 25", "x = 25/3");

    @Test
    void checkingTheSameWrongWorkingAgainCountsItsMisconceptionOnce(@TempDir Path tmp) {
        Problem p = PACK.problem("le-02").orElseThrow();
        try (Tutor tutor = Tutor.withProgressFile(tmp.resolve("progress.db"))) {
            Classroom c = tutor.classroom();
            assertThat(c.signIn(c.createStudent("Ana", Optional.empty()), "")).isTrue();
            tutor.opened(PACK, p);
            Checking.Result first = tutor.check(PACK.id(), p, "x = 25/3", SIGN_KEPT, List.of());
            assertThat(first.lines()).anySatisfy(l -> assertThat(l.misconception()).isPresent());
            tutor.check(PACK.id(), p, "x = 25/3", SIGN_KEPT, List.of()); // unchanged
            tutor.check(PACK.id(), p, "x=25/3", List.of("3x = 20 + 5", "3x = 25", "x = 8.33"), List.of()); // changed below it
            c.flush();

            List<MisconceptionCount> named = c.store().classTotals().misconceptions();
            assertThat(named).singleElement().satisfies(m -> {
                assertThat(m.problem()).isEqualTo("le-02");
                assertThat(m.misconception()).isEqualTo("sign error");
                assertThat(m.times()).as("one mistake, checked three times").isEqualTo(1);
                assertThat(m.students()).isEqualTo(1);
            });
            assertThat(c.store().mastery(c.profileId()).values()).extracting(SkillState::opportunities).containsExactly(1);
            assertThat(c.store().classTotals().students()).singleElement()
                    .satisfies(s -> assertThat(s.attempts()).as("every Check is still an answer").isEqualTo(3));
        }
    }

    @Test
    void anotherMistakeOnTheSameProblemIsCountedAsWell(@TempDir Path tmp) {
        Problem p = PACK.problem("le-04").orElseThrow(); // 4(x - 2) = 18
        try (Tutor tutor = Tutor.withProgressFile(tmp.resolve("progress.db"))) {
            Classroom c = tutor.classroom();
            assertThat(c.signIn(c.createStudent("Bo", Optional.empty()), "")).isTrue();
            tutor.opened(PACK, p);
            tutor.check(PACK.id(), p, "x = 5", List.of("4x - 2 = 18", "4x = 20", "x = 5"), List.of());
            tutor.check(PACK.id(), p, "x = 5", List.of("4x - 2 = 18", "4x = 20", "x = 5"), List.of());
            tutor.check(PACK.id(), p, "x = 26/4", List.of("4x - 8 = 18", "4x = 18 - 8"), List.of());
            c.flush();

            assertThat(c.store().classTotals().misconceptions()).extracting(MisconceptionCount::misconception,
                    MisconceptionCount::times).containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("bracket: first term only", 1),
                            org.assertj.core.groups.Tuple.tuple("sign error", 1));
        }
    }
}
