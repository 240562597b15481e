package app.stepwise.cli;

import app.stepwise.classroom.ClassReport;
import app.stepwise.classroom.ResultsFile;
import app.stepwise.store.ProgressStore;
import app.stepwise.store.Records.Attempt;
import app.stepwise.store.Records.Hint;
import app.stepwise.store.Records.Profile;
import app.stepwise.store.Records.SkillState;
import app.stepwise.store.Records.WorkLine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * {@code stepwise bench store}: a class of 40 students × 300 answers (each with four checked lines, a hint every
 * third answer) written through the store in a temporary folder; attempts written per second, what one write costs
 * the calling (UI) thread, and the class report's time (from the store's SQL totals, {@code ProgressStore.classTotals},
 * to every table of the report); the machine's load average before and after, since the figures mean little on a busy
 * machine.
 */
final class StoreBench {
    static final int STUDENTS = 40;
    static final int ANSWERS = 300;
    private static final String[] SKILLS = {"solve-one-step", "solve-two-step", "solve-brackets", "solve-both-sides", "expand",
            "factor"};
    private static final String[] MISCONCEPTIONS = {"", "", "", "sign error", "bracket: first term only", "arithmetic slip"};

    private StoreBench() {}

    static int run(boolean json, PrintWriter out) throws IOException {
        Path dir = Files.createTempDirectory("stepwise-bench-store");
        try {
            return measure(dir, json, out);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static int measure(Path dir, boolean json, PrintWriter out) throws IOException {
        SplittableRandom r = new SplittableRandom(42);
        Map<String, Object> fig = new LinkedHashMap<>();
        double loadBefore = loadAverage();
        try (ProgressStore store = ProgressStore.open(dir.resolve("progress.db"))) {
            List<Profile> students = new ArrayList<>();
            for (int i = 0; i < STUDENTS; i++) students.add(store.createProfile("Student " + (i + 1), Optional.empty()));
            store.flush();
            double[] callMs = new double[STUDENTS * ANSWERS];
            long t0 = System.nanoTime();
            int n = 0;
            for (int a = 0; a < ANSWERS; a++) {
                for (Profile p : students) {
                    String skill = SKILLS[r.nextInt(SKILLS.length)];
                    String mis = MISCONCEPTIONS[r.nextInt(MISCONCEPTIONS.length)];
                    boolean right = mis.isEmpty() && r.nextInt(4) > 0;
                    List<WorkLine> lines = List.of(new WorkLine(1, "3x + 5 = 20", "on-path", "", ""),
                            new WorkLine(2, "3x = 15", "on-path", "", ""),
                            new WorkLine(3, right ? "x = 5" : "x = 6", right ? "on-path" : "invalid",
                                    right ? "" : "Check this line.", mis),
                            new WorkLine(4, "so x = " + (right ? 5 : 6), "valid", "", ""));
                    Attempt at = Attempt.now(p.uid(), "", "bench", "q" + (a % 60), List.of(skill), right ? "x = 5" : "x = 6",
                            right, false,
                            "equation", 20 + r.nextInt(100), mis, a < 60, false, lines);
                    long s = System.nanoTime();
                    store.attempt(at);
                    if (a % 3 == 0)
                        store.hint(Hint.now(p.uid(), "", "bench", "q" + (a % 60), 1 + r.nextInt(3), "solver", true, 5));
                    callMs[n++] = (System.nanoTime() - s) / 1e6;
                }
            }
            store.flush();
            double writeS = (System.nanoTime() - t0) / 1e9;
            for (Profile p : students)
                for (String s : SKILLS)
                    store.mastery(
                            new SkillState(p.uid(), s, r.nextDouble(), 50, 30, "2026-11-30T08:00:00Z", Optional.empty(), 0));
            store.flush();
            fig.put("students", STUDENTS);
            fig.put("answersPerStudent", ANSWERS);
            fig.put("attemptsWrittenPerSecond", Math.round(STUDENTS * ANSWERS / writeS));
            fig.put("writeCallMedianMs", round(BenchCommand.pct(callMs, 50)));
            fig.put("writeCallP99Ms", round(BenchCommand.pct(callMs, 99)));
            fig.put("writeCallMaxMs", round(BenchCommand.pct(callMs, 100)));
            double[] reportMs = new double[5];
            ClassReport last = null;
            for (int i = 0; i < reportMs.length; i++) {
                long s = System.nanoTime();
                last = ClassReport.of(store.classTotals(), Map.of());
                reportMs[i] = (System.nanoTime() - s) / 1e6;
            }
            fig.put("reportMedianMs", round(BenchCommand.pct(reportMs, 50)));
            fig.put("reportMaxMs", round(BenchCommand.pct(reportMs, 100)));
            fig.put("reportTargetMs", 500);
            fig.put("reportTimelineRows", last.timeline().size());
            Path file = dir.resolve("results.json");
            long s = System.nanoTime();
            ResultsFile.write(store.localDataset(), file);
            fig.put("resultsFileExportMs", round((System.nanoTime() - s) / 1e6));
            fig.put("resultsFileMB", round(Files.size(file) / 1e6));
            try (ProgressStore other = ProgressStore.open(dir.resolve("teacher.db"))) {
                long s2 = System.nanoTime();
                try {
                    ResultsFile.Read read = ResultsFile.read(file);
                    other.importDataset(read.data(), read.sha256());
                } catch (ResultsFile.RefusedException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
                fig.put("resultsFileImportMs", round((System.nanoTime() - s2) / 1e6));
            }
        }
        fig.put("cores", Runtime.getRuntime().availableProcessors());
        // figures from a busy machine are not figures of Stepwise: say how busy it was (1-minute load average)
        fig.put("loadAverageBefore", round(loadBefore));
        fig.put("loadAverageAfter", round(loadAverage()));
        if (json) out.println(Json.write(fig));
        else
            fig.forEach((k, v) -> out.println(String.format(Locale.ROOT, "%-26s %s", k, v)));
        return 0;
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
