package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.classroom.Bkt;
import app.stepwise.classroom.Classroom.SkillProgress;
import app.stepwise.lesson.LessonPack;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A skill bar shows evidence, not the knowledge-tracing prior: a new student's bars are empty and say "not started";
 * from the first answer of a skill on, the bar shows the traced probability.
 */
class SkillBarTest {
    private final TestApp test = new TestApp();
    private final LessonPack linear = TestApp.bundled("linear-equations.json");

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void aSkillWithNoAnswerYetIsNotStartedAndEmptyWhateverThePrior() {
        SkillBar bar = SkillBar.of(new SkillProgress("solve", "Solve", Bkt.DEFAULT.init(), false, 0), Texts.of("en"));
        assertThat(bar.started()).isFalse();
        assertThat(bar.fill()).isZero();
        assertThat(bar.label()).isEqualTo("not started yet").doesNotContain("%");
        assertThat(SkillBar.of(new SkillProgress("solve", "Solve", 0.25, false, 0), Texts.of("es")).label())
                .isEqualTo("aún sin empezar");
    }

    @Test
    void aSkillWithAnswersShowsItsTracedProbability() {
        SkillBar one = SkillBar.of(new SkillProgress("solve", "Solve", 0.66, false, 1), Texts.of("en"));
        assertThat(one.started()).isTrue();
        assertThat(one.fill()).isEqualTo(0.66);
        assertThat(one.label()).isEqualTo("66 %");
        SkillBar mastered = SkillBar.of(new SkillProgress("solve", "Solve", 0.97, true, 6), Texts.of("en"));
        assertThat(mastered.mastered()).isTrue();
        assertThat(mastered.label()).isEqualTo("97 % ✓ mastered");
    }

    @Test
    void aNewStudentLooksNotStartedInEverySkillAndTheFirstAnswerStartsOne() {
        var classroom = test.tutor.classroom();
        var student = classroom.createStudent("Ama", Optional.empty());
        classroom.signIn(student, "");
        assertThat(classroom.progress(linear)).isNotEmpty()
                .allSatisfy(p -> assertThat(SkillBar.of(p, Texts.of("en")).started()).as(p.skill()).isFalse())
                .allSatisfy(p -> assertThat(SkillBar.of(p, Texts.of("en")).fill()).isZero());

        ProblemViewModel vm = new ProblemViewModel(linear, 0, test.app(), test.navigator);
        vm.answerProperty().set("x = 5"); // x + 7 = 12
        vm.check();
        String skill = linear.problems().get(0).skills().get(0);
        SkillBar practised = classroom.progress(linear).stream().filter(p -> p.skill().equals(skill))
                .map(p -> SkillBar.of(p, Texts.of("en"))).findFirst().orElseThrow();
        assertThat(practised.started()).isTrue();
        assertThat(practised.fill()).isGreaterThan(Bkt.DEFAULT.init());
        assertThat(practised.label()).endsWith("%");
    }
}
