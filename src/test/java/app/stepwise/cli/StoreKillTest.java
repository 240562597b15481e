package app.stepwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress file after its writing process is killed with SIGKILL mid-write: it opens healthy, passes SQLite's full
 * integrity check and holds every answer the store had acknowledged (the recovery path of {@code bench store-kill}).
 */
class StoreKillTest {
    @Test
    void aWriterKilledMidWriteLosesNoAcknowledgedAnswerAndLeavesASoundFile(@TempDir Path tmp) throws Exception {
        List<StoreKillBench.Round> rounds = StoreKillBench.measure(tmp.resolve("progress.db"), 2, new SplittableRandom(7));
        assertThat(rounds).hasSize(2).allSatisfy(r -> {
            assertThat(r.acknowledged()).as("the writer saved answers before it was killed").isPositive();
            assertThat(r.lost()).isZero();
            assertThat(r.found()).isGreaterThanOrEqualTo(r.acknowledged());
            assertThat(r.integrity()).isEqualTo("ok");
            assertThat(r.healthy()).isTrue();
        });
    }
}
