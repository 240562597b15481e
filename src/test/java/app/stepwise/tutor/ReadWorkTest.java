package app.stepwise.tutor;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.grade.WorkChecker;
import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.Problem;
import app.stepwise.lesson.Task;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A newcomer's first pack from the editor ("Solve $2x + 3 = 11$.", answer x = 4, no working) told students "Stepwise
 * can't check this kind of problem yet": such a problem now gets its working from the verified reader.
 */
class ReadWorkTest {

    private static Problem bare(String statement, AnswerSpec answer) {
        return new Problem("p1", statement, List.of(), 1, answer, Optional.empty(), List.of(), List.of(), List.of(),
                Optional.empty());
    }

    @Test
    void aProblemWithoutWorkingIsReadAndItsWorkingCheckedLineByLine() {
        Problem p = ReadWork.complete(bare("Solve $2x + 3 = 11$.", new AnswerSpec.Equation("x = 4")));
        assertThat(p.work()).contains(new Problem.Work(Task.SOLVE, "2x + 3 = 11"));
        assertThat(WorkChecker.checkable(p)).isTrue();
        ProblemContext ctx = ProblemContext.of(p); // the tutor's solvers work from the task and start
        assertThat(ctx.task()).contains(Task.SOLVE);
        assertThat(ctx.start()).contains("2x + 3 = 11");
    }

    @Test
    void aPhysicsProblemGetsItsGivensAndSolver() {
        Problem p = ReadWork.complete(bare("A 5 kg trolley accelerates at 2 m/s². What is the resultant force on it?",
                new AnswerSpec.Quantity("10 N", Optional.empty(), Optional.empty())));
        assertThat(p.work().map(Problem.Work::task)).contains(Task.PHYSICS);
        assertThat(p.givens()).extracting(Problem.Given::symbol).contains("m", "a");
        assertThat(p.solver()).isPresent();
    }

    @Test
    void aReadingThatDisagreesWithThePacksAnswerChangesNothing() {
        Problem wrongKey = bare("Solve $2x + 3 = 11$.", new AnswerSpec.Equation("x = 5"));
        assertThat(ReadWork.complete(wrongKey)).isSameAs(wrongKey);
        Problem unread = bare("Integrate 3x^2 dx.", new AnswerSpec.Expression("x^3", Optional.empty()));
        assertThat(ReadWork.complete(unread)).isSameAs(unread);
        Problem authored = new Problem("p2", "Solve $2x + 3 = 11$.", List.of(), 1, new AnswerSpec.Equation("x = 4"),
                Optional.of(new Problem.Work(Task.SOLVE, "2x = 8")), List.of(), List.of(), List.of(), Optional.empty());
        assertThat(ReadWork.complete(authored)).isSameAs(authored);
    }
}
