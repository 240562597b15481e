package app.stepwise.tutor;

import app.stepwise.model.Generation;
import app.stepwise.model.GenerationOptions;
import app.stepwise.model.ModelException;
import app.stepwise.model.ModelOutput;
import app.stepwise.model.WorkClock;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The model's candidates for one next-step prompt, as the tutor asks: greedy first, then samples (temperature 0.8,
 * top-p 0.95, seeds 1, 2, …), until one is accepted, the candidates run out, the time budget is spent or the caller
 * cancels. Shared by the next-step hint and the step-by-step verified solution, so both verify the same way.
 */
final class Candidates {
    /** Longest a next step may be (tokens). */
    static final int MAX_NEW_TOKENS = 96;
    static final double TEMPERATURE = 0.8;
    static final double TOP_P = 0.95;

    private Candidates() {}

    /** Where candidates come from: the model ({@code LocalModel::generate}) or, in tests, a script. */
    @FunctionalInterface
    interface Generator {
        Generation generate(String prompt, GenerationOptions options, Consumer<String> listener) throws ModelException;
    }

    /**
     * What one search found.
     *
     * @param accepted    the first candidate accepted, parsed
     * @param tried       how many candidates were generated
     * @param tokens      the tokens they took together
     * @param modelFailed whether the search ended because the model failed (busy, closed, ONNX Runtime)
     */
    record Found(Optional<ModelOutput> accepted, int tried, long tokens, boolean modelFailed) {}

    /**
     * Generates up to {@code max} candidates for the prompt and returns the first that {@code accept} accepts.
     *
     * @param t0       when the caller's work began ({@link System#nanoTime()}): the budget counts from there
     * @param budgetMs the caller's whole time budget; each generation gets what is left of it
     * @param stream   receives the greedy candidate's text as it is written (null: no one watching); samples are not streamed
     */
    static Found first(Generator model, String prompt, int max, long t0, long budgetMs, Consumer<String> stream,
            BooleanSupplier cancelled, Predicate<ModelOutput> accept) {
        return first(model, prompt, max, WorkClock.wallSince(t0), budgetMs, budgetMs, stream, cancelled, accept);
    }

    /**
     * As above, the budget counted on a {@link WorkClock}: the model's work, so a busy computer does not spend it
     * waiting for the processor; {@code hardMs} on the wall clock still ends the search.
     */
    static Found first(Generator model, String prompt, int max, WorkClock clock, long budgetMs, long hardMs,
            Consumer<String> stream, BooleanSupplier cancelled, Predicate<ModelOutput> accept) {
        int tried = 0;
        long tokens = 0;
        BooleanSupplier spent = () -> cancelled.getAsBoolean() || clock.workMs() >= budgetMs;
        for (int c = 0; c < max && !spent.getAsBoolean() && clock.wallMs() < hardMs; c++) {
            GenerationOptions greedy = GenerationOptions.greedy(MAX_NEW_TOKENS).withBudget(hardMs - clock.wallMs())
                    .withCancel(spent); // polled before every token
            GenerationOptions o = c == 0 ? greedy : greedy.sampled(TEMPERATURE, TOP_P, c);
            Generation g;
            try {
                g = model.generate(prompt, o, c == 0 ? stream : null);
            } catch (ModelException e) {
                return new Found(Optional.empty(), tried, tokens, true); // the caller falls back
            }
            tried++;
            tokens += g.tokens().size();
            ModelOutput out = ModelOutput.parse(g.text());
            if (accept.test(out)) return new Found(Optional.of(out), tried, tokens, false);
        }
        return new Found(Optional.empty(), tried, tokens, false);
    }

    static long msSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
