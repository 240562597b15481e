package app.stepwise.ui;

import app.stepwise.app.AppPaths;
import app.stepwise.app.Packs;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Problem;
import app.stepwise.tutor.ModelCatalog;
import app.stepwise.tutor.Tutor;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
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
    private final Tutor tutor = Tutor.withProgressFile(AppPaths.userDir().resolve("progress.db"));
    private final Label modelStatus = new Label("Loading the tutor model…");
    private final ProgressIndicator modelLoading = new ProgressIndicator();

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
        loadModel(ModelCatalog.resolve(Settings.load().model()));
    }

    /** Loads (or switches) the model on the worker; the status line says how it went. */
    void loadModel(Path folder) {
        modelLoading.setVisible(true);
        modelStatus.setText("Loading the tutor model…");
        Task<String> task = new Task<>() {
            @Override
            protected String call() {
                tutor.loadModel(folder);
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

    Tutor tutor() {
        return tutor;
    }

    void showLibrary() {
        history.clear();
        show(new LibraryView(this, worker), "Library");
    }

    /** Opens a pack file (and one of its problems); a pack that cannot be read says why in an alert. */
    void openFile(Path file, Optional<String> problemId) {
        var report = Packs.reader().read(file);
        if (report.pack().isEmpty()) {
            var alert = new Alert(Alert.AlertType.WARNING,
                    "Stepwise cannot open " + file.getFileName() + ":\n" + report.problems().get(0).describe());
            alert.setHeaderText("This lesson pack has a problem");
            alert.show();
            return;
        }
        LessonPack pack = report.pack().get();
        openPack(pack);
        if (problemId.isEmpty()) return;
        Optional<Problem> problem = problemId.flatMap(pack::problem);
        if (problem.isPresent()) {
            openProblem(pack, problem.get());
        } else {
            var alert = new Alert(Alert.AlertType.INFORMATION,
                    "The pack \"" + pack.title() + "\" has no problem called \"" + problemId.get()
                            + "\". Choose one from its list.");
            alert.setHeaderText("No such problem");
            alert.show();
        }
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
        Platform.runLater(view::requestFocus);
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
