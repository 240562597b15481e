package app.stepwise.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.app.Packs;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Problem;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PracticeTest {

    @ParameterizedTest
    @CsvSource({"lessons/linear-equations.json, le-01", "lessons/linear-equations.json, le-02",
            "lessons/forces-and-motion.json, fm-02", "lessons/forces-and-motion.json, fm-04",
            "lessons/simultaneous-equations.json, sim-01", "lessons/simultaneous-equations.json, sim-09",
            "lessons/expanding-factorising.json, ef-18"})
    void anotherLikeThisIsAFreshVerifiedProblemOfTheSameFamilyAndDifficulty(String file, String id) {
        LessonPack pack = Packs.reader().read(Path.of(file)).pack().orElseThrow();
        Problem template = pack.problem(id).orElseThrow();
        assertThat(Practice.canMakeAnother(template)).isTrue();
        Set<String> statements = new HashSet<>();
        for (long seed = 1; seed <= 5; seed++) {
            Problem p = Practice.anotherLike(template, seed).orElseThrow();
            assertThat(p.id()).startsWith(Practice.GENERATED_PREFIX);
            assertThat(p.solver().orElseThrow().family()).isEqualTo(template.solver().orElseThrow().family());
            assertThat(p.skills()).isEqualTo(template.skills());
            assertThat(p.difficulty()).isEqualTo(template.difficulty());
            assertThat(p.statement()).isNotEqualTo(template.statement());
            // the student's working is checked on the new problem as on the template (a system's too)
            template.work().ifPresent(w -> assertThat(p.work().orElseThrow().task()).isEqualTo(w.task()));
            // the answer the generator computed is accepted by the problem's own answer test, and a wrong one is not
            Checking.Result right = Checking.check(p, p.answer().expected(), List.of(), List.of());
            assertThat(right.answer().orElseThrow().correct()).as(p.statement()).isTrue();
            // the worked solution verifies line by line against the new problem
            ProblemContext context = ProblemContext.of(p);
            assertThat(context.reference()).isNotEmpty();
            if (Checking.canCheckWork(p)) {
                Checking.Result work = Checking.check(p, "", context.referenceMath(), context.referenceMath());
                assertThat(work.firstError()).as(p.statement() + " " + context.referenceMath()).isEmpty();
            }
            statements.add(p.statement());
        }
        assertThat(statements).as("different seeds give different problems").hasSizeGreaterThan(2);
    }

    @ParameterizedTest
    @CsvSource({"le-03", "le-04"})
    void aProblemWithoutAGeneratorCannotMakeAnother(String id) {
        LessonPack pack = Packs.reader().read(Path.of("lessons/linear-equations.json")).pack().orElseThrow();
        Problem template = pack.problem(id).orElseThrow();
        assertThat(Practice.canMakeAnother(template)).isFalse();
        assertThat(Practice.anotherLike(template, 1)).isEmpty();
    }
}
