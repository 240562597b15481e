package app.stepwise.solve;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the training corpus: verified worked solutions with labelled wrong work, as gzipped JSONL shards, split
 * into train, validation and test-wording (the held-out frames: the last {@link Frames#HELD_OUT} frames of each pool
 * never reach train or validation), plus a shard of out-of-scope problems (family "none") for the reading view. A problem's split is decided by a hash of its text, so the same problem never lands in
 * two splits. Record format: models/training/README.md.
 */
public final class Corpus {
    public static final int SHARD_SIZE = 20_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Corpus() {}

    /** What was written: counts per split and family, problems per second, and a hash of all shards. */
    public record Summary(long problems, Map<String, Long> perSplit, Map<String, Long> perFamily, double seconds, String sha256,
            List<String> shards) {}

    public static Summary write(Path out, long seed, int problems, List<Family> families) throws IOException {
        return write(out, seed, problems, Math.max(1, problems / 20), families);
    }

    /** The corpus with this many out-of-scope problems (family "none") beside the family problems. */
    public static Summary write(Path out, long seed, int problems, int outOfScope, List<Family> families) throws IOException {
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        int shards = (problems + SHARD_SIZE - 1) / SHARD_SIZE;
        Map<String, AtomicLong> perSplit = new ConcurrentHashMap<>();
        Map<String, AtomicLong> perFamily = new ConcurrentHashMap<>();
        List<String> names = new ArrayList<>();
        for (int s = 0; s < shards; s++) names.add(String.format("corpus-%05d.jsonl.gz", s));
        try {
            IntStream.range(0, shards).parallel().forEach(s -> {
                int from = s * SHARD_SIZE;
                int to = Math.min(problems, from + SHARD_SIZE);
                try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out.resolve(names.get(s))), 1 << 16);
                        Writer wr = new OutputStreamWriter(os, StandardCharsets.UTF_8)) {
                    for (int i = from; i < to; i++) {
                        Map<String, Object> rec = record(seed, i, families);
                        perSplit.computeIfAbsent((String) rec.get("split"), k -> new AtomicLong()).incrementAndGet();
                        perFamily.computeIfAbsent((String) rec.get("family"), k -> new AtomicLong()).incrementAndGet();
                        wr.write(JSON.writeValueAsString(rec));
                        wr.write('\n');
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (outOfScope > 0) names.add(writeOutOfScope(out, seed, outOfScope, perSplit, perFamily));
        double seconds = (System.nanoTime() - t0) / 1e9;
        String hash = hash(out, names);
        Map<String, Long> splits = new TreeMap<>();
        perSplit.forEach((k, v) -> splits.put(k, v.get()));
        Map<String, Long> fams = new TreeMap<>();
        perFamily.forEach((k, v) -> fams.put(k, v.get()));
        Summary summary = new Summary(problems, splits, fams, seconds, hash, names);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", "stepwise-corpus/1");
        manifest.put("seed", seed);
        manifest.put("problems", problems);
        manifest.put("families", families.stream().map(Family::name).toList());
        manifest.put("perSplit", splits);
        manifest.put("perFamily", fams);
        manifest.put("sha256", hash);
        manifest.put("shards", names);
        JSON.writerWithDefaultPrettyPrinter().writeValue(out.resolve("corpus.json").toFile(), manifest);
        return summary;
    }

    /** Problem i of the corpus with this seed: the same seed always gives the same record. */
    public static Map<String, Object> record(long seed, int i, List<Family> families) {
        Family family = families.get(i % families.size());
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
        Worked w = worked(family, random);
        int wording = w.wording();
        String split = family.heldOut(wording)
                ? "test-wording"
                : Math.floorMod(w.statement().hashCode() * 31 + 7, 20) == 0 ? "validation" : "train";
        return record(family.name() + "-" + seed + "-" + i, split, family, wording, w.statement(), w, random);
    }

    /**
     * A training record of a problem written by hand (models/diag): its own text, the verified solution of the verified
     * reader's reading, and wrong work drawn with this random. The text is the problem as written; the restatement is
     * the tutor's (as for a generated problem), so every view of data.py reads the same fields.
     */
    public static Map<String, Object> handWritten(String id, String text, Family family, Worked w, SplittableRandom random) {
        return record(id, "train", family, -1, text, w, random);
    }

    private static Map<String, Object> record(String id, String split, Family family, int wording, String problem, Worked w,
            SplittableRandom random) {
        Map<String, Object> rec = new LinkedHashMap<>();
        rec.put("id", id);
        rec.put("split", split);
        rec.put("family", family.name());
        rec.put("subject", family.subject());
        rec.put("skills", family.skills());
        rec.put("wording", wording);
        rec.put("problem", problem);
        rec.put("restated", Restate.plainly(w, Surface.unknown(w)).filter(t -> !t.equals(problem)).orElse(null));
        rec.put("task", w.task().id());
        rec.put("start", w.start());
        rec.put("unknown", Surface.unknown(w));
        rec.put("givens", w.givens().stream()
                .map(g -> fields("symbol", g.symbol(), "value", g.value(), "description", g.description())).toList());
        rec.put("steps", w.steps().stream().map(s -> fields("text", s.text(), "math", s.math(), "op", s.operation())).toList());
        rec.put("answer", w.answer());
        rec.put("answerKind", w.answerKind());
        rec.put("alternatives", AlternativeRoutes.of(w).stream()
                .map(route -> route.stream().map(s -> fields("text", s.text(), "math", s.math(), "op", s.operation())).toList())
                .toList());
        List<Map<String, Object>> wrong = new ArrayList<>();
        for (WrongWork.Wrong x : WrongWork.generate(w, random, 2)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("after", x.after());
            m.put("line", x.line());
            m.put("misconception", x.intended().label());
            m.put("diagnosed", x.diagnosed().map(d -> d.label()).orElse(null));
            m.put("message", x.message());
            m.put("correct", fields("text", x.correct().text(), "math", x.correct().math(), "op", x.correct().operation()));
            wrong.add(m);
        }
        rec.put("wrong", wrong);
        return rec;
    }

    /** The worked problem behind record i of the corpus with this seed (its text, start and verified steps). */
    public static Worked worked(long seed, int i, List<Family> families) {
        return worked(families.get(i % families.size()), new SplittableRandom(seed * 1_000_003L + i));
    }

    private static Worked worked(Family family, SplittableRandom random) {
        int wording = random.nextInt(family.wordings());
        Worked w = Shapes.covers(family) && random.nextInt(20) < Shapes.SHARE
                ? Shapes.generate(family, random, wording).orElse(null)
                : null;
        return Surface.vary(w != null ? w : Solvers.generate(family, random, wording), random);
    }

    /** Problems outside every family (family "none"), for the reading view: the shard scope-00000.jsonl.gz. */
    private static String writeOutOfScope(Path out, long seed, int n, Map<String, AtomicLong> perSplit,
            Map<String, AtomicLong> perFamily) throws IOException {
        String name = "scope-00000.jsonl.gz";
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out.resolve(name)), 1 << 16);
                Writer wr = new OutputStreamWriter(os, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                Map<String, Object> rec = outOfScope(seed, i);
                perSplit.computeIfAbsent((String) rec.get("split"), k -> new AtomicLong()).incrementAndGet();
                perFamily.computeIfAbsent("none", k -> new AtomicLong()).incrementAndGet();
                wr.write(JSON.writeValueAsString(rec));
                wr.write('\n');
            }
        }
        return name;
    }

    /** Out-of-scope problem i of the corpus with this seed. */
    public static Map<String, Object> outOfScope(long seed, int i) {
        SplittableRandom random = new SplittableRandom(seed * 2_000_003L + i);
        int k = OutOfScope.pick(random);
        String text = OutOfScope.write(k, random);
        String split = OutOfScope.heldOut(k)
                ? "test-wording"
                : Math.floorMod(text.hashCode() * 31 + 7, 20) == 0 ? "validation" : "train";
        return outOfScope("none-" + seed + "-" + i, split, k, text);
    }

    /** A training record of a problem outside every family (family "none"): the reading view only. */
    public static Map<String, Object> outOfScope(String id, String split, int wording, String text) {
        Map<String, Object> rec = new LinkedHashMap<>();
        rec.put("id", id);
        rec.put("split", split);
        rec.put("family", "none");
        rec.put("subject", "none");
        rec.put("skills", List.of());
        rec.put("wording", wording);
        rec.put("problem", text);
        rec.put("restated", null);
        rec.put("task", "none");
        rec.put("start", "");
        rec.put("unknown", "");
        rec.put("givens", List.of());
        rec.put("steps", List.of());
        rec.put("answer", "");
        rec.put("answerKind", "none");
        rec.put("alternatives", List.of());
        rec.put("wrong", List.of());
        return rec;
    }

    private static String hash(Path dir, List<String> names) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String n : names) md.update(Files.readAllBytes(dir.resolve(n)));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A record's fields in the order given. {@code Map.of} iterates in an order that changes from one JVM run to the next,
     * which made the same seed write different bytes (and a different sha256) each run.
     */
    private static Map<String, String> fields(String... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put(keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }
}
