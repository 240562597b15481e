package app.stepwise.ui;

import app.stepwise.app.AppPaths;
import app.stepwise.app.Packs;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.PackProblem;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The packs found in the bundled and user folders; broken packs are listed with what is wrong. */
final class LibraryView extends VBox {
    private final ListView<PackProblem.Report> list = new ListView<>();

    LibraryView(MainView main, ExecutorService worker) {
        super(8);
        getStyleClass().add("view");
        Label heading = new Label("Lesson packs");
        heading.getStyleClass().add("heading");
        Label where = new Label("From " + AppPaths.bundledLessons() + " and your folder " + AppPaths.userPacks());
        where.getStyleClass().add("muted");
        where.setWrapText(true);
        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(32, 32);
        list.setId("packs");
        list.setCellFactory(v -> new PackCell());
        list.setPlaceholder(new Label("No lesson packs found. Put .json packs in " + AppPaths.userPacks()));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) open(main);
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) open(main);
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, where, loading, list);
        Task<List<PackProblem.Report>> load = new Task<>() {
            @Override
            protected List<PackProblem.Report> call() {
                return Packs.library().load();
            }
        };
        load.setOnSucceeded(e -> {
            getChildren().remove(loading);
            list.getItems().setAll(load.getValue());
            if (!list.getItems().isEmpty()) list.getSelectionModel().select(0);
            Platform.runLater(list::requestFocus);
        });
        load.setOnFailed(e -> {
            getChildren().remove(loading);
            list.setPlaceholder(new Label("Could not read the lesson folders: " + load.getException().getMessage()));
        });
        worker.submit(load);
    }

    private void open(MainView main) {
        PackProblem.Report r = list.getSelectionModel().getSelectedItem();
        if (r != null && r.pack().isPresent()) main.openPack(r.pack().get());
    }

    private static final class PackCell extends ListCell<PackProblem.Report> {
        @Override
        protected void updateItem(PackProblem.Report r, boolean empty) {
            super.updateItem(r, empty);
            getStyleClass().remove("broken");
            if (empty || r == null) {
                setText(null);
                return;
            }
            if (r.pack().isPresent()) {
                LessonPack p = r.pack().get();
                setText(p.title() + "\n" + cap(p.subject().name()) + (p.level().isEmpty() ? "" : " · " + p.level()) + " · "
                        + p.problems().size() + " problems"
                        + (r.problems().isEmpty()
                                ? ""
                                : "\n" + plainFormulas(r.problems().size()) + " ("
                                        + r.file().getFileName() + " " + located(r.problems().get(0)) + ")"));
            } else {
                getStyleClass().add("broken");
                setText(r.file().getFileName() + " cannot be opened:\n" + r.problems().stream().limit(3)
                        .map(PackCell::located)
                        .collect(Collectors.joining("\n")));
            }
        }

        private static String plainFormulas(int n) {
            return n == 1 ? "1 formula is shown as plain text" : n + " formulas are shown as plain text";
        }

        private static String located(PackProblem pp) {
            return (pp.line() > 0 ? "line " + pp.line() + ": " : "") + pp.message();
        }

        private static String cap(String s) {
            return s.charAt(0) + s.substring(1).toLowerCase();
        }
    }
}
