package app.stepwise.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Streams generated tokens to a listener as text, holding tokens back while they end inside a character (a byte
 * level tokenizer can split one UTF-8 character, such as −, over several tokens).
 */
final class Utf8Streamer {
    private final Function<List<Long>, String> decoder;
    private final Consumer<String> listener;
    private final List<Long> pending = new ArrayList<>();
    private final StringBuilder emitted = new StringBuilder();

    Utf8Streamer(Function<List<Long>, String> decoder, Consumer<String> listener) {
        this.decoder = decoder;
        this.listener = listener;
    }

    void accept(long token) {
        pending.add(token);
        String piece = decoder.apply(pending);
        if (!piece.endsWith("\uFFFD")) {
            listener.accept(piece);
            emitted.append(piece);
            pending.clear();
        }
    }

    /** At the end: whatever of the full text was not yet shown. */
    void finish(String fullText) {
        if (fullText.length() > emitted.length() && fullText.startsWith(emitted.toString()))
            listener.accept(fullText.substring(emitted.length()));
    }
}
