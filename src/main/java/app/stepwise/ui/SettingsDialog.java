package app.stepwise.ui;

import app.stepwise.app.AppPaths;
import app.stepwise.tutor.ModelCatalog;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** Settings: the model picker lists the bundled and the user's models with size, parameters and evaluation figures. */
final class SettingsDialog extends Dialog<ButtonType> {
    SettingsDialog(MainView main) {
        setTitle("Stepwise settings");
        setHeaderText("Tutor model");
        ListView<ModelCatalog.Entry> list = new ListView<>();
        list.setId("models");
        list.getItems().setAll(ModelCatalog.list());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ModelCatalog.Entry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.description());
            }
        });
        String current = Settings.load().model();
        list.getItems().stream().filter(e -> e.name().equals(current) || e.folder().getFileName().toString().equals(current))
                .findFirst()
                .ifPresent(e -> list.getSelectionModel().select(e));
        Label where = new Label("Copy other models (a folder with model.onnx, tokenizer.json and model.json) into "
                + AppPaths.userModels() + ".");
        where.setWrapText(true);
        where.getStyleClass().add("muted");
        VBox box = new VBox(8, list, where);
        box.setPrefWidth(620);
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setOnHidden(ev -> {
            if (getResult() != ButtonType.OK || list.getSelectionModel().getSelectedItem() == null) return;
            ModelCatalog.Entry chosen = list.getSelectionModel().getSelectedItem();
            String problem = new Settings(chosen.folder().getFileName().toString()).save();
            if (!problem.isEmpty()) new Alert(Alert.AlertType.WARNING, problem).show();
            main.loadModel(chosen.folder());
        });
    }

}
