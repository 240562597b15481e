package app.stepwise.math;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz target: a quantity or unit as a student types it ({@code 12 m/s}, {@code 9.81*m/s^2}) is read or refused with a
 * {@link MathSyntaxException}; a quantity read has a finite value in SI or says it is not a number.
 */
class UnitsFuzzTest {

    @FuzzTest(maxDuration = "10s")
    @Timeout(value = 20, unit = TimeUnit.SECONDS) // a hang guard for fuzzing, not a speed test
    void readsQuantitiesAndUnitsOrSaysWhyNot(FuzzedDataProvider data) {
        String input = data.consumeRemainingAsString();
        try {
            Units.parse(input);
        } catch (MathSyntaxException e) {
            // refused with a message: fine
        }
        try {
            Quantity q = Quantity.parse(input);
            q.si();
            q.hasUnit();
        } catch (MathSyntaxException e) {
            // refused with a message: fine
        }
    }
}
