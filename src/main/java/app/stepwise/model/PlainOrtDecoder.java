package app.stepwise.model;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The same greedy decoding loop on the plain ONNX Runtime Java API, without DJL: the yardstick for DJL's overhead in
 * {@code stepwise bench model}. Token ids in, token ids out (the tokenizer is the caller's).
 */
public final class PlainOrtDecoder implements AutoCloseable {
    private final OrtEnvironment env = Offline.ortEnvironment();
    private final OrtSession session;
    private final int layers;
    private final int kvHeads;
    private final int headDim;
    private final boolean positionIds;

    public PlainOrtDecoder(Path onnx, int threads) throws OrtException {
        try (OrtSession.SessionOptions o = new OrtSession.SessionOptions()) {
            o.setIntraOpNumThreads(threads);
            o.setInterOpNumThreads(1);
            session = env.createSession(onnx.toString(), o);
        }
        int n = 0;
        while (session.getInputNames().contains("past_key_values." + n + ".key")) n++;
        layers = n;
        long[] shape = ((ai.onnxruntime.TensorInfo) session.getInputInfo().get("past_key_values.0.key").getInfo()).getShape();
        kvHeads = (int) shape[1];
        headDim = (int) shape[3];
        positionIds = session.getInputNames().contains("position_ids");
    }

    /** Greedy continuation; returns {firstTokenMs, totalMs} and fills out with the new ids. */
    public double[] greedy(long[] prompt, int maxNew, long endId, List<Long> out) throws OrtException {
        long t0 = System.nanoTime();
        double first = -1;
        long[] input = prompt;
        int total = 0;
        OrtSession.Result previous = null;
        try {
            for (int step = 0; step < maxNew; step++) {
                Map<String, OnnxTensor> feed = new HashMap<>();
                List<OnnxTensor> owned = new ArrayList<>();
                owned.add(put(feed, "input_ids",
                        OnnxTensor.createTensor(env, LongBuffer.wrap(input), new long[]{1, input.length})));
                long[] mask = new long[total + input.length];
                Arrays.fill(mask, 1);
                owned.add(put(feed, "attention_mask",
                        OnnxTensor.createTensor(env, LongBuffer.wrap(mask), new long[]{1, mask.length})));
                if (positionIds) {
                    long[] pos = new long[input.length];
                    for (int i = 0; i < pos.length; i++) pos[i] = total + i;
                    owned.add(put(feed, "position_ids",
                            OnnxTensor.createTensor(env, LongBuffer.wrap(pos), new long[]{1, pos.length})));
                }
                for (int l = 0; l < layers; l++) {
                    if (previous == null) {
                        owned.add(put(feed, "past_key_values." + l + ".key",
                                OnnxTensor.createTensor(env, FloatBuffer.allocate(0), new long[]{1, kvHeads, 0, headDim})));
                        owned.add(put(feed, "past_key_values." + l + ".value",
                                OnnxTensor.createTensor(env, FloatBuffer.allocate(0), new long[]{1, kvHeads, 0, headDim})));
                    } else {
                        feed.put("past_key_values." + l + ".key",
                                (OnnxTensor) previous.get("present." + l + ".key").orElseThrow());
                        feed.put("past_key_values." + l + ".value",
                                (OnnxTensor) previous.get("present." + l + ".value").orElseThrow());
                    }
                }
                OrtSession.Result result = session.run(feed);
                owned.forEach(OnnxTensor::close);
                if (previous != null) previous.close();
                previous = result;
                total += input.length;
                OnnxTensor logits = (OnnxTensor) result.get("logits").orElseThrow();
                FloatBuffer fb = logits.getFloatBuffer();
                int vocab = (int) logits.getInfo().getShape()[2];
                int base = fb.limit() - vocab;
                int best = 0;
                for (int i = 1; i < vocab; i++) if (fb.get(base + i) > fb.get(base + best)) best = i;
                if (first < 0) first = (System.nanoTime() - t0) / 1e6;
                if (best == endId) break;
                out.add((long) best);
                input = new long[]{best};
            }
        } finally {
            if (previous != null) previous.close();
        }
        return new double[]{first, (System.nanoTime() - t0) / 1e6};
    }

    private static OnnxTensor put(Map<String, OnnxTensor> feed, String name, OnnxTensor t) {
        feed.put(name, t);
        return t;
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
