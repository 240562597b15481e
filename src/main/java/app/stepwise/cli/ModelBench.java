package app.stepwise.cli;

import app.stepwise.model.ControlTokens;
import app.stepwise.model.Generation;
import app.stepwise.model.GenerationOptions;
import app.stepwise.model.LocalModel;
import app.stepwise.model.ModelException;
import app.stepwise.model.PlainOrtDecoder;
import app.stepwise.tutor.HintService;
import app.stepwise.tutor.ModelCatalog;
import app.stepwise.tutor.ProblemContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code stepwise bench model}: load time, time to first token and tokens per second (medians of 7 runs after
 * warm-up) at 1 and 2 intra-op threads, through DJL and through the plain ONNX Runtime API on the same prompts;
 * end-to-end hint latency with verification (median, p95); resident memory.
 */
final class ModelBench {
    private ModelBench() {}

    /** Whole-solution prompts in Stepwise's default format (the same for both runtimes, whatever the manifest says). */
    static final List<String> PROMPTS = java.util.stream.Stream
            .of("Solve 4x - 7 = 2x + 9.", "A trolley has a mass of 4 kg and a net force of 10 N. Find its acceleration.",
                    "Expand (x + 3)(x - 5).")
            .map(problem -> ControlTokens.PROBLEM + problem + ControlTokens.SOLVE).toList();
    static final List<String> HINTS = List.of("Solve 3x + 5 = 20.", "Solve 2(x + 4) = 18.", "Find x if 7x - 3 = 4x + 9.",
            "Solve x/4 + 2 = 5.");

    static int run(ModelOption option, boolean json, PrintWriter stdout) throws ModelException {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int threads : new int[]{1, 2}) {
            option.threads = threads;
            long t0 = System.nanoTime();
            try (LocalModel m = option.load()) {
                double loadMs = (System.nanoTime() - t0) / 1e6;
                List<Double> first = new ArrayList<>();
                List<Double> tps = new ArrayList<>();
                for (int round = 0; round < 9; round++) {
                    Generation g = m.generate(PROMPTS.get(round % PROMPTS.size()), GenerationOptions.greedy(120), null); // like the plain loop: no streaming
                    if (round < 2) continue; // warm-up
                    first.add(g.firstTokenMs());
                    tps.add(g.tokensPerSecond());
                }
                List<Double> hintMs = new ArrayList<>();
                HintService hints = new HintService(() -> Optional.of(m), 4, 3000);
                for (int round = 0; round < 12; round++) {
                    long h0 = System.nanoTime();
                    hints.next(ProblemContext.fromText(HINTS.get(round % HINTS.size())), List.of(), 3, s -> {}, () -> false);
                    if (round >= 2) hintMs.add((System.nanoTime() - h0) / 1e6);
                }
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("loadMs", round(loadMs));
                r.put("firstTokenMs", round(median(first)));
                r.put("tokensPerSecond", round(median(tps)));
                r.put("hintMedianMs", round(median(hintMs)));
                r.put("hintP95Ms", round(BenchCommand.pct(hintMs.stream().mapToDouble(Double::doubleValue).toArray(), 95)));
                r.put("rssMb", rssMb());
                r.put("threads", threads);
                r.put("plainOrt", plainOrt(m, threads));
                out.put(threads == 1 ? "threads1" : "threads2", r);
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> two = (Map<String, Object>) out.get("threads2");
        Map<String, Object> flat = new LinkedHashMap<>(two);
        flat.put("oneThread", out.get("threads1"));
        flat.put("model", ModelCatalog.resolve(option.model).getFileName().toString());
        flat.put("cores", Runtime.getRuntime().availableProcessors());
        if (json) stdout.println(Json.write(flat));
        else
            flat.forEach((k, v) -> stdout.println(String.format(Locale.ROOT, "%-16s %s", k, v)));
        return 0;
    }

    private static Map<String, Object> plainOrt(LocalModel m, int threads) throws ModelException {
        long t0 = System.nanoTime();
        try (PlainOrtDecoder d = new PlainOrtDecoder(m.folder().resolve("model.onnx"), threads)) {
            double loadMs = (System.nanoTime() - t0) / 1e6;
            long end = m.manifest().specialTokens().getOrDefault(m.manifest().endToken(), -1);
            List<Double> first = new ArrayList<>();
            List<Double> tps = new ArrayList<>();
            for (int round = 0; round < 9; round++) {
                List<Long> ids = new ArrayList<>();
                double[] t = d.greedy(m.encode(PROMPTS.get(round % PROMPTS.size())), 120, end, ids);
                if (round < 2) continue;
                first.add(t[0]);
                tps.add(ids.size() < 2 ? 0 : (ids.size() - 1) / ((t[1] - t[0]) / 1000));
            }
            return Map.of("loadMs", round(loadMs), "firstTokenMs", round(median(first)), "tokensPerSecond", round(median(tps)));
        } catch (ai.onnxruntime.OrtException e) {
            throw new ModelException("plain ONNX Runtime failed: " + e.getMessage(), e);
        }
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(Double::compare);
        return s.isEmpty() ? 0 : s.get(s.size() / 2);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** Resident set size from /proc (Linux); -1 elsewhere. */
    static long rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }
}
