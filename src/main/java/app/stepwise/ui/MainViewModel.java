package app.stepwise.ui;

import app.stepwise.tutor.ModelCatalog;
import java.nio.file.Path;
import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The main window's own state: the tutor model's status line, and loading (or switching) the model. */
final class MainViewModel {
    private static final Duration LOAD_BUDGET = Duration.ofMinutes(2);
    private AppContext app;
    private final ReadOnlyStringWrapper modelStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper modelLoading = new ReadOnlyBooleanWrapper(false);
    private final TaskLane modelLane;

    MainViewModel(AppContext app) {
        this.app = app;
        this.modelLane = TaskLane.queueing(app.tasks());
    }

    /** A new language: the status line said again in it (it was rendered once, when the model loaded). */
    void relabel(AppContext inNewLanguage) {
        this.app = inNewLanguage;
        if (!modelLoading.get() && !modelStatus.get().isEmpty())
            modelStatus.set(app.texts().get(app.tutor().modelStatusSaid()));
    }

    ReadOnlyStringProperty modelStatusProperty() {
        return modelStatus.getReadOnlyProperty();
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
        }).named("load model").withBudget(LOAD_BUDGET)
                .onRunning(() -> {
                    modelLoading.set(true);
                    modelStatus.set(app.texts().get("model.loading"));
                })
                .onSuccess(said -> modelStatus.set(app.texts().get(said)))
                .onFailure(e -> modelStatus.set(app.texts().get("model.failed")))
                .onFinished(() -> modelLoading.set(false)));
    }
}
