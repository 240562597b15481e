package app.stepwise.model;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * A decoder language model on the CPU through DJL's ONNX Runtime engine and the Hugging Face tokenizer, with a KV
 * cache in the Hugging Face/optimum export layout: inputs {@code input_ids}, {@code attention_mask}, optionally
 * {@code position_ids}, {@code past_key_values.N.key|value}; outputs {@code logits}, {@code present.N.key|value}.
 * The number of layers, key/value heads and head size are read from the model's inputs, so any decoder exported
 * in that layout runs, not only ours. One generation at a time: callers wait their turn (bounded by their budget).
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
    private final ReentrantLock lock = new ReentrantLock();
    private boolean closed;

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
        if (!Files.isDirectory(folder))
            throw new ModelException("there is no model folder at " + folder, "noFolder", folder.toString());
        for (String f : List.of("model.onnx", "tokenizer.json", "model.json")) {
            if (!Files.isRegularFile(folder.resolve(f)))
                throw new ModelException("the model folder " + folder.getFileName() + " has no " + f, "noFile",
                        String.valueOf(folder.getFileName()), f);
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
        try {
            checkSpecialTokens(folder, manifest, tokenizer);
        } catch (ModelException e) {
            tokenizer.close();
            throw e;
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
     * Each control token of the manifest must be one token of the tokenizer, with the manifest's id: a tokenizer.json
     * from another model would otherwise feed the model the wrong tokens and never see its end token.
     */
    private static void checkSpecialTokens(Path folder, ModelManifest manifest, HuggingFaceTokenizer tokenizer)
            throws ModelException {
        for (var e : manifest.specialTokens().entrySet()) {
            long[] ids = tokenizer.encode(e.getKey(), false, false).getIds();
            if (ids.length != 1 || ids[0] != e.getValue())
                throw new ModelException("tokenizer.json of " + folder.getFileName() + " does not match model.json: " + e.getKey()
                        + " is token " + e.getValue() + " in model.json but " + Arrays.toString(ids)
                        + " in tokenizer.json (are the two files from different models?)");
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
     * Generates after the prompt. One generation runs at a time per model: a second caller (a hint while "What's
     * wrong?" runs) waits for the first, at most its own time budget, and a model being closed waits for the
     * generation in progress to end.
     *
     * @param prompt   the whole prompt, control tokens included ({@link PromptFormat} builds them)
     * @param options  the sampler, the token limit, stop tokens, the time budget and the cancellation check
     * @param listener receives the text as it is written, in whole characters; null when no one is watching
     * @throws ModelException when the model is busy past the budget, closed, or ONNX Runtime fails (the caller falls back)
     */
    public Generation generate(String prompt, GenerationOptions options, Consumer<String> listener) throws ModelException {
        try {
            if (!lock.tryLock(Math.max(0, options.timeBudgetMs()), TimeUnit.MILLISECONDS))
                throw new ModelException("the model is busy with another request");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelException("interrupted while waiting for the model");
        }
        try {
            if (closed) throw new ModelException("the model was closed");
            return generateTokens(prompt, options, listener);
        } finally {
            lock.unlock();
        }
    }

    /** The generation loop: KV-cache step, sampler, stop checks, the calculator hook, the streamer. */
    private Generation generateTokens(String prompt, GenerationOptions options, Consumer<String> listener)
            throws ModelException {
        long t0 = System.nanoTime();
        long[] promptIds = encode(prompt);
        if (promptIds.length == 0) throw new ModelException("the prompt is empty");
        if (promptIds.length + options.maxNewTokens() > manifest.maxLength())
            throw new ModelException("the prompt is too long for this model (" + promptIds.length + " tokens)");
        Set<Long> stops = stopIds(options);
        Sampler sampler = Sampler.of(options);
        Utf8Streamer streamer = listener == null ? null : new Utf8Streamer(this::decode, listener);
        Integer calc = specials.get(ControlTokens.CALC);
        List<Long> out = new ArrayList<>();
        StopReason stop = StopReason.MAX_TOKENS;
        double firstMs = -1;
        try (KvCache cache = new KvCache()) {
            long[] input = promptIds;
            while (out.size() < options.maxNewTokens()) { // the calculator's tokens count too: prompt + limit fit the model
                if (options.cancelled().getAsBoolean()) {
                    stop = StopReason.CANCELLED;
                    break;
                }
                if ((System.nanoTime() - t0) / 1e6 > options.timeBudgetMs()) {
                    stop = StopReason.TIME_BUDGET;
                    break;
                }
                long next = sampler.sample(cache.forward(input));
                if (firstMs < 0) firstMs = (System.nanoTime() - t0) / 1e6;
                if (stops.contains(next)) {
                    stop = StopReason.END_TOKEN;
                    break;
                }
                out.add(next);
                if (streamer != null) streamer.accept(next);
                long[] forced = calc != null && next == calc ? calculator(out) : new long[0];
                forced = Arrays.copyOf(forced, Math.min(forced.length, options.maxNewTokens() - out.size()));
                for (long id : forced) {
                    out.add(id);
                    if (streamer != null) streamer.accept(id);
                }
                input = concat(next, forced);
            }
        } catch (RuntimeException e) {
            throw new ModelException("the model failed while generating: " + firstLine(e), e);
        }
        String text = decode(out);
        if (streamer != null) streamer.finish(text);
        double totalMs = (System.nanoTime() - t0) / 1e6;
        return new Generation(text, out, stop, promptIds.length, firstMs < 0 ? totalMs : firstMs, totalMs);
    }

    /** The calculator hook: the value of the arithmetic just written, and the closing marker, as tokens to force in. */
    private long[] calculator(List<Long> soFar) {
        return encode(Calculator.valueFor(decode(soFar)).orElse("?") + ControlTokens.CALC_END);
    }

    private Set<Long> stopIds(GenerationOptions options) {
        Set<Long> stops = new HashSet<>();
        Integer end = specials.get(manifest.endToken());
        if (end != null) stops.add(end.longValue());
        for (String s : options.stopTokens()) if (specials.containsKey(s)) stops.add(specials.get(s).longValue());
        return stops;
    }

    /**
     * The key/value cache of one generation: each {@link #forward} feeds the new tokens after the cached positions
     * and returns the next-token logits; the previous step's tensors are freed as soon as the new ones exist.
     */
    private final class KvCache implements AutoCloseable {
        private NDManager manager;
        private NDList past;
        private int total;

        float[] forward(long[] input) {
            NDManager next = model.getNDManager().newSubManager();
            NDList result = model.getBlock().forward(new ParameterStore(next, false), inputs(next, input, total, past), false);
            total += input.length;
            NDArray logits = result.get("logits"); // [1, s, vocab]: the last row, in plain Java (the ORT engine does no indexing)
            float[] all = logits.toFloatArray();
            int vocab = (int) logits.getShape().get(2);
            if (manager != null) manager.close(); // the old cache; the new one lives in this step's manager
            manager = next;
            past = result;
            return Arrays.copyOfRange(all, all.length - vocab, all.length);
        }

        @Override
        public void close() {
            if (manager != null) manager.close();
        }
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

    /** Closes the model once the generation in progress (if any) has ended; later generations fail with a message. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) return;
            closed = true;
            model.close();
            tokenizer.close();
        } finally {
            lock.unlock();
        }
    }
}
