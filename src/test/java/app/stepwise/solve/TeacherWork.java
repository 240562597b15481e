package app.stepwise.solve;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.Task;
import java.util.List;

/** The general solver's worked solution of one start, checked by the verifier, for tests of the teacher's steps. */
final class TeacherWork {
    private TeacherWork() {}

    static Worked solve(Task task, String start, String unknown) {
        Worked w = GeneralSolver.solve(new GeneralSolver.Request(task, start, unknown), start).orElseThrow();
        assertThat(Verifier.check(w)).as(start).isEmpty();
        return w;
    }

    static List<String> maths(Worked w) {
        return w.steps().stream().map(Step::math).toList();
    }
}
