package app.stepwise.cli;

import app.stepwise.solve.Corpus;
import app.stepwise.solve.Solvers;
import app.stepwise.solve.Worked;
import app.stepwise.tutor.ModelSolution;
import app.stepwise.tutor.ProblemContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code stepwise verify-samples}: the reward of rejection-sampling fine-tuning. Each sampled full solution (from
 * models/training/sample.py) is checked against its problem, regenerated from the corpus seed and index, by the
 * grading module: reward 1 when every step is valid, the final answer is right and the answer line agrees with the
 * last step; else 0. Where the grading module cannot check the reference solution's own steps line by line (two
 * simultaneous equations), the reward is the final answer and its agreement with the last step.
 */
@Command(name = "verify-samples", description = "Check sampled model solutions with the grading module (training reward).")
final class VerifySamplesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--corpus-seed", required = true, description = "the seed of the corpus the problems come from")
    long seed;

    @Option(names = "--in", required = true, description = "samples: {i, k, text} per line (.jsonl or .jsonl.gz)")
    Path in;

    @Option(names = "--out", required = true, description = "verified samples: {i, k, family, problem, text, reward}")
    Path out;

    record Row(int i, int k, String text) {}

    /** Whether the grading module accepts the reference solution line by line (it does not for systems of equations). */
    static boolean referenceVerifies(ProblemContext ctx, Worked w) {
        try {
            return ctx.check(w.mathLines()).firstError().isEmpty();
        } catch (app.stepwise.math.MathSyntaxException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The reward of one sampled solution: its answer line agrees with its last step and is right, and when the
     * problem's own solution verifies step by step, every step of the sample verifies too.
     */
    static boolean rewarded(Worked w, String text) {
        try {
            ProblemContext ctx = ProblemContext.of(w);
            ModelSolution s = ModelSolution.checkText(ctx, text);
            boolean stepsCheckable = referenceVerifies(ctx, w);
            return s.answerMatchedSteps() && ModelEvaluation.answerRight(w, s.answer())
                    && (!stepsCheckable || s.verified() && s.steps().stream().allMatch(ModelSolution.VerifiedStep::verified));
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public Integer call() throws Exception {
        List<Row> rows = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(in);
                InputStream is = in.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                BufferedReader r = new BufferedReader(new InputStreamReader(is, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                if (line.isBlank()) continue;
                JsonNode n = Json.MAPPER.readTree(line);
                rows.add(new Row(n.path("i").asInt(), n.path("k").asInt(), n.path("text").asText()));
            }
        }
        var families = Solvers.families();
        long t0 = System.nanoTime();
        List<Map<String, Object>> results = rows.parallelStream().map(row -> {
            Worked w = Corpus.worked(seed, row.i(), families);
            boolean ok = rewarded(w, row.text());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("i", row.i());
            m.put("k", row.k());
            m.put("family", w.family());
            m.put("problem", w.statement());
            m.put("text", row.text());
            m.put("reward", ok ? 1 : 0);
            return m;
        }).toList();
        Map<String, int[]> perFamily = new TreeMap<>();
        Map<Integer, Boolean> anyRight = new TreeMap<>();
        int greedy = 0, greedyRight = 0, right = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Map<String, Object> m : results) {
                w.write(Json.MAPPER.writeValueAsString(m));
                w.write('\n');
                boolean ok = (int) m.get("reward") == 1;
                right += ok ? 1 : 0;
                anyRight.merge((Integer) m.get("i"), ok, Boolean::logicalOr);
                if ((int) m.get("k") == 0) {
                    greedy++;
                    greedyRight += ok ? 1 : 0;
                    int[] f = perFamily.computeIfAbsent((String) m.get("family"), x -> new int[2]);
                    f[0]++;
                    f[1] += ok ? 1 : 0;
                }
            }
        }
        var o = spec.commandLine().getOut();
        long solved = anyRight.values().stream().filter(b -> b).count();
        o.printf(Locale.ROOT, "%s of %s checked in %.1f s: %d verified (%.1f %%); greedy %d/%d (%.1f %%); "
                + "some sample right for %s (%.1f %%)%n", Counted.of(results.size(), "sample"),
                Counted.of(anyRight.size(), "problem"),
                (System.nanoTime() - t0) / 1e9, right, 100.0 * right / Math.max(1, results.size()), greedyRight, greedy,
                100.0 * greedyRight / Math.max(1, greedy), Counted.of(solved, "problem"),
                100.0 * solved / Math.max(1, anyRight.size()));
        perFamily.forEach((f, c) -> o.printf(Locale.ROOT, "  %-26s greedy %3d/%3d%n", f, c[1], c[0]));
        return 0;
    }
}
