package app.stepwise.ui;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The keyboard shortcuts, listed (F1 or Ctrl+/); Esc or Enter closes it. */
final class ShortcutsDialog {
    /** (keys, what they do) message keys, in the order shown. */
    static final String[] KEYS = {"enter", "ctrlEnter", "ctrlH", "tab", "ctrlTab", "ctrlZ", "ctrlY", "ctrlPage", "altLeft",
            "ctrlPlus", "f1", "esc"};

    private ShortcutsDialog() {}

    static void show(Texts t, Window owner) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(t.get("shortcuts.title"));
        d.setHeaderText(t.get("shortcuts.title"));
        GridPane grid = new GridPane(16, 6);
        grid.setId("shortcuts");
        for (int i = 0; i < KEYS.length; i++) {
            Label keys = new Label(t.get("shortcuts." + KEYS[i] + ".keys"));
            keys.getStyleClass().add("keys");
            grid.addRow(i, keys, new Label(t.get("shortcuts." + KEYS[i])));
        }
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().add(Controls.close(t)); // CLOSE is a cancel button: Esc closes the dialog
        d.show();
    }
}
