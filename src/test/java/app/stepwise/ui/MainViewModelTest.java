package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.app.AppPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The main window's own state without JavaFX: the data folder's banner and the tutor model's status. */
class MainViewModelTest {
    private static final String FOLDER_SAID = "Your Stepwise data folder /home/amy/.stepwise cannot be written by this"
            + " account, so your work cannot be saved.";
    private final TestApp test = new TestApp();

    @AfterEach
    void close() {
        test.close();
    }

    private static AppPaths.DataFolder unusable() {
        return new AppPaths.DataFolder(Path.of("/home/amy/.stepwise"), AppPaths.DataFolder.State.UNUSABLE, FOLDER_SAID);
    }

    /**
     * ui17's tour: with an unusable data folder the tutor model does not start (its caches and native libraries live
     * there) and the top bar said only "No tutor model". The banner now says that too, where hints come from meanwhile
     * and what to do, and the model's detail line says the same instead of a native library's name.
     */
    @Test
    void aModelThatCannotStartWhereTheDataFolderIsUnusableIsSaidOnTheBanner() throws Exception {
        MainViewModel vm = new MainViewModel(test.app());
        vm.dataFolder(unusable());
        assertThat(vm.dataFolderWarningProperty().get()).isEqualTo(FOLDER_SAID);
        vm.loadModel(Files.createTempDirectory("stepwise-model")); // a model folder whose model cannot start
        assertThat(vm.modelStatusProperty().get()).isEqualTo("No tutor model");
        assertThat(vm.dataFolderWarningProperty().get()).startsWith(FOLDER_SAID)
                .contains("The tutor model cannot start either", "hints come from the worked solutions",
                        "open Stepwise again");
        assertThat(vm.modelDetailProperty().get()).startsWith("The tutor model cannot start either")
                .doesNotContain("model.json");
        vm.relabel(test.inLanguage("es").app());
        assertThat(vm.dataFolderWarningProperty().get()).contains("Tampoco puede iniciarse el modelo tutor");
        vm.dismissDataFolderWarning();
        assertThat(vm.dataFolderWarningProperty().get()).isEmpty();
    }

    /** Only the folder's trouble is blamed on the folder: no model installed, or a usable folder, says nothing more. */
    @Test
    void theModelIsBlamedOnTheFolderOnlyWhereTheFolderIsUnusableAndAModelFailedToStart() throws Exception {
        MainViewModel missing = new MainViewModel(test.app());
        missing.dataFolder(unusable());
        missing.loadModel(test.home.resolve("no-such-model"));
        assertThat(missing.dataFolderWarningProperty().get()).isEqualTo(FOLDER_SAID);

        MainViewModel fine = new MainViewModel(test.app());
        fine.dataFolder(new AppPaths.DataFolder(test.home, AppPaths.DataFolder.State.PRIVATE, ""));
        fine.loadModel(Files.createTempDirectory("stepwise-model"));
        assertThat(fine.dataFolderWarningProperty().get()).isEmpty();
        assertThat(fine.modelDetailProperty().get()).startsWith("The tutor model could not be loaded");
    }

    /**
     * On a starved computer the model's loading passed its two minutes on the clock (a test run at load ~36) and the top
     * bar said "No tutor model" while the loading went on: it now says it is still loading, then what loaded.
     */
    @Test
    void onAStarvedComputerTheModelIsStillLoadingNotFailed() throws Exception {
        Path folder = AppPaths.bundledModels().resolve("stepwise-tutor");
        MainViewModel calm = new MainViewModel(test.app());
        calm.loadModel(folder);
        assertThat(calm.modelStatusProperty().get()).startsWith("Model: stepwise-tutor");
        try (TestApp starved = new TestApp(new StarvedComputerExecutor())) {
            MainViewModel vm = new MainViewModel(starved.app());
            java.util.List<String> said = new java.util.ArrayList<>();
            vm.modelDetailProperty().addListener((o, was, now) -> said.add(now));
            vm.loadModel(folder);
            assertThat(said).contains(starved.app().texts().get("model.loading.slow"));
            assertThat(vm.modelStatusProperty().get()).as("as on a calm computer").isEqualTo(calm.modelStatusProperty().get());
            assertThat(vm.modelDetailProperty().get()).as("the model as loaded (with its time), no longer still loading")
                    .startsWith("Model: stepwise-tutor").contains("loaded in");
        }
    }
}
