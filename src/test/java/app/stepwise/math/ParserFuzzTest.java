package app.stepwise.math;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz target: whatever a student types, the parser returns a statement or a {@link MathSyntaxException} — never another
 * exception, a stack overflow or a hang — and what it prints of a statement it reads again. Regression inputs live in
 * {@code src/test/resources/app/stepwise/math/ParserFuzzTestInputs/}; see docs/reliability.md for the fuzzing runs.
 */
class ParserFuzzTest {

    @FuzzTest(maxDuration = "10s")
    @Timeout(value = 20, unit = TimeUnit.SECONDS) // a hang guard for fuzzing, not a speed test
    void parsesOrSaysWhyNot(FuzzedDataProvider data) {
        String input = data.consumeRemainingAsString();
        Statement statement;
        try {
            statement = Parser.parse(input);
        } catch (MathSyntaxException e) {
            return;
        }
        String printed = Printer.text(statement);
        try {
            Parser.parse(printed);
        } catch (MathSyntaxException e) {
            throw new AssertionError("printed form of " + input + " is unreadable: " + printed + " (" + e.getMessage() + ")");
        }
    }
}
