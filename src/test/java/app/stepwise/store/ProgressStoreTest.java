package app.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {

    @Test
    void recordsAttemptsAndHintsInSqliteAcrossRestarts(@TempDir Path tmp) {
        Path db = tmp.resolve("progress.db");
        try (ProgressStore s = ProgressStore.open(db)) {
            s.attempt("linear", "le-02", "x = 6", false, false, "equation");
            s.attempt("linear", "le-02", "x = 5", true, false, "equation");
            s.hint("linear", "le-02", 1, "model", true, 120);
            s.hint("linear", "le-02", 3, "solver", true, 4);
            assertThat(s.problem()).isEmpty();
        }
        try (ProgressStore s = ProgressStore.open(db)) {
            assertThat(s.summary("linear").get("le-02")).isEqualTo(new ProgressStore.ProblemProgress(2, 1, 2, 3));
        }
    }

    @Test
    void aDatabaseThatCannotBeOpenedRecordsNothingAndSaysWhy(@TempDir Path tmp) throws Exception {
        Path notADir = tmp.resolve("file");
        Files.writeString(notADir, "x");
        try (ProgressStore s = ProgressStore.open(notADir.resolve("progress.db"))) {
            s.attempt("p", "q", "1", true, false, "numeric"); // no exception: the lesson goes on
            assertThat(s.problem()).contains("not being saved");
            assertThat(s.summary("p")).isEmpty();
        }
    }
}
