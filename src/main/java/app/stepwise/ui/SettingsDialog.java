package app.stepwise.ui;

import app.stepwise.app.AppPaths;
import app.stepwise.tutor.ModelCatalog;
import java.util.Locale;
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
                setText(empty || e == null ? null : describe(e));
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

    static String describe(ModelCatalog.Entry e) {
        StringBuilder sb = new StringBuilder(e.name());
        sb.append(String.format(Locale.ROOT, "  —  %.1f MB", e.bytes() / 1e6));
        if (e.manifest().isEmpty()) return sb.append("  —  cannot be used: ").append(e.problem()).toString();
        var m = e.manifest().get();
        if (m.parameters() > 0) sb.append(String.format(Locale.ROOT, ", %.1f M parameters", m.parameters() / 1e6));
        sb.append(", ").append(m.weights());
        var ev = m.evaluation().path("validation");
        if (!ev.isMissingNode()) {
            sb.append(String.format(Locale.ROOT, "\n    next steps valid %.0f %%, full solutions right %.0f %% (validation)",
                    100 * ev.path("nextStepValid").asDouble(), 100 * ev.path("fullAnswerRight").asDouble()));
        }
        sb.append(e.bundled() ? "  [bundled]" : "  [yours]");
        return sb.toString();
    }
}
