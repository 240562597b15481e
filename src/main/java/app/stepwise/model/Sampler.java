package app.stepwise.model;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Picks the next token from the logits: greedy (the argmax), or top-p (nucleus) sampling with a temperature. */
public interface Sampler {
    int sample(float[] logits);

    /** The sampler the options ask for: greedy at temperature 0, else top-p from the options' seed. */
    static Sampler of(GenerationOptions o) {
        return o.temperature() <= 0 ? greedy() : topP(o.temperature(), o.topP(), o.seed());
    }

    static Sampler greedy() {
        return logits -> {
            int best = 0;
            for (int i = 1; i < logits.length; i++) if (logits[i] > logits[best]) best = i;
            return best;
        };
    }

    /** Samples among the most likely tokens whose probabilities add up to topP, reproducibly from the seed. */
    static Sampler topP(double temperature, double topP, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return logits -> {
            double max = Double.NEGATIVE_INFINITY;
            for (float l : logits) max = Math.max(max, l);
            double[] p = new double[logits.length];
            double sum = 0;
            for (int i = 0; i < p.length; i++) {
                p[i] = Math.exp((logits[i] - max) / temperature);
                sum += p[i];
            }
            Integer[] order = new Integer[p.length];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
            double kept = 0;
            int n = 0;
            do { // the most likely token always stays, whatever topP is
                kept += p[order[n++]];
            } while (n < order.length && kept < topP * sum);
            double r = random.nextDouble() * kept;
            for (int i = 0; i < n; i++) {
                r -= p[order[i]];
                if (r <= 0) return order[i];
            }
            return order[n - 1];
        };
    }
}
