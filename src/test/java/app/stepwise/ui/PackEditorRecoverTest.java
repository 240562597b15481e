package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.app.AppPaths;
import app.stepwise.author.Autosave;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The editor's question about a draft left unsaved says when it was written as people write dates, in the teacher's
 * language; it showed "2026-12-01T09:25:35.555655127Z".
 */
class PackEditorRecoverTest {
    private final TestApp test = new TestApp();
    private Path draft;

    @AfterEach
    void close() throws Exception {
        if (draft != null) Files.deleteIfExists(draft);
        test.close();
    }

    private Optional<String> askedAbout(Instant written, String language) throws Exception {
        Path pack = test.home.resolve("packs").resolve("forces-week-3.json");
        draft = Autosave.of(AppPaths.userDir().resolve("drafts"), pack).file();
        Files.createDirectories(draft.getParent());
        Files.writeString(draft, "{}");
        Files.setLastModifiedTime(draft, FileTime.from(written));
        test.inLanguage(language);
        return new PackEditorViewModel(test.app(), Optional.of(pack), PackEditorViewModel.blank("forces-week-3"))
                .recoverable();
    }

    @Test
    void theDraftsTimeIsSaidAsADateAndATime() throws Exception {
        Instant written = Instant.parse("2026-03-04T12:06:00Z");
        assertThat(askedAbout(written, "en")).hasValueSatisfying(
                when -> assertThat(when).contains("2026").contains("Mar").doesNotContain("T12").doesNotContain("Z")
                        .doesNotContain(".0"));
    }

    @Test
    void inSpanishTheMonthIsSpanish() throws Exception {
        assertThat(askedAbout(Instant.parse("2026-01-04T12:06:00Z"), "es"))
                .hasValueSatisfying(when -> assertThat(when).contains("2026").contains("ene"));
    }
}
