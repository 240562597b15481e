package app.stepwise.lesson;

import java.util.List;
import java.util.Optional;

/** A lesson pack: one topic or unit of problems that a teacher wrote and shares as one JSON file. */
public record LessonPack(
        int schemaVersion,
        String id,
        String title,
        Subject subject,
        String level,
        List<String> authors,
        String version,
        String language,
        List<Skill> skills,
        List<Problem> problems) {

    public LessonPack {
        authors = List.copyOf(authors);
        skills = List.copyOf(skills);
        problems = List.copyOf(problems);
    }

    public Optional<Problem> problem(String problemId) {
        return problems.stream().filter(p -> p.id().equals(problemId)).findFirst();
    }

    /** The subject a pack belongs to. */
    public enum Subject {
        MATH,
        PHYSICS
    }

    /**
     * A skill that problems practise; mastery is tracked per skill, with the pack's own knowledge-tracing parameters
     * when it sets them.
     */
    public record Skill(String id, String title, Optional<MasteryParams> mastery) {
        public Skill(String id, String title) {
            this(id, title, Optional.empty());
        }
    }

    /**
     * Bayesian Knowledge Tracing parameters a pack may set (for all its skills or per skill): probability known at the
     * start, learnt per opportunity, slip, guess.
     */
    public record MasteryParams(double init, double learn, double slip, double guess) {}
}
