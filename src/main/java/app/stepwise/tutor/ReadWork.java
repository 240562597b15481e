package app.stepwise.tutor;

import app.stepwise.grade.AnswerChecker;
import app.stepwise.lesson.Problem;
import app.stepwise.lesson.Task;
import app.stepwise.solve.Worked;
import java.util.Optional;

/**
 * A pack problem written with a statement and an answer only (a teacher's first pack from the editor, a stranger's
 * pack) gets its working from the verified problem reader, as a problem typed in by the student would: its task and
 * start, and for physics its givens and solver. Only where the reading's own answer is the one the pack expects, so a
 * misreading can never change what is checked. A problem that states its working, or names a solver, is left as it is.
 */
public final class ReadWork {
    private ReadWork() {}

    public static Problem complete(Problem p) {
        if (p.work().isPresent() || p.solver().isPresent()) return p;
        Optional<ProblemReader.Reading> read;
        try {
            read = ProblemReader.read(p.statement());
        } catch (RuntimeException e) {
            return p;
        }
        if (read.isEmpty()) return p;
        Worked w = read.get().worked();
        try {
            if (!AnswerChecker.check(p.answer(), w.answer()).correct()) return p; // the reading asks another problem
        } catch (RuntimeException e) {
            return p;
        }
        boolean physics = w.task() == Task.PHYSICS;
        return new Problem(p.id(), p.statement(), p.skills(), p.difficulty(), p.answer(),
                Optional.of(new Problem.Work(w.task(), w.start())), physics && p.givens().isEmpty() ? w.givens() : p.givens(),
                p.hints(), p.solution(), TypedProblem.solverOf(w), p.image());
    }
}
