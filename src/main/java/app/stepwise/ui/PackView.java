package app.stepwise.ui;

import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Problem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One pack: its problems, each with its statement (formulas rendered) and difficulty. */
final class PackView extends VBox {
    PackView(MainView main, LessonPack pack) {
        super(8);
        getStyleClass().add("view");
        Label heading = new Label(pack.title());
        heading.getStyleClass().add("heading");
        Label meta = new Label(
                String.join(", ", pack.authors()) + (pack.version().isEmpty() ? "" : " · version " + pack.version()));
        meta.getStyleClass().add("muted");
        ListView<Problem> list = new ListView<>();
        list.setId("problems");
        list.getItems().setAll(pack.problems());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setGraphic(null);
                    setText(null);
                } else {
                    setText(null);
                    setGraphic(MathText.flow((getIndex() + 1) + ".  " + p.statement() + "   " + "●".repeat(p.difficulty()), 15));
                }
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null)
                main.openProblem(pack, list.getSelectionModel().getSelectedItem());
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null)
                main.openProblem(pack, list.getSelectionModel().getSelectedItem());
        });
        if (!list.getItems().isEmpty()) list.getSelectionModel().select(0);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, meta, list);
    }

    @Override
    public void requestFocus() {
        getChildren().get(2).requestFocus();
    }
}
