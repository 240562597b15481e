package app.stepwise.grade;

import app.stepwise.lesson.AnswerSpec;
import app.stepwise.lesson.AnswerSpec.Tolerance;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz target: the answer checker never throws on what a student types, for every kind of answer spec, and always says
 * something: a grade with a message.
 */
class AnswerCheckerFuzzTest {
    private static final List<AnswerSpec> SPECS = List.of(new AnswerSpec.Expression("2x + 6", Optional.empty()),
            new AnswerSpec.Expression("(x + 2)(x - 3)", Optional.of(AnswerSpec.Form.FACTORED)),
            new AnswerSpec.Expression("x^2 + 2x + 1", Optional.of(AnswerSpec.Form.EXPANDED)),
            new AnswerSpec.Expression("3/4", Optional.of(AnswerSpec.Form.SIMPLIFIED_FRACTION)),
            new AnswerSpec.Expression("sqrt(2)/2", Optional.of(AnswerSpec.Form.EXACT)), new AnswerSpec.Equation("x = 4"),
            new AnswerSpec.SolutionSet("{2, -3}"), new AnswerSpec.Numeric("3.14", Tolerance.parse("1%").orElseThrow(),
                    Optional.of(new AnswerSpec.SigFigs(3, true))),
            new AnswerSpec.Numeric("1/7", Tolerance.EXACT, Optional.empty()),
            new AnswerSpec.Quantity("12 m/s", Optional.empty(), Optional.empty()),
            new AnswerSpec.Quantity("9.81 m/s^2", Optional.empty(), Optional.of(new AnswerSpec.SigFigs(3, false))),
            new AnswerSpec.MultipleChoice(List.of("mass", "force", "energy"), 1));

    @FuzzTest(maxDuration = "10s")
    @Timeout(value = 20, unit = TimeUnit.SECONDS) // a hang guard for fuzzing, not a speed test
    void gradesAnyResponseWithoutThrowing(FuzzedDataProvider data) {
        AnswerSpec spec = SPECS.get(data.consumeInt(0, SPECS.size() - 1));
        String response = data.consumeRemainingAsString();
        Grade grade = AnswerChecker.check(spec, response);
        if (grade == null) throw new AssertionError("no grade for " + response);
    }
}
