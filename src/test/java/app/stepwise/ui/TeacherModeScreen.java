package app.stepwise.ui;

import app.stepwise.store.ProgressStore;
import app.stepwise.teacher.TeacherStore;
import app.stepwise.tutor.Tutor;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

/**
 * Teacher mode's pack list, unlocked, on an account of its own (its data folder, progress file and teacher file with a
 * PIN), shown at 1024 × 768 in the TestFX stage, work run on the test thread, the file choosers answered by the test:
 * the set-up of the flows that export and import packs ({@code PackExportImportTest}, {@code PackUpdateFlowTest}).
 * {@link #close} closes the account, puts the stage and the data folder back and forgets the file choosers.
 */
final class TeacherModeScreen implements AutoCloseable {
    private final Stage stage;
    private final String homeBefore = System.getProperty("stepwise.home");
    private Tutor tutor;
    private TestApp.RecordingNavigator navigator = new TestApp.RecordingNavigator();

    TeacherModeScreen(Stage stage) {
        this.stage = stage;
    }

    /** Shows teacher mode on the account whose data folder is {@code home}, in a language; an account shown before closes. */
    void open(FxRobot robot, Path home, String language) throws Exception {
        if (tutor != null) tutor.close();
        System.setProperty("stepwise.home", home.toString());
        tutor = new Tutor(ProgressStore.open(home.resolve("progress.db")), TeacherStore.open(home.resolve("teacher.json")));
        var session = tutor.teacher().setFirstPin("5820".toCharArray());
        AppContext app = new AppContext(tutor, new CurrentThreadTaskExecutor(), SettingsStore.load(home.resolve("settings.json")),
                Texts.of(language));
        navigator = new TestApp.RecordingNavigator();
        TestApp.RecordingNavigator shown = navigator;
        robot.interact(() -> {
            SharedStage.shrink(stage, 1024, 768);
            stage.setScene(
                    new Scene(new TeacherPacksView(new TeacherPacksViewModel(app, shown, session), app.texts()), 1024, 768));
            stage.show();
        });
    }

    /** The tutor of the account last shown (its classroom and progress store). */
    Tutor tutor() {
        return tutor;
    }

    /** Where the screen last shown asked to go. */
    TestApp.RecordingNavigator navigator() {
        return navigator;
    }

    /**
     * The file choosers from now on: Export pack… saves where {@code exportTo} says for the name it offers (empty:
     * cancelled), Import pack… and Import pack folder… open what {@code importFrom} gives at that moment.
     */
    static void answerFileChoosers(Function<String, Optional<Path>> exportTo, Supplier<Path> importFrom) {
        TeacherPacksView.files = new TeacherPacksView.PackFiles() {
            @Override
            public Optional<Path> exportTo(Window owner, String suggestedName) {
                return exportTo.apply(suggestedName);
            }

            @Override
            public Optional<Path> importFrom(Window owner) {
                return Optional.of(importFrom.get());
            }

            @Override
            public Optional<Path> importFolder(Window owner) {
                return Optional.of(importFrom.get());
            }
        };
    }

    @SuppressWarnings("unchecked")
    static ListView<TeacherPacksViewModel.Item> packs(FxRobot robot) {
        return robot.lookup("#teacher-packs").queryAs(ListView.class);
    }

    @Override
    public void close() {
        TeacherPacksView.files = null;
        new FxRobot().interact(() -> SharedStage.restore(stage));
        if (tutor != null) tutor.close();
        if (homeBefore == null) System.clearProperty("stepwise.home");
        else
            System.setProperty("stepwise.home", homeBefore);
    }
}
