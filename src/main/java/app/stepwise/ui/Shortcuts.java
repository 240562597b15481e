package app.stepwise.ui;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Keys that mean the same on every screen (the F1 list names them). */
final class Shortcuts {
    /** A hint for the next step: on a problem, a hint; in any other text box it does nothing, never a deletion. */
    static final KeyCombination HINT = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);

    private Shortcuts() {}
}
