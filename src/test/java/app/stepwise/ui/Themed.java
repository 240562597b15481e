package app.stepwise.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Shows controls in a theme, for the tests that check what each theme paints. */
final class Themed {
    private Themed() {}

    /** {@code root} in a {@code width}×{@code height} scene of {@code stage}, styled as the app styles it in {@code theme}. */
    static void show(FxRobot robot, Stage stage, Parent root, Settings.Theme theme, double width, double height) {
        robot.interact(() -> {
            Scene scene = new Scene(root, width, height);
            Looks.set(scene, new Settings(Settings.DEFAULTS.model(), "en", theme, 1.0));
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
