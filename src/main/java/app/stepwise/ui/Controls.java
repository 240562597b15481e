package app.stepwise.ui;

import javafx.scene.control.Button;

/** Small builders for controls the screens make the same way. */
final class Controls {
    private Controls() {}

    /** A button with an id (for tests and styling) that runs the action when pressed. */
    static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
