package app.stepwise.lesson;

import app.stepwise.app.Packs;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz target: any pack text gives a report — a pack, or problems written for a teacher — never an exception, and never
 * the reader's last-resort "error in Stepwise itself". Seeds are real pack files in
 * {@code src/test/resources/app/stepwise/lesson/PackReaderFuzzTestInputs/}.
 */
class PackReaderFuzzTest {
    private static final Path FILE = Path.of("fuzzed.json");
    private static final String BUG = "error in Stepwise itself";

    @FuzzTest(maxDuration = "10s")
    @Timeout(value = 20, unit = TimeUnit.SECONDS) // a hang guard for fuzzing, not a speed test
    void readsAnyTextIntoAReport(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        PackProblem.Report report = Packs.reader().read(FILE, text);
        if (report.pack().isEmpty() && report.problems().isEmpty()) throw new AssertionError("neither a pack nor a reason");
        for (PackProblem p : report.problems()) {
            // the message may quote the pack's own text, so the phrase counts only when the pack did not contain it
            if (p.message().isBlank() || p.message().contains(BUG) && !text.contains(BUG))
                throw new AssertionError("unhelpful message for " + text + ": " + p.message());
            if (p.line() < 0 || p.column() < 0) throw new AssertionError("bad location " + p.describe());
        }
    }
}
