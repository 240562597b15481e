package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.PackProblem;
import app.stepwise.text.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The library lists a broken pack with its reason in the student's language: the reader's findings were made Spanish
 * (polish9), but the list showed their English, and the library's own two findings were English text.
 */
class LibraryLanguageTest {
    private final TestApp test = new TestApp().inLanguage("es");

    @AfterEach
    void close() {
        test.close();
        System.clearProperty("stepwise.home");
    }

    @Test
    void aBrokenPackIsListedWithItsReasonInSpanish() throws Exception {
        System.setProperty("stepwise.home", test.home.toString());
        Files.createDirectories(test.home.resolve("packs"));
        Files.writeString(test.home.resolve("packs").resolve("roto.json"), "{ esto no es json");
        LibraryViewModel vm = new LibraryViewModel(test.app(), test.navigator);
        vm.load(); // the test executor runs it on this thread
        LibraryViewModel.PackItem broken = vm.packsProperty().stream().filter(i -> !i.ok()).findFirst().orElseThrow();
        assertThat(broken.title()).contains("roto.json");
        assertThat(broken.details()).contains("JSON válido").doesNotContain("not valid JSON");
    }

    @Test
    void theLibrarysOwnFindingsAreSaidInSpanish() {
        LibraryViewModel vm = new LibraryViewModel(test.app(), test.navigator);
        Path folder = Path.of("packs");
        for (Message said : List.of(Message.of("library.cannotList", "acceso denegado"), Message.of("library.internalError"))) {
            String details = vm.item(new PackProblem.Report(folder, Optional.empty(),
                    List.of(new PackProblem(folder, 0, 0, "", said)))).details();
            assertThat(details).isEqualTo(said.in(java.util.Locale.forLanguageTag("es"))).isNotEqualTo(said.english());
        }
    }
}
