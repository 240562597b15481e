package app.stepwise.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Settings: the tutor model (with size, parameters and evaluation figures), the language, the theme. */
final class SettingsDialog extends Dialog<ButtonType> {
    private static final javafx.css.PseudoClass UNAVAILABLE = javafx.css.PseudoClass.getPseudoClass("unavailable");

    SettingsDialog(SettingsViewModel vm, Texts t, Consumer<Path> loadModel, BiConsumer<String, String> tell, Window owner) {
        initOwner(owner);
        setTitle(t.get("settings.title"));
        setHeaderText(t.get("settings.heading"));

        ComboBox<Texts.Language> language = new ComboBox<>();
        language.setId("language");
        language.getItems().setAll(vm.languages());
        language.valueProperty().bindBidirectional(vm.languageProperty());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Texts.Language l) {
                return l == null ? "" : l.name();
            }

            @Override
            public Texts.Language fromString(String s) {
                return null;
            }
        });
        ComboBox<Settings.Theme> theme = new ComboBox<>();
        theme.setId("theme");
        theme.getItems().setAll(vm.themes());
        theme.valueProperty().bindBidirectional(vm.themeProperty());
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(Settings.Theme th) {
                return th == null ? "" : t.get("theme." + th.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public Settings.Theme fromString(String s) {
                return null;
            }
        });
        Label languageLabel = new Label(t.get("settings.language"));
        languageLabel.setLabelFor(language);
        Label themeLabel = new Label(t.get("settings.theme"));
        themeLabel.setLabelFor(theme);
        GridPane looks = new GridPane(12, 8);
        looks.addRow(0, languageLabel, language);
        looks.addRow(1, themeLabel, theme);

        Label modelLabel = new Label(t.get("settings.model"));
        modelLabel.getStyleClass().add("section");
        ListView<SettingsViewModel.ModelItem> list = new ListView<>();
        list.setId("models");
        list.setItems(vm.modelsProperty());
        list.setPrefHeight(180);
        list.setCellFactory(v -> new ListCell<>() {
            {
                // a long description wraps within the list ("[incluido]" was cut off behind a sideways scroll bar)
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(SettingsViewModel.ModelItem m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : m.description());
                boolean unavailable = !empty && m != null && !m.usable();
                setDisable(unavailable); // listed with its reason, never chosen
                pseudoClassStateChanged(UNAVAILABLE, unavailable);
            }
        });
        Label noModel = new Label();
        noModel.textProperty().bind(vm.emptyListSaidProperty());
        noModel.setId("no-model");
        noModel.setWrapText(true);
        noModel.visibleProperty().bind(vm.listedProperty()); // not while the folders are still being listed
        list.setPlaceholder(noModel);
        modelLabel.setLabelFor(list);
        Label inUse = new Label(vm.modelInUse());
        inUse.setId("model-in-use");
        inUse.setWrapText(true);
        vm.modelProperty().addListener((o, was, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) list.getSelectionModel().select(now);
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            // the keys can still reach a model that cannot start: the selection goes back to the chosen one
            if (now != null && !vm.choose(now))
                javafx.application.Platform.runLater(() -> {
                    if (vm.modelProperty().get() == null) list.getSelectionModel().clearSelection();
                    else
                        list.getSelectionModel().select(vm.modelProperty().get());
                });
        });
        Label where = new Label(vm.modelsFolder());
        where.setWrapText(true);
        where.getStyleClass().add("muted");
        VBox box = new VBox(10, looks, modelLabel, inUse, list, where);
        box.setPrefWidth(620);
        getDialogPane().setContent(box);
        ButtonType ok = Controls.ok(t);
        getDialogPane().getButtonTypes().addAll(ok, Controls.cancel(t));
        setOnHidden(ev -> {
            if (getResult() == ok)
                vm.apply(loadModel, problem -> tell.accept(t.get("settings.notSaved.heading"),
                        t.get("settings.notSaved", problem)));
        });
        vm.load();
    }
}
