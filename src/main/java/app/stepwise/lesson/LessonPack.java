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
        List<Problem> problems,
        String description,
        Optional<TeacherSettings> teacher) {

    public LessonPack {
        authors = List.copyOf(authors);
        skills = List.copyOf(skills);
        problems = List.copyOf(problems);
        description = description == null ? "" : description;
        teacher = teacher == null ? Optional.empty() : teacher;
    }

    /** A pack without a description or teacher defaults. */
    public LessonPack(int schemaVersion, String id, String title, Subject subject, String level, List<String> authors,
            String version, String language, List<Skill> skills, List<Problem> problems) {
        this(schemaVersion, id, title, subject, level, authors, version, language, skills, problems, "", Optional.empty());
    }

    /** The same pack with other problems (the editor's copy-on-change). */
    public LessonPack withProblems(List<Problem> newProblems) {
        return new LessonPack(schemaVersion, id, title, subject, level, authors, version, language, skills, newProblems,
                description, teacher);
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
    public record Skill(String id, String title, String description, Optional<MasteryParams> mastery) {
        public Skill {
            description = description == null ? "" : description;
            mastery = mastery == null ? Optional.empty() : mastery;
        }

        public Skill(String id, String title, String description) {
            this(id, title, description, Optional.empty());
        }

        public Skill(String id, String title) {
            this(id, title, "", Optional.empty());
        }
    }

    /**
     * Bayesian Knowledge Tracing parameters a pack may set (for all its skills or per skill): probability known at the
     * start, learnt per opportunity, slip, guess.
     */
    public record MasteryParams(double init, double learn, double slip, double guess) {}
}
