package app.stepwise.ui;

import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Problem;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The frame: a title bar with Back, and one view at a time (library → pack → problem). */
final class MainView extends BorderPane {
    /** All grading, solving and model work runs here, never on the FX thread. */
    private final ExecutorService worker = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "stepwise-worker");
        t.setDaemon(true);
        return t;
    });
    private final Deque<Node> history = new ArrayDeque<>();
    private final Label title = new Label("Stepwise");
    private final Button back = new Button("← Back");
    private final app.stepwise.tutor.Tutor tutor = new app.stepwise.tutor.Tutor(
            app.stepwise.store.ProgressStore.open(app.stepwise.app.AppPaths.userDir().resolve("progress.db")));
    private final Label modelStatus = new Label("Loading the tutor model…");
    private final javafx.scene.control.ProgressIndicator modelLoading = new javafx.scene.control.ProgressIndicator();

    MainView() {
        getStyleClass().add("main");
        back.setId("back");
        back.setOnAction(e -> goBack());
        back.setDisable(true);
        title.getStyleClass().add("title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        modelStatus.setId("model-status");
        modelStatus.getStyleClass().add("model-status");
        modelLoading.setMaxSize(16, 16);
        Button settings = new Button("Settings");
        settings.setId("settings");
        settings.setOnAction(e -> new SettingsDialog(this).show());
        HBox bar = new HBox(12, back, title, spacer, modelLoading, modelStatus, settings);
        bar.getStyleClass().add("top-bar");
        setTop(bar);
        loadModel(app.stepwise.tutor.ModelCatalog.resolve(Settings.load().model()));
    }

    /** Loads (or switches) the model on the worker; the status line says how it went. */
    void loadModel(java.nio.file.Path folder) {
        modelLoading.setVisible(true);
        modelStatus.setText("Loading the tutor model…");
        javafx.concurrent.Task<String> task = new javafx.concurrent.Task<>() {
            @Override
            protected String call() {
                tutor.loadModel(folder, app.stepwise.model.LocalModel.defaultThreads());
                return tutor.modelStatus();
            }
        };
        task.setOnSucceeded(e -> {
            modelLoading.setVisible(false);
            modelStatus.setText(task.getValue());
        });
        task.setOnFailed(e -> {
            modelLoading.setVisible(false);
            modelStatus.setText("The tutor model could not be loaded; hints come from the solvers and the lesson pack.");
        });
        worker.submit(task);
    }

    app.stepwise.tutor.Tutor tutor() {
        return tutor;
    }

    void showLibrary() {
        history.clear();
        show(new LibraryView(this, worker), "Library");
    }

    /** Opens a pack file (and one of its problems); a pack that cannot be read says why in an alert. */
    void openFile(java.nio.file.Path file, java.util.Optional<String> problemId) {
        var report = app.stepwise.app.Packs.reader().read(file);
        if (report.pack().isEmpty()) {
            var alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.WARNING,
                    "Stepwise cannot open " + file.getFileName() + ":\n" + report.problems().get(0).describe());
            alert.setHeaderText("This lesson pack has a problem");
            alert.show();
            return;
        }
        LessonPack pack = report.pack().get();
        openPack(pack);
        problemId.flatMap(pack::problem).ifPresent(p -> openProblem(pack, p));
    }

    void openPack(LessonPack pack) {
        show(new PackView(this, pack), pack.title());
    }

    void openProblem(LessonPack pack, Problem problem) {
        show(new ProblemView(new ProblemViewModel(pack, problem, worker, tutor)), pack.title() + " — " + problem.id());
    }

    private void show(Node view, String heading) {
        if (getCenter() != null) history.push(getCenter());
        view.setUserData(heading);
        setCenter(view);
        title.setText(heading);
        back.setDisable(history.isEmpty());
        javafx.application.Platform.runLater(view::requestFocus);
    }

    void goBack() {
        if (history.isEmpty()) return;
        Node previous = history.pop();
        setCenter(previous);
        title.setText(String.valueOf(previous.getUserData()));
        back.setDisable(history.isEmpty());
    }

    void shutdown() {
        worker.shutdownNow();
        tutor.close();
    }
}
