package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.text.Message;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The settings dialog's words about the tutor model, without JavaFX. */
class SettingsViewModelTest {
    private static final Message FOLDER = Message.of("data.unusable.link", "/home/amy/.stepwise",
            "/media/usb-stick/stepwise");
    private final TestApp test = new TestApp();

    @AfterEach
    void close() {
        test.close();
    }

    /**
     * ui18's tour: with a data folder that cannot be used, Settings gave the model's technical reason ("Failed to load
     * Huggingface native library") and said to copy models into that very folder. It now says what is wrong (the
     * folder, in the banner's words, with what to do) and that models can be added once it is fixed, in en and es.
     */
    @Test
    void aModelThatCannotStartInAnUnusableDataFolderIsSaidPlainlyWithWhatToDo() throws Exception {
        test.tutor.loadModel(Files.createTempDirectory("stepwise-model"), 1); // a model folder whose model cannot start
        assertThat(MainViewModel.didNotStart(test.tutor.modelStatusSaid())).isTrue();
        SettingsViewModel fine = new SettingsViewModel(test.app());
        assertThat(fine.modelInUse()).as("a usable folder: as before").startsWith("The tutor model could not be loaded");
        assertThat(fine.modelsFolder()).startsWith("Copy other models");

        SettingsViewModel vm = new SettingsViewModel(test.app(), FOLDER);
        assertThat(vm.modelInUse()).startsWith("The tutor model cannot start, because")
                .contains("/media/usb-stick/stepwise", "Connect it", "open Stepwise again")
                .doesNotContain("native", "model.json", "could not be loaded");
        assertThat(vm.modelsFolder()).doesNotContain("Copy", "/home/amy").contains("once the data folder is fixed");

        SettingsViewModel es = new SettingsViewModel(test.inLanguage("es").app(), FOLDER);
        assertThat(es.modelInUse()).startsWith("El modelo tutor no puede iniciarse").contains("Conéctala");
        assertThat(es.modelsFolder()).contains("cuando la carpeta de datos esté arreglada");
    }

    /** No model installed at all is not blamed on the folder: that is said as it always was. */
    @Test
    void noModelAtAllIsSaidAsBeforeEvenWithAnUnusableFolder() {
        test.tutor.loadModel(test.home.resolve("no-such-model"), 1);
        assertThat(new SettingsViewModel(test.app(), FOLDER).modelInUse())
                .startsWith("The tutor model no-such-model is not there");
    }
}
