package app.stepwise.cli;

import app.stepwise.store.ProgressStore;
import app.stepwise.store.Records.Attempt;
import app.stepwise.store.Records.ProblemProgress;
import app.stepwise.store.Records.Profile;
import app.stepwise.store.Records.WorkLine;
import java.io.BufferedReader;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * {@code stepwise bench store-kill}: the progress file survives its process being killed in the middle of writing. Each
 * round starts a writer process (this class's {@link #main}) on the same file, which writes answers as fast as it can
 * and prints how many the store has acknowledged as saved; after a random number of acknowledged answers it is killed
 * with SIGKILL (kill -9) a few milliseconds later, while it is still writing. The file is then opened as the app opens
 * it: it must pass SQLite's full integrity check and hold every acknowledged answer. The next round's writer carries on
 * in the same file, so each round also starts from a file whose last writer was killed.
 */
final class StoreKillBench {
    /** A writer stops by itself after this long, should the bench that started it be gone. */
    private static final long WRITER_LIMIT_MS = 120_000;
    private static final String PACK = "kill-round-";

    private StoreKillBench() {}

    /** One round: answers the writer acknowledged, answers found after the kill, and what the check said. */
    record Round(int acknowledged, int found, int lost, String integrity, boolean healthy, double reopenMs) {}

    static int run(int rounds, boolean json, PrintWriter out) throws IOException {
        Path dir = Files.createTempDirectory("stepwise-bench-kill");
        try {
            List<Round> done = measure(dir.resolve("progress.db"), rounds, new SplittableRandom(20261130));
            Map<String, Object> fig = new LinkedHashMap<>();
            fig.put("rounds", done.size());
            fig.put("acknowledgedAnswers", done.stream().mapToInt(Round::acknowledged).sum());
            fig.put("lostAcknowledgedAnswers", done.stream().mapToInt(Round::lost).sum());
            fig.put("answersSavedBeyondTheLastAcknowledged",
                    done.stream().mapToInt(r -> Math.max(0, r.found() - r.acknowledged())).sum());
            fig.put("integrityCheckPassed", done.stream().filter(r -> r.integrity().equals("ok")).count());
            fig.put("openedHealthy", done.stream().filter(Round::healthy).count());
            double[] reopen = done.stream().mapToDouble(Round::reopenMs).toArray();
            fig.put("reopenMedianMs", Math.round(BenchCommand.pct(reopen, 50)));
            fig.put("reopenMaxMs", Math.round(BenchCommand.pct(reopen, 100)));
            fig.put("loadAverage", Math.round(
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 100) / 100.0);
            if (json) out.println(Json.write(fig));
            else {
                for (int i = 0; i < done.size(); i++) {
                    Round r = done.get(i);
                    out.println(String.format(Locale.ROOT,
                            "round %2d: killed after %4d acknowledged, %4d found, %d lost, integrity %s",
                            i + 1, r.acknowledged(), r.found(), r.lost(), r.integrity()));
                }
                fig.forEach((k, v) -> out.println(String.format(Locale.ROOT, "%-38s %s", k, v)));
            }
            boolean ok = done.stream().allMatch(r -> r.lost() == 0 && r.integrity().equals("ok") && r.healthy());
            return ok ? 0 : 1;
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Runs the rounds on one file; each kills a writer after a random number (10–300) of acknowledged answers. */
    static List<Round> measure(Path db, int rounds, SplittableRandom random) throws IOException {
        List<Round> out = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            int target = 10 + random.nextInt(291);
            String pack = PACK + round;
            int acknowledged = killWriterAfter(db, pack, target, random.nextInt(25));
            long t0 = System.nanoTime();
            try (ProgressStore store = ProgressStore.open(db)) {
                boolean healthy = store.health().ok();
                String integrity = store.integrityCheck();
                double reopenMs = (System.nanoTime() - t0) / 1e6;
                Optional<Profile> writer = store.profiles().stream().filter(p -> p.name().equals("Writer")).findFirst();
                Map<String, ProblemProgress> saved = writer.map(p -> store.summary(p.uid(), pack)).orElse(Map.of());
                int lost = 0;
                for (int i = 0; i < acknowledged; i++) if (!saved.containsKey(problem(i))) lost++;
                out.add(new Round(acknowledged, saved.size(), lost, integrity, healthy, reopenMs));
            }
        }
        return out;
    }

    private static String problem(int i) {
        return String.format(Locale.ROOT, "n%05d", i);
    }

    /** Starts a writer, kills it (SIGKILL) {@code delayMs} after it acknowledged {@code target} answers; returns how many it acknowledged. */
    private static int killWriterAfter(Path db, String pack, int target, int delayMs) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                StoreKillBench.class.getName(), db.toString(), pack).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        AtomicInteger acknowledged = new AtomicInteger();
        Object reached = new Object();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null;) {
                    if (!line.startsWith("acknowledged ")) continue;
                    acknowledged.set(Integer.parseInt(line.substring("acknowledged ".length())));
                    synchronized (reached) {
                        reached.notifyAll();
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // the writer was killed mid-line: what was read counts
            }
        }, "stepwise-kill-bench-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            long deadline = System.currentTimeMillis() + WRITER_LIMIT_MS;
            synchronized (reached) {
                while (acknowledged.get() < target && p.isAlive() && System.currentTimeMillis() < deadline) reached.wait(200);
            }
            Thread.sleep(delayMs);
            p.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hooks, no close
            p.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
        return acknowledged.get();
    }

    /**
     * The writer: answers with four checked lines each, written through the store as the app writes them; after every
     * fifth it waits for the store ({@code flush}) and, when the store is healthy, prints how many are saved.
     */
    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        String pack = args[1];
        long stop = System.currentTimeMillis() + WRITER_LIMIT_MS;
        ProgressStore store = ProgressStore.open(db); // never closed: the process is killed
        Profile writer = store.profiles().stream().filter(p -> p.name().equals("Writer")).findFirst()
                .orElseGet(() -> store.createProfile("Writer", Optional.empty()));
        List<WorkLine> lines = List.of(new WorkLine(1, "3x + 5 = 20", "on-path", "", ""),
                new WorkLine(2, "3x = 15", "on-path", "", ""),
                new WorkLine(3, "x = 6", "invalid", "Check this line.", "arithmetic slip"),
                new WorkLine(4, "x = 5", "on-path", "", ""));
        for (int i = 0; System.currentTimeMillis() < stop; i++) {
            store.attempt(
                    Attempt.now(writer.uid(), "", pack, problem(i), List.of("solve-two-step"), "x = 5", true, false, "equation",
                            12, "arithmetic slip", true, false, lines));
            if (i % 5 == 4) {
                store.flush();
                if (store.health().ok()) {
                    System.out.println("acknowledged " + (i + 1));
                    System.out.flush();
                }
            }
        }
        System.exit(3); // not killed in time: the bench is gone
    }

}
