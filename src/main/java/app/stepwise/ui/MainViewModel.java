package app.stepwise.ui;

import app.stepwise.app.AppPaths;
import app.stepwise.text.Message;
import app.stepwise.tutor.ModelCatalog;
import java.nio.file.Path;
import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The main window's own state: the tutor model's status, loading (or switching) the model, and the warning that the
 * data folder cannot keep the user's work. The top bar shows the
 * status short (the model's name and version, or that there is none) and the whole line (its size and load time, or
 * why there is none) as its tooltip, so the bar fits a 1024-pixel window in every language.
 */
final class MainViewModel {
    /** The processor time loading a model may use (about 1.1-1.3 s of the loading thread's own on this 2-core machine). */
    private static final Duration LOAD_BUDGET = Duration.ofMinutes(2);
    /**
     * How long loading may take on the clock: in a test run at load ~36 it passed two minutes and the top bar said
     * "No tutor model" while the loading went on (docs/reliability.md §8).
     */
    private static final Duration LOAD_PATIENCE = Duration.ofMinutes(10);
    /** The bar's few words for "there is no model" (in the feedback bundle, beside the whole lines it stands for). */
    private static final Message NO_MODEL = Message.of("model.absent.brief");
    private AppContext app;
    private final ReadOnlyStringWrapper modelStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper modelDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper modelLoading = new ReadOnlyBooleanWrapper(false);
    private final TaskLane modelLane;
    /** Said when the model did not start and the data folder, where it keeps its working files, cannot be used. */
    private static final Message MODEL_NEEDS_THE_FOLDER = Message.of("data.unusable.model");
    private Message dataFolderSaid = Message.NONE;
    private Message dataFolderTrouble = Message.NONE;
    private boolean dataFolderUnusable;
    /** The last model load ended without a model, for a reason other than no model folder at all. */
    private boolean modelDidNotStart;
    private final ReadOnlyStringWrapper dataFolderWarning = new ReadOnlyStringWrapper("");

    MainViewModel(AppContext app) {
        this.app = app;
        this.modelLane = TaskLane.queueing(app.tasks());
    }

    /** A new language: the status line said again in it (it was rendered once, when the model loaded). */
    void relabel(AppContext inNewLanguage) {
        this.app = inNewLanguage;
        if (!modelLoading.get() && !modelStatus.get().isEmpty()) status(app.tutor().modelStatusSaid());
        sayDataFolder();
    }

    /**
     * What the data folder's diagnosis found: an unusable folder (owned by another account, a file, a link to nowhere)
     * is said on the window, why the work cannot be saved and what to do, in the window's language; otherwise nothing.
     */
    void dataFolder(AppPaths.DataFolder found) {
        dataFolderUnusable = found.unusable();
        dataFolderSaid = found.unusable() ? found.said() : Message.NONE;
        dataFolderTrouble = dataFolderSaid;
        sayDataFolder();
    }

    /** Why the data folder cannot be used and what to do, for Settings (kept after the banner is closed); or NONE. */
    Message dataFolderTrouble() {
        return dataFolderTrouble;
    }

    /** Whether the tutor's status says a model was there but could not start (not that there is none). */
    static boolean didNotStart(Message said) {
        return said.key().equals("model.notLoaded") || said.key().equals("model.notStarted");
    }

    /**
     * The banner: the folder's trouble and, once the model has failed to start because of it (its caches and native
     * libraries live in that folder), that the tutor model cannot start and where hints come from meanwhile.
     */
    private void sayDataFolder() {
        String said = app.texts().get(dataFolderSaid);
        boolean modelToo = !said.isEmpty() && modelDidNotStart;
        dataFolderWarning.set(modelToo ? said + " " + app.texts().get(MODEL_NEEDS_THE_FOLDER) : said);
    }

    /** The data folder's warning for the banner; empty when the folder is fine or the banner was closed. */
    ReadOnlyStringProperty dataFolderWarningProperty() {
        return dataFolderWarning.getReadOnlyProperty();
    }

    /** The banner was closed: read, and not said again this run. */
    void dismissDataFolderWarning() {
        dataFolderSaid = Message.NONE;
        dataFolderWarning.set("");
    }

    /** The status in short, for the top bar. */
    ReadOnlyStringProperty modelStatusProperty() {
        return modelStatus.getReadOnlyProperty();
    }

    /** The whole status line, as Settings shows it (empty while the model loads). */
    ReadOnlyStringProperty modelDetailProperty() {
        return modelDetail.getReadOnlyProperty();
    }

    private void status(Message said) {
        modelDidNotStart = didNotStart(said);
        // the technical reason ("native library") says nothing useful where the folder is the cause
        boolean becauseOfTheFolder = modelDidNotStart && dataFolderUnusable;
        modelStatus.set(app.texts().get(brief(said)));
        modelDetail.set(app.texts().get(becauseOfTheFolder ? MODEL_NEEDS_THE_FOLDER : said));
        sayDataFolder();
    }

    /** The tutor's status line in short: the model's name with its version, or that there is no model. */
    static Message brief(Message said) {
        return switch (said.key()) {
            case "model.loaded" -> Message.of("model.loaded.brief", said.args().get(0));
            case "model.missing", "model.notLoaded", "model.notStarted" -> NO_MODEL;
            default -> said;
        };
    }

    ReadOnlyBooleanProperty modelLoadingProperty() {
        return modelLoading.getReadOnlyProperty();
    }

    /** Loads the model chosen in the settings. */
    void loadChosenModel() {
        String chosen = app.settings().get().model();
        BackgroundTask.wrap(ctx -> ModelCatalog.resolve(chosen)).named("find model").onSuccess(this::loadModel)
                .executeWith(app.tasks());
    }

    /** Loads (or switches) the model in the background; a newer choice replaces one still waiting. */
    void loadModel(Path folder) {
        modelLane.submit(BackgroundTask.wrap(ctx -> {
            app.tutor().loadModel(folder);
            return app.tutor().modelStatusSaid();
        }).named("load model").withBudget(LOAD_BUDGET).withPatience(LOAD_PATIENCE)
                .onRunning(() -> {
                    modelLoading.set(true);
                    modelStatus.set(app.texts().get("model.loading"));
                    modelDetail.set("");
                })
                .onSlow(() -> modelDetail.set(app.texts().get("model.loading.slow")))
                .onSuccess(this::status)
                .onFailure(e -> {
                    modelDidNotStart = true;
                    modelStatus.set(app.texts().get(NO_MODEL));
                    modelDetail
                            .set(dataFolderUnusable ? app.texts().get(MODEL_NEEDS_THE_FOLDER) : app.texts().get("model.failed"));
                    sayDataFolder();
                })
                .onFinished(() -> modelLoading.set(false)));
    }
}
