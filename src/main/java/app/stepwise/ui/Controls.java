package app.stepwise.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;

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

    // Dialog buttons in the UI's language: JavaFX's own OK / Cancel follow the computer's locale, not Settings.

    static ButtonType ok(Texts t) {
        return new ButtonType(t.get("dialog.ok"), ButtonData.OK_DONE);
    }

    static ButtonType cancel(Texts t) {
        return new ButtonType(t.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
    }

    static ButtonType yes(Texts t) {
        return new ButtonType(t.get("dialog.yes"), ButtonData.YES);
    }

    static ButtonType no(Texts t) {
        return new ButtonType(t.get("dialog.no"), ButtonData.NO);
    }

    /** A closing button (Esc closes the dialog too). */
    static ButtonType close(Texts t) {
        return new ButtonType(t.get("dialog.close"), ButtonData.CANCEL_CLOSE);
    }
}
