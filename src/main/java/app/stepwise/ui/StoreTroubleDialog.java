package app.stepwise.ui;

import app.stepwise.classroom.Classroom;
import java.time.Duration;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Trouble with the progress file, shown once: what happened, and for a damaged file the offer to restore the newest
 * backup or to start a new file (the damaged one is kept). A full disk needs no choice: Stepwise saves by itself when
 * there is space again.
 */
final class StoreTroubleDialog {
    private StoreTroubleDialog() {}

    static void show(AppContext app, Classroom.Trouble trouble, Window owner) {
        Texts t = app.texts();
        Alert a = new Alert(trouble.damaged() ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION);
        a.setTitle(t.get("app.title"));
        a.setHeaderText(t.get("store.trouble.heading"));
        a.getDialogPane().setId("store-trouble");
        a.setContentText(trouble.message() + (trouble.damaged() ? "\n\n" + t.get("store.trouble.damagedNote") : ""));
        ButtonType restore = new ButtonType(t.get("store.trouble.restore", trouble.backup().orElse("")),
                ButtonBar.ButtonData.YES);
        ButtonType fresh = new ButtonType(t.get("store.trouble.fresh"), ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType(t.get("store.trouble.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        if (trouble.damaged()) {
            if (trouble.backup().isPresent()) a.getButtonTypes().setAll(restore, fresh, later);
            else
                a.getButtonTypes().setAll(fresh, later);
        } else {
            a.getButtonTypes().setAll(Controls.ok(t));
        }
        if (owner != null) a.initOwner(owner);
        a.showAndWait().ifPresent(choice -> {
            if (choice != restore && choice != fresh) return;
            BackgroundTask
                    .wrap(ctx -> choice == restore
                            ? app.tutor().classroom().restoreNewestBackup()
                            : app.tutor().classroom().startFresh())
                    .named("repair progress file").withBudget(Duration.ofSeconds(60)).onSuccess(ok -> {
                        Alert done = new Alert(ok ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING,
                                t.get(ok
                                        ? (choice == restore ? "store.trouble.restored" : "store.trouble.started")
                                        : "store.trouble.failed"),
                                Controls.ok(t));
                        done.setHeaderText(t.get("store.trouble.heading"));
                        if (owner != null) done.initOwner(owner);
                        done.show();
                    }).executeWith(app.tasks());
        });
    }
}
