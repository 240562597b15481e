package app.stepwise.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.stepwise.app.Packs;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassroomTest {
    private static final LessonPack PACK = Packs.reader().read(Path.of("lessons/linear-equations.json")).pack().orElseThrow();

    private static Problem problem(String id) {
        return PACK.problem(id).orElseThrow();
    }

    private static Map<String, Double> known(Classroom c) {
        return c.progress(PACK).stream()
                .collect(Collectors.toMap(Classroom.SkillProgress::skill, Classroom.SkillProgress::pKnown));
    }

    private static void answer(Classroom c, String id, boolean correct) {
        c.recordAttempt(PACK.id(), problem(id), "x = 1", correct, false, "equation", List.of(), "", false);
    }

    @Test
    void onlyFirstAttemptsAndBottomOutHelpMoveMastery(@TempDir Path tmp) {
        try (Classroom c = Classroom.open(tmp.resolve("p.db"))) {
            Classroom.Student ana = c.createStudent("Ana", Optional.empty());
            assertThat(c.signIn(ana, "")).isTrue();
            c.opened(PACK, problem("le-01"));
            answer(c, "le-01", true); // 0.25 -> 0.66 (BktTest)
            answer(c, "le-01", true); // a second attempt is not a first attempt: no change
            c.recordHint(PACK.id(), problem("le-02"), 1, "model", true, 10); // a nudge is not the answer
            c.recordHint(PACK.id(), problem("le-02"), 3, "solver", true, 10); // bottom-out before answering: not known
            answer(c, "le-02", true); // no longer a first attempt
            c.recordSolution(PACK.id(), problem("le-04")); // solution before answering: not known
            Map<String, Double> k = known(c);
            assertThat(k.get("solve-one-step")).isCloseTo(0.66, within(1e-9));
            // 0.25·0.1 = 0.025; 0.75·0.8 = 0.6; 0.025/0.625 = 0.04; + 0.96·0.15 = 0.184
            assertThat(k.get("solve-two-step")).isCloseTo(0.184, within(1e-9));
            assertThat(k.get("solve-brackets")).isCloseTo(0.184, within(1e-9));
            assertThat(k.get("solve-both-sides")).isCloseTo(0.25, within(1e-9));
            Classroom.SessionSummary s = c.sessionSummary().orElseThrow();
            assertThat(s.problemsTried()).isEqualTo(2);
            assertThat(s.solved()).isEqualTo(2);
            assertThat(s.rightFirstTime()).isEqualTo(1);
            assertThat(s.hints()).isEqualTo(2);
            assertThat(s.solutionsShown()).isEqualTo(1);
        }
    }

    @Test
    void progressPersistsAcrossARestartAndIsPerStudent(@TempDir Path tmp) {
        Path db = tmp.resolve("p.db");
        try (Classroom c = Classroom.open(db)) {
            Classroom.Student ana = c.createStudent("Ana", Optional.of("cat sun"));
            c.createStudent("Bo", Optional.empty());
            c.signIn(ana, "cat sun");
            for (String id : List.of("le-01", "le-02", "le-05", "le-06")) answer(c, id, true);
            c.saveWork(PACK.id(), "le-03", "5x - 4 = 2x + 11\n3x - 4 = 11", "");
        }
        try (Classroom c = Classroom.open(db)) {
            assertThat(c.students()).extracting(Classroom.Student::name).containsExactly("Ana", "Bo");
            Classroom.Student ana = c.students().get(0);
            assertThat(c.signIn(ana, "sun cat")).as("wrong picture order").isFalse();
            assertThat(c.signIn(ana, "cat sun")).isTrue();
            assertThat(c.solved(PACK.id())).containsExactlyInAnyOrder("le-01", "le-02", "le-05", "le-06");
            assertThat(known(c).get("solve-two-step")).isCloseTo(0.982306, within(1e-6)); // three right first attempts
            assertThat(c.progress(PACK).stream().filter(Classroom.SkillProgress::mastered).map(Classroom.SkillProgress::skill))
                    .containsExactly("solve-two-step");
            assertThat(c.savedWork(PACK.id(), "le-03")).hasValueSatisfying(w -> assertThat(w.work()).endsWith("3x - 4 = 11"));
            c.signIn(c.students().get(1), "");
            assertThat(c.solved(PACK.id())).isEmpty();
            assertThat(c.savedWork(PACK.id(), "le-03")).isEmpty();
        }
    }

    @Test
    void masteryDrivesTheNextProblem(@TempDir Path tmp) {
        try (Classroom c = Classroom.open(tmp.resolve("p.db"))) {
            c.signIn(c.createStudent("Ana", Optional.empty()), "");
            NextProblem.Pick first = c.next(PACK, Optional.empty(), p -> p.solver().isPresent()).orElseThrow();
            assertThat(first.problem().id()).isEqualTo("le-01");
            answer(c, "le-01", true);
            NextProblem.Pick second = c.next(PACK, Optional.of(first.problem()), p -> p.solver().isPresent()).orElseThrow();
            assertThat(second.skill()).as("the never-practised skills (0.25) before one-step (0.66)")
                    .isNotEqualTo("solve-one-step");
            List<NextProblem.Pick> picks = new java.util.ArrayList<>(List.of(first, second));
            java.util.Set<String> solved = new java.util.HashSet<>(List.of("le-01"));
            Problem last = second.problem();
            answer(c, last.id(), false);
            for (int i = 0; i < 10; i++) {
                NextProblem.Pick p = c.next(PACK, Optional.of(last), q -> q.solver().isPresent()).orElseThrow();
                assertThat(p.generate() || !solved.contains(p.problem().id()))
                        .as("a solved pack problem is not given again: " + p)
                        .isTrue();
                picks.add(p);
                // a generated problem gets its own id, as Practice.anotherLike gives it
                last = p.generate()
                        ? new Problem("~" + p.problem().id() + "~" + i, p.problem().statement(), p.problem().skills(),
                                p.problem().difficulty(), p.problem().answer(), p.problem().work(), p.problem().givens(),
                                List.of(), List.of(),
                                p.problem().solver())
                        : p.problem();
                boolean right = i % 3 != 0;
                c.recordAttempt(PACK.id(), last, "x", right, false, "equation", List.of(), "", p.generate());
                if (right) solved.add(last.id());
            }
            assertThat(picks).as("once the pack's problems for a weak skill are used, fresh ones are generated")
                    .anyMatch(NextProblem.Pick::generate);
            assertThat(picks.stream().filter(NextProblem.Pick::generate)).allMatch(p -> p.problem().solver().isPresent());
        }
    }

    @Test
    void aPacksOwnMasteryParametersAreUsed(@TempDir Path tmp) throws Exception {
        Path pack = tmp.resolve("pack.json");
        Files.writeString(pack, """
                {"schemaVersion": 1, "id": "tiny", "title": "Tiny", "subject": "math",
                 "mastery": {"init": 0.5, "learn": 0.0, "slip": 0.2, "guess": 0.25},
                 "skills": [{"id": "add", "title": "Adding"},
                            {"id": "sub", "title": "Taking away", "mastery": {"init": 0.1}}],
                 "problems": [
                   {"id": "a1", "statement": "2 + 3", "skills": ["add"], "answer": {"kind": "numeric", "value": "5"}},
                   {"id": "s1", "statement": "5 - 3", "skills": ["sub"], "answer": {"kind": "numeric", "value": "2"}}]}
                """);
        var report = Packs.reader().read(pack);
        assertThat(report.problems()).isEmpty();
        LessonPack tiny = report.pack().orElseThrow();
        try (Classroom c = Classroom.open(tmp.resolve("p.db"))) {
            c.signIn(c.createStudent("Ana", Optional.empty()), "");
            c.opened(tiny, tiny.problems().get(0));
            c.recordAttempt("tiny", tiny.problems().get(0), "5", true, false, "numeric", List.of(), "", false);
            Map<String, Double> k = c.progress(tiny).stream()
                    .collect(Collectors.toMap(Classroom.SkillProgress::skill, Classroom.SkillProgress::pKnown));
            assertThat(k.get("add")).isCloseTo(0.761905, within(1e-6)); // BktTest row: 0.4 / 0.525
            assertThat(k.get("sub")).isCloseTo(0.1, within(1e-9)); // its own init; slip/guess/learn are the defaults
        }
    }

    @Test
    void aPackWithMasteryParametersOutOfRangeIsReported(@TempDir Path tmp) throws Exception {
        Path pack = tmp.resolve("pack.json");
        Files.writeString(pack, """
                {"schemaVersion": 1, "id": "tiny", "title": "Tiny", "subject": "math",
                 "skills": [{"id": "add", "title": "Adding", "mastery": {"slip": 0.7, "speed": 1}}],
                 "problems": [{"id": "a1", "statement": "2 + 3", "skills": ["add"], "answer": {"kind": "numeric", "value": "5"}}]}
                """);
        var problems = Packs.reader().read(pack).problems();
        assertThat(problems).extracting(p -> p.describe()).anyMatch(m -> m.contains("\"slip\" must be a number from 0 to 0.5"))
                .anyMatch(m -> m.contains("unknown field \"speed\""));
    }
}
