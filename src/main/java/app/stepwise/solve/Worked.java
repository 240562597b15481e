package app.stepwise.solve;

import app.stepwise.lesson.Problem.Given;
import app.stepwise.lesson.Task;
import java.util.List;
import java.util.Map;

/**
 * A generated (or pack) problem and its worked solution.
 *
 * @param task      solve, simplify, expand, factor, evaluate, differentiate, system or physics
 * @param start     the line the working starts from (the equation, expression, or for physics the unknown's symbol)
 * @param answer    the final answer as a student writes it: {@code x = 5}, {@code 12 m/s}
 * @param answerKind how the answer is judged: equation, set, expression, numeric, quantity
 * @param checkValue for physics, the answer in SI computed by plain arithmetic, independent of the steps
 */
public record Worked(String family, String statement, Task task, String start, List<Given> givens, List<Step> steps,
        String answer, String answerKind, List<String> skills, Map<String, String> params, int wording, double checkValue) {
    public Worked {
        givens = List.copyOf(givens);
        steps = List.copyOf(steps);
        skills = List.copyOf(skills);
        params = Map.copyOf(params);
    }

    public List<String> mathLines() {
        return steps.stream().map(Step::math).toList();
    }

    /** The letter(s) the problem asks for: the solved-for letter, the new subject, the variable, or the physics symbol. */
    public String unknown() {
        return Surface.unknown(this);
    }
}
