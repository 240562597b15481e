package app.stepwise.lesson;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One problem of a pack: what the student sees, how the answer is judged, and the help around it. */
public record Problem(
        String id,
        String statement,
        List<String> skills,
        int difficulty,
        AnswerSpec answer,
        Optional<Work> work,
        List<Given> givens,
        List<String> hints,
        List<SolutionStep> solution,
        Optional<SolverRef> solver,
        Optional<Image> image) {

    public Problem {
        image = image == null ? Optional.empty() : image;
        skills = List.copyOf(skills);
        givens = List.copyOf(givens);
        hints = List.copyOf(hints);
        solution = List.copyOf(solution);
    }

    /** A problem without a picture. */
    public Problem(String id, String statement, List<String> skills, int difficulty, AnswerSpec answer, Optional<Work> work,
            List<Given> givens, List<String> hints, List<SolutionStep> solution, Optional<SolverRef> solver) {
        this(id, statement, skills, difficulty, answer, work, givens, hints, solution, solver, Optional.empty());
    }

    /** The same problem with another id (imports that rename clashing ids). */
    public Problem withId(String newId) {
        return new Problem(newId, statement, skills, difficulty, answer, work, givens, hints, solution, solver, image);
    }

    /** The same problem practising other skills. */
    public Problem withSkills(List<String> newSkills) {
        return new Problem(id, statement, List.copyOf(newSkills), difficulty, answer, work, givens, hints, solution, solver,
                image);
    }

    /** The same problem with another picture, or none. */
    public Problem withImage(Optional<Image> newImage) {
        return new Problem(id, statement, skills, difficulty, answer, work, givens, hints, solution, solver, newImage);
    }

    /**
     * What the student's working starts from: the task (solve, simplify, …) and the starting line,
     * for example {@code solve} and {@code 3x + 5 = 20}. Physics problems start from their givens.
     */
    public record Work(Task task, String start) {}

    /** A named physics quantity that the problem gives, with its unit: {@code m = 2 kg}. */
    public record Given(String symbol, String value, String description) {}

    /** One step of an authored worked solution: a sentence and a math line. */
    public record SolutionStep(String text, String math) {}

    /** Which step-by-step solver family can solve this problem, and with what parameters. */
    public record SolverRef(String family, Map<String, String> params) {
        public SolverRef {
            params = Map.copyOf(params);
        }
    }

    /**
     * A picture shown under the statement: a file in the pack's own {@code images/} folder ({@code images/scale.png})
     * and the text a screen reader says instead of it. {@code folder} is the folder of the pack file the reference was
     * read from (not written to the file); {@link PackImage#load} reads the picture from there, checking it again.
     */
    public record Image(String file, String alt, Path folder) {}
}
