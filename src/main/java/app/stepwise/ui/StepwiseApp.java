package app.stepwise.ui;

import app.stepwise.app.AppPaths;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop window: library, pack and problem views in one resizable stage. */
public final class StepwiseApp extends Application {

    /** @param args {@code --open=PACKFILE} and {@code --problem=ID}, both optional */
    public static void launchApp(String... args) {
        Application.launch(StepwiseApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        CrashDialog.install();
        try {
            show(stage);
        } catch (RuntimeException | LinkageError e) {
            CrashDialog.startFailed(stage, e); // never a blank window
        }
    }

    private void show(Stage stage) {
        AppPaths.ensureUserFolders();
        MathText.registerFonts();
        MainView main = new MainView();
        Scene scene = new Scene(main, 1000, 700);
        scene.getStylesheets().add(StepwiseApp.class.getResource("stepwise.css").toExternalForm());
        stage.setTitle("Stepwise");
        stage.setMinWidth(640);
        stage.setMinHeight(480);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> main.shutdown());
        stage.show();
        main.showLibrary();
        var named = getParameters() == null ? Map.<String, String>of() : getParameters().getNamed();
        if (named.containsKey("open"))
            main.openFile(Path.of(named.get("open")), Optional.ofNullable(named.get("problem")));
    }
}
