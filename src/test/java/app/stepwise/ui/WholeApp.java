package app.stepwise.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/** The whole window as a student starts it, in a fresh home folder with this language, on its library. */
final class WholeApp {
    final Stage stage;
    private final StepwiseApp app;

    private WholeApp(Stage stage, StepwiseApp app) {
        this.stage = stage;
        this.app = app;
    }

    static WholeApp start(FxRobot robot, String language) throws Exception {
        Path home = Files.createTempDirectory("stepwise-window");
        System.setProperty("stepwise.home", home.toString());
        Files.writeString(home.resolve("settings.json"), "{\"language\": \"" + language + "\"}");
        Stage[] stage = new Stage[1];
        StepwiseApp[] app = new StepwiseApp[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            app[0] = new StepwiseApp();
            app[0].start(stage[0]);
        });
        FxWait.shown(robot, "#packs", 20);
        return new WholeApp(stage[0], app[0]);
    }

    MainView main() {
        return (MainView) stage.getScene().getRoot();
    }

    void close() {
        new FxRobot().interact(() -> {
            app.stop();
            stage.close();
        });
    }
}
