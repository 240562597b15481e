package app.stepwise.model;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A decoder language model on the CPU through DJL's ONNX Runtime engine and the Hugging Face tokenizer, with a KV
 * cache in the Hugging Face/optimum export layout: inputs {@code input_ids}, {@code attention_mask}, optionally
 * {@code position_ids}, {@code past_key_values.N.key|value}; outputs {@code logits}, {@code present.N.key|value}.
 * The number of layers, key/value heads and head size are read from the model's inputs, so any decoder exported
 * in that layout runs, not only ours. Not thread-safe: one generation at a time.
 */
public final class LocalModel implements AutoCloseable {
    private final Path folder;
    private final ModelManifest manifest;
    private final Model model;
    private final HuggingFaceTokenizer tokenizer;
    private final int layers;
    private final int kvHeads;
    private final int headDim;
    private final boolean positionIds;
    private final Map<String, Integer> specials;
    private final double loadMs;

    private LocalModel(Path folder, ModelManifest manifest, Model model, HuggingFaceTokenizer tokenizer, int layers, int kvHeads,
            int headDim,
            boolean positionIds, double loadMs) {
        this.folder = folder;
        this.manifest = manifest;
        this.model = model;
        this.tokenizer = tokenizer;
        this.layers = layers;
        this.kvHeads = kvHeads;
        this.headDim = headDim;
        this.positionIds = positionIds;
        this.specials = manifest.specialTokens();
        this.loadMs = loadMs;
    }

    /** Intra-op threads by default: all cores up to 4 (more rarely helps a model this size). */
    public static int defaultThreads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Loads model.onnx, tokenizer.json and model.json from the folder.
     *
     * @throws ModelException with a message for people when a file is missing, corrupt or does not fit the layout
     */
    public static LocalModel load(Path folder, int threads) throws ModelException {
        Offline.onnxRuntime(); // offline, telemetry off, natives from the cache: before anything touches DJL or ONNX Runtime
        long t0 = System.nanoTime();
        if (!Files.isDirectory(folder)) throw new ModelException("there is no model folder at " + folder);
        for (String f : List.of("model.onnx", "tokenizer.json", "model.json")) {
            if (!Files.isRegularFile(folder.resolve(f)))
                throw new ModelException("the model folder " + folder.getFileName() + " has no " + f);
        }
        ModelManifest manifest = ModelManifest.read(folder);
        HuggingFaceTokenizer tokenizer;
        try {
            tokenizer = HuggingFaceTokenizer.builder().optTokenizerPath(folder.resolve("tokenizer.json"))
                    .optAddSpecialTokens(false)
                    .optTruncation(false).optPadding(false).build();
        } catch (IOException | RuntimeException e) {
            throw new ModelException("the tokenizer of " + folder.getFileName() + " cannot be read: " + e.getMessage(), e);
        }
        Model model = null;
        try {
            model = Model.newInstance(manifest.name(), Device.cpu(), "OnnxRuntime");
            model.load(folder, "model", Map.of("intraOpNumThreads", Integer.toString(threads), "interOpNumThreads", "1"));
            PairList<String, Shape> inputs = model.getBlock().describeInput();
            Set<String> names = new HashSet<>(inputs.keys());
            if (!names.contains("input_ids") || !names.contains("attention_mask") || !names.contains("past_key_values.0.key")) {
                throw new ModelException("model.onnx in " + folder.getFileName()
                        + " is not a decoder with a KV cache in the Hugging Face layout (inputs: " + inputs.keys() + ")");
            }
            int n = 0;
            while (names.contains("past_key_values." + n + ".key")) n++;
            long[] past = pastShape(folder.resolve("model.onnx"));
            if (past.length != 4 || past[1] <= 0 || past[3] <= 0) {
                throw new ModelException("cannot read the key/value head layout of " + folder.getFileName()
                        + " (past_key_values.0.key has shape " + Arrays.toString(past) + ")");
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            return new LocalModel(folder, manifest, model, tokenizer, n, (int) past[1], (int) past[3],
                    names.contains("position_ids"), ms);
        } catch (ModelException e) {
            closeQuietly(model, tokenizer);
            throw e;
        } catch (MalformedModelException | IOException | RuntimeException | UnsatisfiedLinkError e) {
            closeQuietly(model, tokenizer);
            throw new ModelException(
                    "model.onnx in " + folder.getFileName() + " cannot be loaded (is it damaged?): " + firstLine(e), e);
        }
    }

    /**
     * The declared shape of past_key_values.0.key ([batch, kv heads, past, head size]; -1 where dynamic), read from
     * the model's metadata (DJL does not report dynamic input shapes).
     */
    private static long[] pastShape(Path onnx) throws ModelException {
        try (var options = new ai.onnxruntime.OrtSession.SessionOptions()) {
            options.setOptimizationLevel(ai.onnxruntime.OrtSession.SessionOptions.OptLevel.NO_OPT);
            options.setIntraOpNumThreads(1);
            try (var session = ai.onnxruntime.OrtEnvironment.getEnvironment().createSession(onnx.toString(), options)) {
                var info = session.getInputInfo().get("past_key_values.0.key");
                if (info == null || !(info.getInfo() instanceof ai.onnxruntime.TensorInfo t)) return new long[0];
                return t.getShape();
            }
        } catch (ai.onnxruntime.OrtException e) {
            throw new ModelException("model.onnx cannot be read: " + firstLine(e), e);
        }
    }

    private static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static void closeQuietly(Model m, HuggingFaceTokenizer t) {
        try {
            if (m != null) m.close();
        } catch (RuntimeException e) {
            // already failing
        }
        t.close();
    }

    public ModelManifest manifest() {
        return manifest;
    }

    public Path folder() {
        return folder;
    }

    public double loadMs() {
        return loadMs;
    }

    public int layers() {
        return layers;
    }

    public long[] encode(String text) {
        return tokenizer.encode(text, false, false).getIds();
    }

    public String decode(List<Long> ids) {
        long[] a = new long[ids.size()];
        for (int i = 0; i < a.length; i++) a[i] = ids.get(i);
        return tokenizer.decode(a, false);
    }

    /**
     * Generates after the prompt, streaming text pieces to the listener as they become whole characters (a null
     * listener: no streaming, the text is decoded once at the end).
     *
     * @throws ModelException when ONNX Runtime fails (the message says so; the caller falls back)
     */
    public Generation generate(String prompt, GenerationOptions options, Consumer<String> listener) throws ModelException {
        long t0 = System.nanoTime();
        long[] promptIds = encode(prompt);
        if (promptIds.length == 0) throw new ModelException("the prompt is empty");
        if (promptIds.length + options.maxNewTokens() > manifest.maxLength())
            throw new ModelException("the prompt is too long for this model (" + promptIds.length + " tokens)");
        Set<Long> stops = new HashSet<>();
        Integer end = specials.get(manifest.endToken());
        if (end != null) stops.add(end.longValue());
        for (String s : options.stopTokens()) if (specials.containsKey(s)) stops.add(specials.get(s).longValue());
        SplittableRandom random = new SplittableRandom(options.seed());
        List<Long> out = new ArrayList<>();
        String emitted = "";
        List<Long> pending = new ArrayList<>();
        String stop = "max-tokens";
        double firstMs = -1;
        Block block = model.getBlock();
        NDManager previous = null;
        NDList past = null;
        long[] input = promptIds;
        int total = 0;
        try {
            for (int step = 0; step < options.maxNewTokens(); step++) {
                if (options.cancelled().getAsBoolean()) {
                    stop = "cancelled";
                    break;
                }
                if ((System.nanoTime() - t0) / 1e6 > options.timeBudgetMs()) {
                    stop = "time-budget";
                    break;
                }
                NDManager manager = model.getNDManager().newSubManager();
                NDList in = inputs(manager, input, total, past);
                NDList result = block.forward(new ParameterStore(manager, false), in, false);
                total += input.length;
                NDArray logits = result.get("logits");
                float[] all = logits.toFloatArray(); // [1, s, vocab]: the last row, in plain Java (the ORT engine does no indexing)
                int vocab = (int) logits.getShape().get(2);
                float[] last = Arrays.copyOfRange(all, all.length - vocab, all.length);
                if (previous != null) previous.close(); // the old cache; the new one lives in this step's manager
                previous = manager;
                past = result;
                long next = pick(last, options, random);
                if (firstMs < 0) firstMs = (System.nanoTime() - t0) / 1e6;
                if (stops.contains(next)) {
                    stop = "end-token";
                    break;
                }
                out.add(next);
                long[] forced = null;
                Integer calc = specials.get(Calculator.OPEN);
                if (calc != null && next == calc) {
                    // the calculator: the runtime writes the value of the arithmetic just written, then the model goes on
                    String value = Calculator.valueFor(decode(out)).orElse("?") + Calculator.CLOSE;
                    forced = encode(value);
                    for (long id : forced) out.add(id);
                }
                // stream: decode only the tokens not yet shown, and hold them back while they end inside a character
                if (listener == null) { // no one is watching: decode once at the end
                    input = forced == null ? new long[]{next} : concat(next, forced);
                    continue;
                }
                pending.add(next);
                if (forced != null) for (long id : forced) pending.add(id);
                String piece = decode(pending);
                if (!piece.endsWith("\uFFFD")) {
                    listener.accept(piece);
                    emitted += piece;
                    pending.clear();
                }
                input = forced == null ? new long[]{next} : concat(next, forced);
            }
        } catch (RuntimeException e) {
            throw new ModelException("the model failed while generating: " + firstLine(e), e);
        } finally {
            if (previous != null) previous.close();
        }
        String text = decode(out);
        if (listener != null && text.length() > emitted.length() && text.startsWith(emitted))
            listener.accept(text.substring(emitted.length()));
        double totalMs = (System.nanoTime() - t0) / 1e6;
        return new Generation(text, out, stop, promptIds.length, firstMs < 0 ? totalMs : firstMs, totalMs);
    }

    /** The named inputs of one step: the new ids after {@code total} cached positions, and the cache (empty on the first step). */
    private NDList inputs(NDManager manager, long[] input, int total, NDList past) {
        NDList in = new NDList();
        NDArray ids = manager.create(input, new Shape(1, input.length));
        ids.setName("input_ids");
        in.add(ids);
        long[] mask = new long[total + input.length];
        Arrays.fill(mask, 1);
        NDArray am = manager.create(mask, new Shape(1, mask.length));
        am.setName("attention_mask");
        in.add(am);
        if (positionIds) {
            long[] pos = new long[input.length];
            for (int i = 0; i < pos.length; i++) pos[i] = total + i;
            NDArray p = manager.create(pos, new Shape(1, pos.length));
            p.setName("position_ids");
            in.add(p);
        }
        for (int l = 0; l < layers; l++) {
            NDArray k = past == null
                    ? manager.create(new float[0], new Shape(1, kvHeads, 0, headDim))
                    : past.get("present." + l + ".key");
            NDArray v = past == null
                    ? manager.create(new float[0], new Shape(1, kvHeads, 0, headDim))
                    : past.get("present." + l + ".value");
            k.setName("past_key_values." + l + ".key");
            v.setName("past_key_values." + l + ".value");
            in.add(k);
            in.add(v);
        }
        return in;
    }

    /**
     * The next-token logits after the whole sequence, computed from scratch (an empty cache): the reference that
     * cached generation must agree with.
     */
    public float[] logitsWithoutCache(long[] ids) throws ModelException {
        try (NDManager manager = model.getNDManager().newSubManager()) {
            NDList in = inputs(manager, ids, 0, null);
            NDArray logits = model.getBlock().forward(new ParameterStore(manager, false), in, false).get("logits");
            float[] all = logits.toFloatArray();
            int vocab = (int) logits.getShape().get(2);
            return Arrays.copyOfRange(all, all.length - vocab, all.length);
        } catch (RuntimeException e) {
            throw new ModelException("the model failed: " + firstLine(e), e);
        }
    }

    private static long[] concat(long first, long[] rest) {
        long[] a = new long[rest.length + 1];
        a[0] = first;
        System.arraycopy(rest, 0, a, 1, rest.length);
        return a;
    }

    /** Greedy argmax, or temperature and top-p sampling. */
    static long pick(float[] logits, GenerationOptions o, SplittableRandom random) {
        if (o.temperature() <= 0) {
            int best = 0;
            for (int i = 1; i < logits.length; i++) if (logits[i] > logits[best]) best = i;
            return best;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (float l : logits) max = Math.max(max, l);
        double[] p = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp((logits[i] - max) / o.temperature());
            sum += p[i];
        }
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        final double[] probs = p;
        Arrays.sort(order, (a, b) -> Double.compare(probs[b], probs[a]));
        double kept = 0;
        int n = 0;
        while (n < order.length && kept < o.topP() * sum) kept += p[order[n++]];
        double r = random.nextDouble() * kept;
        for (int i = 0; i < n; i++) {
            r -= p[order[i]];
            if (r <= 0) return order[i];
        }
        return order[n - 1];
    }

    @Override
    public void close() {
        model.close();
        tokenizer.close();
    }
}
