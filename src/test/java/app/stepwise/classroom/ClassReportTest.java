package app.stepwise.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.store.ProgressStore;
import app.stepwise.store.Records.Attempt;
import app.stepwise.store.Records.Hint;
import app.stepwise.store.Records.Profile;
import app.stepwise.store.Records.Session;
import app.stepwise.store.Records.SkillState;
import app.stepwise.store.Records.Solution;
import app.stepwise.store.Records.WorkLine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The class report is added up by SQL in the store ({@code ProgressStore.classTotals}); it must say exactly what
 * counting every stored row in Java says ({@link ClassReportOracle}), for a class of this laptop's students, an
 * imported laptop's, and a guest who is never shown.
 */
class ClassReportTest {
    private static final String[] SKILLS = {"solve-one-step", "solve-two-step", "expand", "factor"};
    private static final String[] MISCONCEPTIONS = {"", "", "", "sign error", "bracket: first term only", " ", "\t"};
    private static final String[] PACKS = {"linear", "quadratics"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void theStoresSqlTotalsGiveTheSameReportAsCountingEveryRow(long seed, @TempDir Path tmp) {
        SplittableRandom r = new SplittableRandom(seed);
        try (ProgressStore laptop = ProgressStore.open(tmp.resolve("laptop.db"));
                ProgressStore teacher = ProgressStore.open(tmp.resolve("teacher.db"))) {
            fill(laptop, r, 4);
            fill(teacher, r, 3);
            laptop.flush();
            teacher.importDataset(laptop.localDataset(), "sha-of-laptop");
            teacher.flush();
            Map<String, String> titles = Map.of("expand", "Expanding brackets");

            ClassReport fast = ClassReport.of(teacher.classTotals(), titles);
            ClassReport slow = ClassReportOracle.of(teacher.dataset(), titles);

            assertThat(fast.students()).hasSize(7).isEqualTo(slow.students());
            assertThat(fast.students()).extracting(ClassReport.StudentRow::origin).contains("this computer")
                    .anyMatch(o -> o.startsWith("computer "));
            assertThat(fast.skills()).isEqualTo(slow.skills()).contains(new ClassReport.SkillRow("expand", "Expanding brackets"))
                    .as("a skill no pack here names is read from its id, not shown raw (review20)")
                    .contains(new ClassReport.SkillRow("solve-one-step", "Solve one step"));
            assertThat(fast.mastery()).isEqualTo(slow.mastery()).isNotEmpty();
            assertThat(fast.misconceptions()).isEqualTo(slow.misconceptions()).isNotEmpty();
            assertThat(fast.hintDependence()).isEqualTo(slow.hintDependence());
            assertThat(fast.time()).isEqualTo(slow.time());
            assertThat(fast.timeline()).isEqualTo(slow.timeline());
            assertThat(fast.timeline()).noneMatch(t -> t.student().equals("guest"));
            assertThat(fast.misconceptions()).noneMatch(m -> m.misconception().isBlank());
        }
    }

    /** Students with sessions, answers (misconceptions in answers and lines), hints, solutions and mastery; and a guest. */
    private static void fill(ProgressStore store, SplittableRandom r, int students) {
        List<String> who = new ArrayList<>();
        for (int i = 0; i < students; i++) {
            Profile p = store.createProfile("Student " + UUID.randomUUID().toString().substring(0, 6), Optional.empty());
            who.add(p.uid());
            for (int s = 0; s < r.nextInt(3); s++) {
                Session session = store.startSession(p.uid());
                if (r.nextBoolean()) store.endSession(session);
            }
        }
        who.add("guest"); // no profile: recorded, never reported
        for (String p : who) {
            int answers = r.nextInt(25);
            for (int a = 0; a < answers; a++) {
                String pack = PACKS[r.nextInt(PACKS.length)];
                String problem = "q" + r.nextInt(6);
                List<WorkLine> lines = new ArrayList<>();
                for (int l = 1; l <= r.nextInt(4); l++)
                    lines.add(new WorkLine(l, "line " + l, "valid", "", MISCONCEPTIONS[r.nextInt(MISCONCEPTIONS.length)]));
                List<String> skills = r.nextInt(5) == 0 ? List.of() : List.of(SKILLS[r.nextInt(SKILLS.length)]);
                boolean correct = r.nextBoolean();
                // a few sessions: a misconception counts once per go at a problem, one student's answers in one session
                store.attempt(new Attempt(UUID.randomUUID().toString(), p, "s" + r.nextInt(3), at(r), pack, problem, skills,
                        "x = 1", correct,
                        !correct && r.nextBoolean(), "equation", r.nextInt(400) / 4.0,
                        MISCONCEPTIONS[r.nextInt(MISCONCEPTIONS.length)],
                        r.nextBoolean(), r.nextInt(4) == 0, lines));
            }
            for (int h = 0; h < r.nextInt(8); h++)
                store.hint(
                        new Hint(UUID.randomUUID().toString(), p, "", at(r), PACKS[r.nextInt(PACKS.length)], "q" + r.nextInt(8),
                                1 + r.nextInt(3), r.nextBoolean() ? "solver" : "model", true, r.nextInt(900)));
            for (int s = 0; s < r.nextInt(3); s++)
                store.solution(new Solution(UUID.randomUUID().toString(), p, "", at(r), PACKS[r.nextInt(PACKS.length)],
                        "q" + r.nextInt(8)));
            if (!p.equals("guest"))
                for (String skill : SKILLS)
                    if (r.nextBoolean())
                        store.mastery(new SkillState(p, skill, r.nextInt(101) / 100.0, r.nextInt(20), r.nextInt(10), at(r),
                                Optional.empty(), 0));
        }
    }

    /** A time on one of a few days, coarse enough that answers, hints and solutions share some times. */
    private static String at(SplittableRandom r) {
        return String.format("2026-11-%02dT%02d:%02d:00Z", 20 + r.nextInt(4), 8 + r.nextInt(3), r.nextInt(4) * 15);
    }
}
