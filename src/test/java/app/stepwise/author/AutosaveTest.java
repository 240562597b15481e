package app.stepwise.author;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.app.Packs;
import app.stepwise.lesson.LessonPack;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Autosave: a draft survives an editor that never saved (a crash) and is offered back; saving clears it. */
class AutosaveTest {
    @TempDir
    Path dir;

    @Test
    void aDraftWrittenBeforeACrashIsRecoveredAndTheOriginalIsUntouched() throws Exception {
        Path packFile = dir.resolve("algebra.json");
        Files.copy(Path.of("lessons/linear-equations.json"), packFile);
        String before = Files.readString(packFile);
        LessonPack pack = Packs.reader().read(packFile).pack().orElseThrow();
        LessonPack edited = pack.withProblems(pack.problems().subList(0, 2));

        Autosave running = Autosave.of(dir.resolve("drafts"), packFile);
        running.store(edited);
        // the editor dies here: no save, no discard. The next start finds the draft.
        Autosave next = Autosave.of(dir.resolve("drafts"), packFile);
        assertThat(next.recover(Packs.reader())).hasValueSatisfying(d -> assertThat(d.pack()).isEqualTo(edited));
        assertThat(Files.readString(packFile)).isEqualTo(before);
        next.discard();
        assertThat(Autosave.of(dir.resolve("drafts"), packFile).recover(Packs.reader())).isEmpty();
    }

    @Test
    void twoPacksWithTheSameFileNameHaveTheirOwnDrafts() throws Exception {
        Autosave a = Autosave.of(dir, dir.resolve("a").resolve("pack.json"));
        Autosave b = Autosave.of(dir, dir.resolve("b").resolve("pack.json"));
        assertThat(a.file()).isNotEqualTo(b.file());
    }
}
