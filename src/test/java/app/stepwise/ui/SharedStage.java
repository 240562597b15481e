package app.stepwise.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * TestFX hands every test class the same stage. A test that makes it small gives it back the size the app starts with,
 * so that a later test's robot finds its controls inside the window.
 */
final class SharedStage {
    private SharedStage() {}

    /** Makes the stage this small (the app's own minimum size is lifted for it). */
    static void shrink(Stage stage, double width, double height) {
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.setWidth(width);
        stage.setHeight(height);
    }

    /** Shows this screen in the stage, made this size; {@link #restore} after the test. */
    static void show(Stage stage, Parent screen, double width, double height) {
        shrink(stage, width, height);
        stage.setScene(new Scene(screen, width, height));
        stage.show();
    }

    /** A small empty window: the owner of the dialogs a test opens; {@link #restore} after the test. */
    static void blank(Stage stage) {
        show(stage, new StackPane(), 300, 200);
    }

    /** The size the app opens at. */
    static void restore(Stage stage) {
        double[] size = Displays.startSize();
        stage.setWidth(size[0]);
        stage.setHeight(size[1]);
    }
}
