package app.stepwise.ui;

import app.stepwise.app.AppPaths;
import app.stepwise.text.Message;
import app.stepwise.tutor.ModelCatalog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;

/** The settings dialog's state: the models found (listed in the background), the language, the theme, the text size. */
final class SettingsViewModel {
    /**
     * One model as listed: its folder name (what the settings keep), its description (for a model that cannot start,
     * that it is not available and why), whether it can be chosen.
     */
    record ModelItem(String key, Path folder, String description, boolean usable) {}

    private final AppContext app;
    private final ReadOnlyListWrapper<ModelItem> models = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ObjectProperty<ModelItem> model = new SimpleObjectProperty<>();
    private final javafx.beans.property.ReadOnlyBooleanWrapper listed = new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    /** What the list says when it is empty: no model found, or that the models could not be listed in time. */
    private final javafx.beans.property.ReadOnlyStringWrapper emptyListSaid = new javafx.beans.property.ReadOnlyStringWrapper();
    private final ObjectProperty<Texts.Language> language = new SimpleObjectProperty<>();
    private final ObjectProperty<Settings.Theme> theme = new SimpleObjectProperty<>();
    private final Settings before;
    /** Why the data folder cannot be used and what to do; NONE where it is fine. */
    private final Message dataFolderTrouble;

    SettingsViewModel(AppContext app) {
        this(app, Message.NONE);
    }

    /** {@code dataFolderTrouble}: why the data folder cannot be used and what to do (the banner's words), or NONE. */
    SettingsViewModel(AppContext app, Message dataFolderTrouble) {
        this.app = app;
        this.dataFolderTrouble = dataFolderTrouble;
        this.before = app.settings().get();
        language.set(Texts.LANGUAGES.stream().filter(l -> l.tag().equals(before.language())).findFirst()
                .orElse(Texts.LANGUAGES.get(0)));
        theme.set(before.theme());
        emptyListSaid.set(app.texts().get("settings.model.none"));
    }

    ReadOnlyListProperty<ModelItem> modelsProperty() {
        return models.getReadOnlyProperty();
    }

    /** Whether the model folders have been listed (until then an empty list means nothing). */
    javafx.beans.property.ReadOnlyBooleanProperty listedProperty() {
        return listed.getReadOnlyProperty();
    }

    /** The line an empty list shows once listed: no model was found, or the models could not be listed in time. */
    javafx.beans.property.ReadOnlyStringProperty emptyListSaidProperty() {
        return emptyListSaid.getReadOnlyProperty();
    }

    /** The chosen model; the view binds its selection to it. */
    ObjectProperty<ModelItem> modelProperty() {
        return model;
    }

    ObjectProperty<Texts.Language> languageProperty() {
        return language;
    }

    ObjectProperty<Settings.Theme> themeProperty() {
        return theme;
    }

    List<Texts.Language> languages() {
        return Texts.LANGUAGES;
    }

    List<Settings.Theme> themes() {
        return List.of(Settings.Theme.values());
    }

    /**
     * Which model is in use now, with its version, or why none is (the top bar's line, in full). Where the data folder
     * cannot be used, a model that did not start is blamed on the folder in plain words, with what to do, never on a
     * native library (ui18).
     */
    String modelInUse() {
        Message said = app.tutor().modelStatusSaid();
        if (dataFolderTrouble.isEmpty() || !MainViewModel.didNotStart(said)) return app.texts().get(said);
        return app.texts().get("settings.model.folderUnusable", app.texts().get(dataFolderTrouble));
    }

    /** Where other models go; where the data folder cannot be used, that they can be added once it is fixed. */
    String modelsFolder() {
        return dataFolderTrouble.isEmpty()
                ? app.texts().get("settings.modelsFolder", AppPaths.userModels())
                : app.texts().get("settings.modelsFolder.later");
    }

    /** Lists the model folders in the background (it reads every manifest and checks every model's files). */
    void load() {
        BackgroundTask.wrap(ctx -> ModelCatalog.list().stream().map(ModelCatalog.Entry::verified).toList())
                .named("list models").withBudget(Duration.ofSeconds(60))
                .onSuccess(entries -> {
                    models.setAll(entries.stream().map(this::item).toList());
                    models.stream().filter(ModelItem::usable)
                            .filter(m -> m.key().equals(before.model()) || m.description().startsWith(before.model() + " "))
                            .findFirst().ifPresent(model::set);
                    listed.set(true);
                })
                .onFailure(e -> { // a very busy computer: said, never a blank list (ui20's tour at load 33)
                    emptyListSaid.set(app.texts().get("settings.model.notListed"));
                    listed.set(true);
                })
                .executeWith(app.tasks());
    }

    private ModelItem item(ModelCatalog.Entry e) {
        String key = e.folder().getFileName().toString();
        java.util.Locale language = app.texts().locale();
        String why = whyUnavailable(e);
        if (why.isEmpty()) return new ModelItem(key, e.folder(), e.description(language), true);
        return new ModelItem(key, e.folder(), e.heading(language) + "  —  " + app.texts().get("settings.model.unavailable", why),
                false);
    }

    /**
     * Why a model cannot start, in plain words; empty when nothing says it cannot. Its own files (model.json, the
     * checksums) speak first; then the tutor's last attempt: every model keeps its working files in the data folder, so
     * where that folder cannot be used none can start, and a model that was tried and did not start is not offered
     * again.
     */
    private String whyUnavailable(ModelCatalog.Entry e) {
        Texts t = app.texts();
        if (!e.usable()) return t.get(e.problem());
        Message status = app.tutor().modelStatusSaid();
        if (!MainViewModel.didNotStart(status)) return "";
        if (!dataFolderTrouble.isEmpty()) return t.get("settings.model.needsFolder");
        boolean tried = app.tutor().modelFolderTried()
                .map(f -> f.toAbsolutePath().normalize().equals(e.folder().toAbsolutePath().normalize())).orElse(false);
        if (!tried) return "";
        return status.key().equals("model.notLoaded") && status.args().get(0) instanceof Message reason
                ? t.get(reason)
                : t.get("settings.model.didNotStart");
    }

    /** Chooses a model to use; one that cannot start is never chosen (false). */
    boolean choose(ModelItem m) {
        if (m == null || !m.usable()) return false;
        model.set(m);
        return true;
    }

    /**
     * Applies the choices: saved in the background (a failure is told through {@code problem}); a new model is loaded
     * through {@code loadModel}.
     */
    void apply(Consumer<Path> loadModel, Consumer<String> problem) {
        Settings next = before.withLanguage(language.get().tag()).withTheme(theme.get());
        ModelItem m = model.get() != null && model.get().usable() ? model.get() : null;
        boolean newModel = m != null && !m.key().equals(before.model());
        if (m != null) next = next.withModel(m.key());
        app.settings().change(next, app.tasks(), problem);
        if (newModel) loadModel.accept(m.folder());
    }
}
