package app.stepwise.classroom;

import app.stepwise.classroom.ClassReport.HintRow;
import app.stepwise.classroom.ClassReport.MasteryCell;
import app.stepwise.classroom.ClassReport.MisconceptionRow;
import app.stepwise.classroom.ClassReport.SkillRow;
import app.stepwise.classroom.ClassReport.StudentRow;
import app.stepwise.classroom.ClassReport.TimeRow;
import app.stepwise.classroom.ClassReport.TimelineRow;
import app.stepwise.store.Records.Attempt;
import app.stepwise.store.Records.Dataset;
import app.stepwise.store.Records.Hint;
import app.stepwise.store.Records.Profile;
import app.stepwise.store.Records.Session;
import app.stepwise.store.Records.SkillState;
import app.stepwise.store.Records.Solution;
import app.stepwise.store.Records.WorkLine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The class report counted the slow, obvious way: every row of every dataset loaded into memory and added up in Java
 * (what the report did before it was computed by SQL). {@link ClassReportTest} checks the store's SQL totals give the
 * same report.
 */
final class ClassReportOracle {
    private ClassReportOracle() {}

    /** Everything in several datasets, each row once (rows are matched by uid; a skill's newest mastery state wins). */
    public static Dataset merge(List<Dataset> sets) {
        Map<String, Profile> profiles = new LinkedHashMap<>();
        Map<String, Session> sessions = new LinkedHashMap<>();
        Map<String, Attempt> attempts = new LinkedHashMap<>();
        Map<String, Hint> hints = new LinkedHashMap<>();
        Map<String, Solution> solutions = new LinkedHashMap<>();
        Map<String, SkillState> mastery = new LinkedHashMap<>();
        for (Dataset d : sets) {
            d.profiles().forEach(p -> profiles.putIfAbsent(p.uid(), p));
            d.sessions().forEach(s -> sessions.putIfAbsent(s.uid(), s));
            d.attempts().forEach(a -> attempts.putIfAbsent(a.uid(), a));
            d.hints().forEach(h -> hints.putIfAbsent(h.uid(), h));
            d.solutions().forEach(s -> solutions.putIfAbsent(s.uid(), s));
            d.mastery().forEach(m -> mastery.merge(m.profile() + "\u0000" + m.skill(), m,
                    (a, b) -> b.lastAt().compareTo(a.lastAt()) > 0 ? b : a));
        }
        String machine = sets.isEmpty() ? "" : sets.get(0).machine();
        return new Dataset(machine, List.copyOf(profiles.values()), List.copyOf(sessions.values()),
                List.copyOf(attempts.values()),
                List.copyOf(hints.values()), List.copyOf(solutions.values()), List.copyOf(mastery.values()));
    }

    /**
     * The report of a class.
     *
     * @param skillTitles skill id to title, from the packs on this machine (ids stand in for missing titles)
     */
    public static ClassReport of(Dataset d, Map<String, String> skillTitles) {
        List<Profile> people = d.profiles().stream()
                .sorted(Comparator.comparing((Profile p) -> p.name().toLowerCase(Locale.ROOT)).thenComparing(Profile::uid))
                .toList();
        Map<String, String> names = new HashMap<>();
        List<StudentRow> students = new ArrayList<>();
        for (Profile p : people) {
            names.put(p.uid(), p.name());
            students.add(new ClassReport.StudentRow(p.uid(), p.name(), p.local() || p.origin().equals(d.machine())
                    ? "this computer"
                    : "computer " + p.origin().substring(0, Math.min(8, p.origin().length()))));
        }
        Set<String> skillIds = new TreeSet<>();
        d.mastery().forEach(m -> skillIds.add(m.skill()));
        d.attempts().forEach(a -> skillIds.addAll(a.skills()));
        List<SkillRow> skills = skillIds.stream()
                .map(s -> new ClassReport.SkillRow(s, skillTitles.getOrDefault(s, ClassReport.readableSkill(s)))).toList();

        Map<String, SkillState> state = new HashMap<>();
        d.mastery().forEach(m -> state.put(m.profile() + "\u0000" + m.skill(), m));
        List<MasteryCell> mastery = new ArrayList<>();
        for (Profile p : people) {
            for (SkillRow s : skills) {
                SkillState m = state.get(p.uid() + "\u0000" + s.id());
                if (m != null)
                    mastery.add(new MasteryCell(p.uid(), p.name(), s.id(), m.pKnown(), m.opportunities(),
                            m.pKnown() >= Bkt.MASTERED));
            }
        }
        return new ClassReport("", students, skills, mastery, misconceptions(d, names.keySet()),
                hintDependence(d, people), time(d, people), timeline(d, names));
    }

    private static List<MisconceptionRow> misconceptions(Dataset d, Set<String> known) {
        record Key(String pack, String problem, String misconception) {}
        record Go(String profile, String session, Key key) {}
        Map<Key, Integer> times = new HashMap<>();
        Map<Key, Set<String>> who = new HashMap<>();
        Set<Go> counted = new HashSet<>();
        for (Attempt a : d.attempts()) {
            if (!known.contains(a.profile())) continue;
            Set<String> named = new LinkedHashSet<>();
            if (!a.misconception().isBlank()) named.add(a.misconception());
            for (WorkLine l : a.lines()) if (!l.misconception().isBlank()) named.add(l.misconception());
            for (String m : named) { // once per go at the problem (a session), however many answers and lines show it
                Key k = new Key(a.pack(), a.problem(), m);
                if (!counted.add(new Go(a.profile(), a.session(), k))) continue;
                times.merge(k, 1, Integer::sum);
                who.computeIfAbsent(k, x -> new HashSet<>()).add(a.profile());
            }
        }
        return times.entrySet().stream()
                .map(e -> new MisconceptionRow(e.getKey().pack(), e.getKey().problem(), e.getKey().misconception(), e.getValue(),
                        who.get(e.getKey()).size()))
                .sorted(Comparator.comparingInt(MisconceptionRow::times).reversed().thenComparing(MisconceptionRow::pack)
                        .thenComparing(MisconceptionRow::problem).thenComparing(MisconceptionRow::misconception))
                .toList();
    }

    private static List<HintRow> hintDependence(Dataset d, List<Profile> people) {
        Map<String, Set<String>> tried = new HashMap<>();
        Map<String, Set<String>> helped = new HashMap<>();
        Map<String, int[]> firsts = new HashMap<>(); // [first attempts, right ones]
        Map<String, int[]> hintCounts = new HashMap<>(); // [hints, bottom-out]
        Map<String, Integer> solutions = new HashMap<>();
        for (Attempt a : d.attempts()) {
            tried.computeIfAbsent(a.profile(), k -> new HashSet<>()).add(a.pack() + "/" + a.problem());
            if (a.first()) {
                int[] f = firsts.computeIfAbsent(a.profile(), k -> new int[2]);
                f[0]++;
                if (a.correct()) f[1]++;
            }
        }
        for (Hint h : d.hints()) {
            int[] c = hintCounts.computeIfAbsent(h.profile(), k -> new int[2]);
            c[0]++;
            if (h.level() >= 3) c[1]++;
            helped.computeIfAbsent(h.profile(), k -> new HashSet<>()).add(h.pack() + "/" + h.problem());
            tried.computeIfAbsent(h.profile(), k -> new HashSet<>()).add(h.pack() + "/" + h.problem());
        }
        for (Solution s : d.solutions()) {
            solutions.merge(s.profile(), 1, Integer::sum);
            helped.computeIfAbsent(s.profile(), k -> new HashSet<>()).add(s.pack() + "/" + s.problem());
            tried.computeIfAbsent(s.profile(), k -> new HashSet<>()).add(s.pack() + "/" + s.problem());
        }
        List<HintRow> out = new ArrayList<>();
        for (Profile p : people) {
            int problems = tried.getOrDefault(p.uid(), Set.of()).size();
            int[] h = hintCounts.getOrDefault(p.uid(), new int[2]);
            int[] f = firsts.getOrDefault(p.uid(), new int[2]);
            out.add(new HintRow(p.uid(), p.name(), problems, h[0], h[1], solutions.getOrDefault(p.uid(), 0),
                    problems == 0 ? 0 : round((double) h[0] / problems, 2),
                    problems == 0 ? 0 : round((double) helped.getOrDefault(p.uid(), Set.of()).size() / problems, 3),
                    f[0] == 0 ? 0 : round((double) f[1] / f[0], 3)));
        }
        return out;
    }

    private static List<TimeRow> time(Dataset d, List<Profile> people) {
        Map<String, Integer> sessions = new HashMap<>();
        d.sessions().forEach(s -> sessions.merge(s.profile(), 1, Integer::sum));
        Map<String, List<Attempt>> by = new HashMap<>();
        d.attempts().forEach(a -> by.computeIfAbsent(a.profile(), k -> new ArrayList<>()).add(a));
        List<TimeRow> out = new ArrayList<>();
        for (Profile p : people) {
            List<Attempt> as = by.getOrDefault(p.uid(), List.of());
            double seconds = as.stream().mapToDouble(Attempt::seconds).sum();
            Set<String> days = new HashSet<>();
            String first = "";
            String last = "";
            for (Attempt a : as) {
                days.add(a.at().length() >= 10 ? a.at().substring(0, 10) : a.at());
                if (first.isEmpty() || a.at().compareTo(first) < 0) first = a.at();
                if (a.at().compareTo(last) > 0) last = a.at();
            }
            out.add(new TimeRow(p.uid(), p.name(), sessions.getOrDefault(p.uid(), 0), as.size(), round(seconds / 60, 1),
                    days.size(), first,
                    last));
        }
        return out;
    }

    private static List<TimelineRow> timeline(Dataset d, Map<String, String> names) {
        List<TimelineRow> out = new ArrayList<>();
        for (Attempt a : d.attempts()) {
            if (!names.containsKey(a.profile())) continue;
            out.add(new TimelineRow(a.profile(), names.get(a.profile()), a.at(), a.pack(), a.problem(), "answer",
                    a.correct() ? "right" : a.partial() ? "partly right" : "wrong"));
        }
        for (Hint h : d.hints()) {
            if (!names.containsKey(h.profile())) continue;
            out.add(new TimelineRow(h.profile(), names.get(h.profile()), h.at(), h.pack(), h.problem(), "hint",
                    "level " + h.level() + " (" + h.source() + ")"));
        }
        for (Solution s : d.solutions()) {
            if (!names.containsKey(s.profile())) continue;
            out.add(new TimelineRow(s.profile(), names.get(s.profile()), s.at(), s.pack(), s.problem(), "solution shown", ""));
        }
        out.sort(Comparator.comparing(TimelineRow::name).thenComparing(TimelineRow::student).thenComparing(TimelineRow::at));
        return out;
    }

    private static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }

}
