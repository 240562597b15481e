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

    /** A copy of the bundled model in the user's models folder, named {@code name}; {@code damage} spoils it. */
    private static java.nio.file.Path copyOfTheModel(String name, java.util.function.Consumer<java.nio.file.Path> damage)
            throws Exception {
        java.nio.file.Path bundled = app.stepwise.app.AppPaths.bundledModels().resolve("stepwise-tutor");
        java.nio.file.Path copy = app.stepwise.app.AppPaths.userModels().resolve(name);
        Files.createDirectories(copy);
        for (String f : java.util.List.of("model.json", "tokenizer.json", "model.onnx"))
            Files.copy(bundled.resolve(f), copy.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        damage.accept(copy);
        return copy;
    }

    private static void deleteTree(java.nio.file.Path folder) throws Exception {
        try (var files = Files.walk(folder)) {
            for (java.nio.file.Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        }
    }

    private static SettingsViewModel.ModelItem listed(SettingsViewModel vm, java.nio.file.Path folder) {
        return vm.modelsProperty().stream().filter(m -> m.folder().equals(folder)).findFirst().orElseThrow();
    }

    /**
     * ui19's tour: Settings listed a model that cannot start as one to choose. A model with a damaged file, or the one
     * that was tried and did not start, is listed as unavailable with the reason, and choosing it changes nothing: the
     * settings keep the model they had and no model is loaded.
     */
    @Test
    void aModelThatCannotStartIsListedAsUnavailableAndCannotBeChosen() throws Exception {
        java.nio.file.Path damaged = copyOfTheModel("ui20-damaged", f -> {
            try {
                Files.write(f.resolve("model.onnx"), new byte[]{1, 2, 3}); // a copy cut short
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        java.nio.file.Path noTokenizer = copyOfTheModel("ui20-no-tokenizer", f -> {
            try {
                Files.delete(f.resolve("tokenizer.json"));
                // no checksums: only trying to start it finds what is missing
                Files.writeString(f.resolve("model.json"),
                        Files.readString(f.resolve("model.json")).replaceFirst("\"files\"", "\"filesNotChecked\""));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try {
            test.tutor.loadModel(noTokenizer, 1);
            assertThat(MainViewModel.didNotStart(test.tutor.modelStatusSaid())).isTrue();
            SettingsViewModel vm = new SettingsViewModel(test.app());
            vm.load();

            SettingsViewModel.ModelItem bad = listed(vm, damaged);
            assertThat(bad.usable()).isFalse();
            assertThat(bad.description()).contains("not available").contains("damaged");
            SettingsViewModel.ModelItem tried = listed(vm, noTokenizer);
            assertThat(tried.usable()).isFalse();
            assertThat(tried.description()).contains("not available").contains("tokenizer.json");
            SettingsViewModel.ModelItem good = listed(vm,
                    app.stepwise.app.AppPaths.bundledModels().resolve("stepwise-tutor"));
            assertThat(good.usable()).isTrue();
            assertThat(good.description()).doesNotContain("not available");

            String before = test.settings.get().model();
            assertThat(vm.choose(bad)).isFalse();
            assertThat(vm.choose(tried)).isFalse();
            java.util.List<java.nio.file.Path> loaded = new java.util.ArrayList<>();
            vm.apply(loaded::add, problem -> {});
            assertThat(loaded).as("no model that cannot start is loaded").isEmpty();
            assertThat(test.settings.get().model()).isEqualTo(before);

            assertThat(vm.choose(good)).isTrue();
        } finally {
            deleteTree(damaged);
            deleteTree(noTokenizer);
        }
    }

    /** Where the data folder cannot be used, no model can start (they keep their working files there): none is offered. */
    @Test
    void withAnUnusableDataFolderNoModelIsOffered() throws Exception {
        test.tutor.loadModel(Files.createTempDirectory("stepwise-model"), 1);
        SettingsViewModel vm = new SettingsViewModel(test.app(), FOLDER);
        vm.load();
        assertThat(vm.modelsProperty()).isNotEmpty().allSatisfy(m -> {
            assertThat(m.usable()).isFalse();
            assertThat(m.description()).contains("not available").contains("data folder");
        });
        SettingsViewModel es = new SettingsViewModel(test.inLanguage("es").app(), FOLDER);
        es.load();
        assertThat(es.modelsProperty()).allSatisfy(m -> assertThat(m.description()).contains("no disponible"));
    }

    /**
     * ui20's tour, at load 33: listing the models ran past its budget and Settings showed an empty list with no words
     * (the "no model found" line waits for the list, which never came). It now says the list could not be made, and
     * that the model in use stays.
     */
    @Test
    void modelsThatCouldNotBeListedInTimeAreSaidSoNotLeftBlank() {
        TaskExecutor tooSlow = new CurrentThreadTaskExecutor() {
            @Override
            public <T> TaskHandle execute(BackgroundTask<T> task) {
                task.running();
                task.failed(new BackgroundTask.TimedOut(task.name(), java.time.Duration.ofSeconds(60)));
                return finished(() -> {});
            }
        };
        try (TestApp busy = new TestApp(tooSlow)) {
            SettingsViewModel vm = new SettingsViewModel(busy.app());
            vm.load();
            assertThat(vm.modelsProperty()).isEmpty();
            assertThat(vm.listedProperty().get()).as("the list's line is shown").isTrue();
            assertThat(vm.emptyListSaidProperty().get()).startsWith("Stepwise could not list the tutor models just now")
                    .contains("stays in use");
            SettingsViewModel es = new SettingsViewModel(busy.inLanguage("es").app());
            es.load();
            assertThat(es.emptyListSaidProperty().get()).startsWith("Stepwise no ha podido mostrar");
        }
        SettingsViewModel fine = new SettingsViewModel(test.app());
        assertThat(fine.emptyListSaidProperty().get()).as("before and after a normal listing")
                .isEqualTo(Texts.of("en").get("settings.model.none"));
    }
}
