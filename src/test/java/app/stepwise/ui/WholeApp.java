package app.stepwise.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * The whole window as a student starts it, in its own window and home folder: a fresh one with a language, or one the
 * test has prepared (packs, students, settings). Closing it and starting again on the same folder is a restart.
 */
final class WholeApp {
    final Stage stage;
    /** The Stepwise home folder: settings, progress file, the teacher's packs. */
    final Path home;
    private final StepwiseApp app;

    private WholeApp(Stage stage, Path home, StepwiseApp app) {
        this.stage = stage;
        this.home = home;
        this.app = app;
    }

    /** In a fresh home folder with this language, on its library. */
    static WholeApp start(FxRobot robot, String language) throws Exception {
        Path home = Files.createTempDirectory("stepwise-window");
        Files.writeString(home.resolve("settings.json"), "{\"language\": \"" + language + "\"}");
        return startIn(robot, home);
    }

    /** In a home folder the test has prepared, on its library. */
    static WholeApp startIn(FxRobot robot, Path home) throws Exception {
        WholeApp window = open(robot, home);
        FxWait.shown(robot, "#packs", 20);
        return window;
    }

    /**
     * Closes the window and starts Stepwise again on the same home folder. It opens on whatever that folder calls for
     * (the library, or "Who is practising?" once there are students), so the caller waits for what it expects.
     */
    WholeApp restart(FxRobot robot) throws Exception {
        close();
        return open(robot, home);
    }

    private static WholeApp open(FxRobot robot, Path home) throws Exception {
        System.setProperty("stepwise.home", home.toString());
        Stage[] stage = new Stage[1];
        StepwiseApp[] app = new StepwiseApp[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            app[0] = new StepwiseApp();
            app[0].start(stage[0]);
        });
        FxWait.until(() -> stage[0].isShowing() && stage[0].getScene() != null
                && stage[0].getScene().getRoot() instanceof MainView, 20); // past "Loading Stepwise…"
        return new WholeApp(stage[0], home, app[0]);
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
