package app.stepwise.classroom;

import app.stepwise.store.Records.ClassTotals;
import app.stepwise.store.Records.Event;
import app.stepwise.store.Records.Profile;
import app.stepwise.store.Records.SkillState;
import app.stepwise.store.Records.StudentTotals;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a teacher sees about a class: the students of this machine plus those of imported results files. Each table
 * is a list of plain rows so the screen, the CSV export, the printable summary and {@code stepwise report --json}
 * show the same numbers.
 */
public record ClassReport(String made, List<StudentRow> students, List<SkillRow> skills, List<MasteryCell> mastery,
        List<MisconceptionRow> misconceptions, List<HintRow> hintDependence, List<TimeRow> time, List<TimelineRow> timeline) {

    /** A student of the class; {@code origin} is "this computer" or the machine a results file came from. */
    public record StudentRow(String id, String name, String origin) {}

    /** A skill, with its title when a pack on this machine names it. */
    public record SkillRow(String id, String title) {}

    /** One cell of the heat map: how likely the student knows the skill (BKT), and from how many first attempts. */
    public record MasteryCell(String student, String name, String skill, double pKnown, int opportunities, boolean mastered) {}

    /** A misconception the grading module named in the working or the answer of a problem, how often and in how many students. */
    public record MisconceptionRow(String pack, String problem, String misconception, int times, int students) {}

    /** How much a student leans on help. */
    public record HintRow(String student, String name, int problemsTried, int hints, int bottomOutHints, int solutionsShown,
            double hintsPerProblem, double helpedShare, double rightFirstTimeShare) {}

    /** Time on task: sessions, answers, minutes working (time between opening a problem and answering it). */
    public record TimeRow(String student, String name, int sessions, int attempts, double minutes, int activeDays, String first,
            String last) {}

    /** One event of a student's timeline. */
    public record TimelineRow(String student, String name, String at, String pack, String problem, String event, String result) {}

    /**
     * A skill with no title in the packs here (a typed-in problem's, or a pack's from another laptop) named from its
     * id, as a teacher reads it: "rearranging-formulas" is "Rearranging formulas".
     */
    public static String readableSkill(String id) {
        return app.stepwise.text.SkillNames.readable(id);
    }

    /**
     * The report of a class from the store's totals (this machine's students and every imported one).
     *
     * @param skillTitles skill id to title, from the packs on this machine (a missing title is read from the id:
     *     {@link #readableSkill})
     */
    public static ClassReport of(ClassTotals t, Map<String, String> skillTitles) {
        List<Profile> people = t.profiles().stream()
                .sorted(Comparator.comparing((Profile p) -> p.name().toLowerCase(Locale.ROOT)).thenComparing(Profile::uid))
                .toList();
        Map<String, String> names = new HashMap<>();
        List<StudentRow> students = new ArrayList<>();
        for (Profile p : people) {
            names.put(p.uid(), p.name());
            students.add(new StudentRow(p.uid(), p.name(), p.local() || p.origin().equals(t.machine())
                    ? "this computer"
                    : "computer " + p.origin().substring(0, Math.min(8, p.origin().length()))));
        }
        List<SkillRow> skills = t.skills().stream().map(s -> new SkillRow(s, skillTitles.getOrDefault(s, readableSkill(s))))
                .toList();

        Map<String, SkillState> state = new HashMap<>();
        t.mastery().forEach(m -> state.put(m.profile() + "\u0000" + m.skill(), m));
        List<MasteryCell> mastery = new ArrayList<>();
        for (Profile p : people) {
            for (SkillRow s : skills) {
                SkillState m = state.get(p.uid() + "\u0000" + s.id());
                if (m != null)
                    mastery.add(new MasteryCell(p.uid(), p.name(), s.id(), m.pKnown(), m.opportunities(),
                            m.pKnown() >= Bkt.MASTERED));
            }
        }
        Map<String, StudentTotals> totals = new HashMap<>();
        t.students().forEach(s -> totals.put(s.profile(), s));
        List<HintRow> hints = new ArrayList<>();
        List<TimeRow> time = new ArrayList<>();
        for (Profile p : people) {
            StudentTotals s = totals.getOrDefault(p.uid(), StudentTotals.none(p.uid()));
            int problems = s.problemsTried();
            hints.add(new HintRow(p.uid(), p.name(), problems, s.hints(), s.bottomOutHints(), s.solutions(),
                    problems == 0 ? 0 : round((double) s.hints() / problems, 2),
                    problems == 0 ? 0 : round((double) s.problemsHelped() / problems, 3),
                    s.firstAttempts() == 0 ? 0 : round((double) s.rightFirstAttempts() / s.firstAttempts(), 3)));
            time.add(new TimeRow(p.uid(), p.name(), s.sessions(), s.attempts(), round(s.seconds() / 60, 1), s.activeDays(),
                    s.first(), s.last()));
        }
        List<MisconceptionRow> misconceptions = t.misconceptions().stream()
                .map(m -> new MisconceptionRow(m.pack(), m.problem(), m.misconception(), m.times(), m.students()))
                .sorted(Comparator.comparingInt(MisconceptionRow::times).reversed().thenComparing(MisconceptionRow::pack)
                        .thenComparing(MisconceptionRow::problem).thenComparing(MisconceptionRow::misconception))
                .toList();
        return new ClassReport(Instant.now().toString(), students, skills, mastery, misconceptions, hints, time,
                timeline(t.events(), names));
    }

    private static List<TimelineRow> timeline(List<Event> events, Map<String, String> names) {
        List<TimelineRow> out = new ArrayList<>(events.size());
        for (Event e : events) {
            String name = names.get(e.profile());
            if (name == null) continue;
            String result = switch (e.kind()) {
                case ANSWER -> e.correct() ? "right" : e.partial() ? "partly right" : "wrong";
                case HINT -> "level " + e.level() + " (" + e.source() + ")";
                case SOLUTION -> "";
            };
            String event = switch (e.kind()) {
                case ANSWER -> "answer";
                case HINT -> "hint";
                case SOLUTION -> "solution shown";
            };
            out.add(new TimelineRow(e.profile(), name, e.at(), e.pack(), e.problem(), event, result));
        }
        out.sort(Comparator.comparing(TimelineRow::name).thenComparing(TimelineRow::student).thenComparing(TimelineRow::at));
        return out;
    }

    private static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }

    /** The mastery of one student in one skill, if known. */
    public java.util.Optional<MasteryCell> cell(String student, String skill) {
        return mastery.stream().filter(c -> c.student().equals(student) && c.skill().equals(skill)).findFirst();
    }
}
