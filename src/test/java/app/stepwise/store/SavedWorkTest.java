package app.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Work in progress is kept per profile and problem, replaced on each save, and survives reopening the file. */
class SavedWorkTest {
    @Test
    void savedWorkIsPerProfileAndProblemAndLastsAcrossOpens() throws Exception {
        Path db = Files.createTempDirectory("stepwise-saved").resolve("progress.db");
        try (ProgressStore s = ProgressStore.open(db)) {
            s.saveWork("ana", "linear", "le-01", "2x = 10", "");
            s.saveWork("ana", "linear", "le-01", "2x = 10\nx = 5", "x = 5"); // replaces
            s.saveWork("ben", "linear", "le-01", "other", "x = 4");
        }
        try (ProgressStore s = ProgressStore.open(db)) {
            assertThat(s.savedWork("ana", "linear", "le-01")).contains(new ProgressStore.SavedWork("2x = 10\nx = 5", "x = 5"));
            assertThat(s.savedWork("ben", "linear", "le-01")).contains(new ProgressStore.SavedWork("other", "x = 4"));
            assertThat(s.savedWork("ana", "linear", "le-02")).isEmpty();
        }
    }
}
