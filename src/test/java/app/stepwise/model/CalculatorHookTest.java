package app.stepwise.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The calculator hook inside the generation loop, on the shipped model: every calculator call in a real generation holds
 * the calculator's value of the arithmetic before it, the generation goes on after the closing marker to its end token,
 * and the streamed text is the whole text. (It also fails when a retrained model stops using the calculator, which its
 * model card would then have to say.)
 */
class CalculatorHookTest {
    static final Path SHIPPED = Path.of("models/stepwise-tutor");
    static final Pattern CALL = Pattern
            .compile(Pattern.quote(ControlTokens.CALC) + "(.*?)" + Pattern.quote(ControlTokens.CALC_END));

    @Test
    void everyCalculatorCallInAGenerationHoldsTheCalculatorsValue() throws Exception {
        try (LocalModel m = LocalModel.load(SHIPPED, 1)) {
            String prompt = new PromptFormat(m.manifest()).solve("Solve 4x - 7 = 2x + 9.");
            StringBuilder streamed = new StringBuilder();
            Generation g = m.generate(prompt, GenerationOptions.greedy(160).withBudget(60_000), streamed::append);
            Matcher call = CALL.matcher(g.text());
            int calls = 0;
            while (call.find()) {
                calls++;
                String before = g.text().substring(0, call.start() + ControlTokens.CALC.length());
                assertThat(call.group(1)).as(before).isEqualTo(Calculator.valueFor(before).orElse("?"));
            }
            assertThat(calls).as("the model asks the calculator at least once").isPositive();
            assertThat(g.stop()).isEqualTo(StopReason.END_TOKEN);
            assertThat(streamed.toString()).isEqualTo(g.text());
        }
    }

    /**
     * The token limit counts the calculator's tokens too: with the limit falling just after a {@code <|calc|>}, the
     * generation stops at the limit. (The prompt check keeps prompt + limit within the model's length, so a value
     * written past the limit could run past the positions the model has.)
     */
    @Test
    void theCalculatorsTokensCountTowardsTheTokenLimit() throws Exception {
        try (LocalModel m = LocalModel.load(SHIPPED, 1)) {
            String prompt = new PromptFormat(m.manifest()).solve("Solve 4x - 7 = 2x + 9.");
            Generation whole = m.generate(prompt, GenerationOptions.greedy(160).withBudget(60_000), null);
            long calc = m.manifest().specialTokens().get(ControlTokens.CALC);
            int firstCall = whole.tokens().indexOf(calc);
            assertThat(firstCall).as("the model asks the calculator").isNotNegative();
            int limit = firstCall + 1; // the model's last token is the call; the value comes after it
            Generation cut = m.generate(prompt, GenerationOptions.greedy(limit).withBudget(60_000), null);
            assertThat(cut.tokens()).hasSizeLessThanOrEqualTo(limit).isEqualTo(whole.tokens().subList(0, limit));
            assertThat(cut.stop()).isEqualTo(StopReason.MAX_TOKENS);
        }
    }
}
