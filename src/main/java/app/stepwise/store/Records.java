package app.stepwise.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rows the progress store keeps. Every row carries a globally unique id ({@code uid}) and names its student by
 * the profile's uid, so results files from several machines merge without duplicates.
 */
public final class Records {
    private Records() {}

    static String newUid() {
        return UUID.randomUUID().toString();
    }

    static String now() {
        return Instant.now().toString();
    }

    /** A student on this machine (origin "local") or from an imported results file (origin = that machine's id). */
    public record Profile(String uid, String name, boolean hasPicture, String created, String origin) {
        public boolean local() {
            return LOCAL.equals(origin);
        }
    }

    /** The origin of profiles made on this machine. */
    public static final String LOCAL = "local";

    /** A practice session: a student signed in, from start to end (empty while it lasts). */
    public record Session(String uid, String profile, String started, Optional<String> ended) {}

    /** One checked line of the student's working. */
    public record WorkLine(int line, String text, String mark, String message, String misconception) {}

    /**
     * One answer the student submitted: what was typed, the verdict, how long it took (seconds since the problem was
     * opened or since the previous attempt), the first misconception named in the working, the working's marks.
     *
     * @param first     whether this was the student's first attempt at this problem (what mastery learns from)
     * @param generated whether the problem was generated ("another like this") rather than taken from the pack
     */
    public record Attempt(String uid, String profile, String session, String at, String pack, String problem,
            List<String> skills, String answer, boolean correct, boolean partial, String test, double seconds,
            String misconception, boolean first, boolean generated, List<WorkLine> lines) {
        public Attempt {
            skills = List.copyOf(skills);
            lines = List.copyOf(lines);
        }

        /** A new attempt made now. */
        public static Attempt now(String profile, String session, String pack, String problem, List<String> skills,
                String answer, boolean correct, boolean partial, String test, double seconds, String misconception,
                boolean first, boolean generated, List<WorkLine> lines) {
            return new Attempt(newUid(), profile, session, Records.now(), pack, problem, skills, answer, correct, partial, test,
                    seconds, misconception, first, generated, lines);
        }
    }

    /** A hint that was shown: its level (3 = the bottom-out step), its source, whether it was verified, how long it took. */
    public record Hint(String uid, String profile, String session, String at, String pack, String problem, int level,
            String source, boolean verified, long ms) {
        public static Hint now(String profile, String session, String pack, String problem, int level, String source,
                boolean verified, long ms) {
            return new Hint(newUid(), profile, session, Records.now(), pack, problem, level, source, verified, ms);
        }
    }

    /** A worked solution the student opened. */
    public record Solution(String uid, String profile, String session, String at, String pack, String problem) {
        public static Solution now(String profile, String session, String pack, String problem) {
            return new Solution(newUid(), profile, session, Records.now(), pack, problem);
        }
    }

    /** The mastery of one skill for one student: probability known (BKT), opportunities, and the review schedule. */
    public record SkillState(String profile, String skill, double pKnown, int opportunities, int correct, String lastAt,
            Optional<String> masteredAt, int reviews) {}

    /** Work in progress on one problem, kept so a student can come back to it. */
    public record SavedWork(String work, String answer, String savedAt) {}

    /** How much one profile answered: answers, the problems they were on, and when the last was (empty when none). */
    public record PracticeCount(int answers, int problems, String lastAt) {}

    /** Per-problem progress for one student: attempts, correct attempts, hints and the deepest hint level. */
    public record ProblemProgress(int attempts, int correctAttempts, int hintsUsed, int deepestHintLevel) {
        static final ProblemProgress NONE = new ProblemProgress(0, 0, 0, 0);

        public boolean solved() {
            return correctAttempts > 0;
        }
    }

    /**
     * What a class report is made of, computed by SQL over the whole store (this machine's students and the imported
     * ones): per-student totals, misconception counts and the list of events, never every stored row and working line.
     *
     * @param skills every skill named by a mastery state or an attempt, in id order
     * @param events answers, hints and solutions shown, each kind in time order (answers first, then hints, then
     *               solutions)
     */
    public record ClassTotals(String machine, List<Profile> profiles, List<String> skills, List<SkillState> mastery,
            List<MisconceptionCount> misconceptions, List<StudentTotals> students, List<Event> events) {
        public ClassTotals {
            profiles = List.copyOf(profiles);
            skills = List.copyOf(skills);
            mastery = List.copyOf(mastery);
            misconceptions = List.copyOf(misconceptions);
            students = List.copyOf(students);
            events = List.copyOf(events);
        }
    }

    /**
     * How often a misconception was named on a problem, counted once per go at it (a student's answers to it in one
     * session, in an answer or any line of its working: a Check repeated on the same mistake is not another), and in how
     * many students.
     */
    public record MisconceptionCount(String pack, String problem, String misconception, int times, int students) {}

    /**
     * One student's totals.
     *
     * @param activeDays     days (UTC) with at least one answer
     * @param first          the time of the first answer, empty when none
     * @param problemsTried  problems answered, hinted or whose solution was shown
     * @param problemsHelped problems with a hint or a solution shown
     * @param bottomOutHints hints of level 3 or more (the step itself)
     */
    public record StudentTotals(String profile, int sessions, int attempts, double seconds, int activeDays, String first,
            String last, int firstAttempts, int rightFirstAttempts, int problemsTried, int problemsHelped, int hints,
            int bottomOutHints, int solutions) {
        public static StudentTotals none(String profile) {
            return new StudentTotals(profile, 0, 0, 0, 0, "", "", 0, 0, 0, 0, 0, 0, 0);
        }
    }

    /** What happened in one event of a student's timeline. */
    public enum EventKind {
        ANSWER,
        HINT,
        SOLUTION
    }

    /** One event of a student's timeline: an answer (with its verdict), a hint (level, source) or a solution shown. */
    public record Event(String profile, String at, String pack, String problem, EventKind kind, boolean correct,
            boolean partial, int level, String source) {}

    /** Everything the store holds about some students: what a results file carries and what reports read. */
    public record Dataset(String machine, List<Profile> profiles, List<Session> sessions, List<Attempt> attempts,
            List<Hint> hints, List<Solution> solutions, List<SkillState> mastery) {
        public Dataset {
            profiles = List.copyOf(profiles);
            sessions = List.copyOf(sessions);
            attempts = List.copyOf(attempts);
            hints = List.copyOf(hints);
            solutions = List.copyOf(solutions);
            mastery = List.copyOf(mastery);
        }

        public int rows() {
            return profiles.size() + sessions.size() + attempts.size() + hints.size() + solutions.size() + mastery.size();
        }
    }
}
