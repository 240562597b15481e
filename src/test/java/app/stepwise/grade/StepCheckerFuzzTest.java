package app.stepwise.grade;

import app.stepwise.lesson.Task;
import app.stepwise.math.MathSyntaxException;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz target: a student's working, any lines at all, is checked line by line — one status per line — for algebra
 * (solve, simplify, expand, factor, evaluate, differentiate) and physics, without an exception.
 */
class StepCheckerFuzzTest {
    private static final List<String[]> STARTS = List.of(new String[]{"solve", "3x + 5 = 20"},
            new String[]{"solve", "x^2 - 5x + 6 = 0"}, new String[]{"simplify", "2x + 3x - 4"},
            new String[]{"expand", "(x + 2)(x - 3)"}, new String[]{"factor", "x^2 - 9"}, new String[]{"evaluate", "3 + 4 * 2"},
            new String[]{"differentiate", "x^3 + 2x"}, new String[]{"solve", "2(x - 1) = x/3 + 4"});
    private static final List<String> REFERENCE = List.of("3x = 15", "x = 5");

    @FuzzTest(maxDuration = "10s")
    @Timeout(value = 20, unit = TimeUnit.SECONDS) // a hang guard for fuzzing, not a speed test
    void checksAnyWorkingLineByLine(FuzzedDataProvider data) throws MathSyntaxException {
        boolean physics = data.consumeBoolean();
        String[] start = STARTS.get(data.consumeInt(0, STARTS.size() - 1));
        List<String> lines = new ArrayList<>();
        int n = data.consumeInt(1, 6);
        for (int i = 0; i < n - 1; i++) lines.add(data.consumeString(80));
        lines.add(data.consumeRemainingAsString());
        LineCheck.Report report;
        if (physics) {
            var situation = PhysicsSteps.Situation.of(List.of(Map.entry("m", "2 kg"), Map.entry("F", "6 N")), Optional.of("a"),
                    Optional.of("3 m/s^2"));
            report = PhysicsSteps.check(situation, lines, List.of("a = F/m", "a = 3 m/s^2"));
        } else {
            report = StepChecker.check(Task.of(start[0]).orElseThrow(), start[1], lines, REFERENCE);
        }
        if (report == null) throw new AssertionError("no report");
    }
}
