package app.stepwise.model;

import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * How to generate: greedy (temperature 0) or sampled with temperature and top-p from a seed; stop tokens; at most
 * maxNewTokens; a hard time budget; a cancellation check polled before every token.
 */
public record GenerationOptions(int maxNewTokens, double temperature, double topP, long seed, Set<String> stopTokens,
        long timeBudgetMs,
        BooleanSupplier cancelled) {

    public static GenerationOptions greedy(int maxNewTokens) {
        return new GenerationOptions(maxNewTokens, 0, 1, 0, Set.of(), 10_000, () -> false);
    }

    public GenerationOptions sampled(double temperature, double topP, long seed) {
        return new GenerationOptions(maxNewTokens, temperature, topP, seed, stopTokens, timeBudgetMs, cancelled);
    }

    public GenerationOptions withBudget(long ms) {
        return new GenerationOptions(maxNewTokens, temperature, topP, seed, stopTokens, ms, cancelled);
    }

    public GenerationOptions withCancel(BooleanSupplier c) {
        return new GenerationOptions(maxNewTokens, temperature, topP, seed, stopTokens, timeBudgetMs, c);
    }

    public GenerationOptions withStops(Set<String> stops) {
        return new GenerationOptions(maxNewTokens, temperature, topP, seed, stops, timeBudgetMs, cancelled);
    }
}
