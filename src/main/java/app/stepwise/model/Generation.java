package app.stepwise.model;

import java.util.List;

/**
 * What one generation produced.
 *
 * @param stop why it ended
 */
public record Generation(String text, List<Long> tokens, StopReason stop, long promptTokens, double firstTokenMs,
        double totalMs) {
    public Generation {
        tokens = List.copyOf(tokens);
    }

    public double tokensPerSecond() {
        return totalMs <= firstTokenMs || tokens.size() < 2 ? 0 : (tokens.size() - 1) / ((totalMs - firstTokenMs) / 1000);
    }
}
