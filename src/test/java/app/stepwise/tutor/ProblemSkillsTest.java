package app.stepwise.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.app.Packs;
import app.stepwise.classroom.Classroom;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * review24: a teacher's own pack names no skill per problem, so nothing was tallied and the class report's Mastery tab
 * stayed empty. A problem that names no skill counts towards its solver family's skills; one that names its own keeps
 * them.
 */
class ProblemSkillsTest {
    @TempDir
    Path dir;

    /**
     * le-01 and le-02 of the bundled pack (x + 7 = 12 and 3x + 5 = 20, solvers linear-one-step and linear-two-step) as a
     * teacher's pack has them: no skills.
     */
    private static LessonPack teachersPack() {
        LessonPack bundled = Packs.reader().read(Path.of("lessons", "linear-equations.json")).pack().orElseThrow();
        List<Problem> two = bundled.problems().subList(0, 2).stream().map(p -> p.withSkills(List.of())).toList();
        return new LessonPack(bundled.schemaVersion(), "teachers-pack", "Mine", bundled.subject(), bundled.level(),
                bundled.authors(), bundled.version(), bundled.language(), List.of(), two, bundled.description(),
                bundled.teacher());
    }

    @Test
    void aProblemWithoutSkillsPractisesItsSolverFamilysSkills() {
        Problem p = teachersPack().problems().get(0);
        assertThat(p.skills()).isEmpty();
        assertThat(ProblemSkills.of(p)).isEqualTo(ProblemSkills.ofFamily("linear-one-step")).isNotEmpty();
    }

    @Test
    void aProblemsOwnSkillsComeFirstAndAnUnknownFamilyGivesNone() {
        Problem own = teachersPack().problems().get(0).withSkills(List.of("my-skill"));
        assertThat(ProblemSkills.of(own)).containsExactly("my-skill");
        Problem unknown = new Problem("q", "Solve $x = 1$.", List.of(), 1, own.answer(), Optional.empty(), List.of(),
                List.of(), List.of(), Optional.of(new Problem.SolverRef("no-such-family", Map.of())));
        assertThat(ProblemSkills.of(unknown)).isEmpty();
        assertThat(ProblemSkills.ofFamily("  linear-one-step ")).as("as typed in the editor").isNotEmpty();
    }

    @Test
    void anAnswerToSuchAProblemIsTalliedUnderTheFamilysSkills() {
        LessonPack pack = teachersPack();
        Problem p = pack.problems().get(0);
        try (Tutor tutor = Tutor.withProgressFile(dir.resolve("progress.db"))) {
            tutor.check(pack.id(), p, "x = 5", List.of(), List.of());
            tutor.classroom().flush();
            List<Classroom.SkillProgress> bars = tutor.skillProgress(pack);
            assertThat(bars).extracting(Classroom.SkillProgress::skill)
                    .containsExactlyElementsOf(ProblemSkills.ofFamily("linear-one-step"));
            assertThat(bars).allSatisfy(b -> assertThat(b.opportunities()).as(b.skill()).isEqualTo(1));
            assertThat(tutor.next(pack, Optional.of(p), q -> false)).as("practice picks le-02 for one of those skills")
                    .hasValueSatisfying(pick -> {
                        assertThat(pick.problem().id()).isEqualTo("le-02");
                        assertThat(ProblemSkills.ofFamily("linear-one-step")).contains(pick.skill());
                    });
        }
    }
}
