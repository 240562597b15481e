package app.stepwise.ui;

import app.stepwise.tutor.AppPaths;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop window: library, pack and problem views in one resizable stage. */
public final class StepwiseApp extends Application {

    public static void launchApp() {
        Application.launch(StepwiseApp.class);
    }

    @Override
    public void start(Stage stage) {
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
    }
}
