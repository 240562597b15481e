package app.stepwise.ui;

import app.stepwise.classroom.Classroom.SessionSummary;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The short summary a student sees when signing out: time, problems, right first time, hints, skills mastered. */
final class SessionSummaryDialog {
    private SessionSummaryDialog() {}

    static String text(Texts t, SessionSummary s) {
        String text = t.get("session.summary", Math.max(1, Math.round(s.time().toSeconds() / 60.0)), s.problemsTried(),
                s.solved(),
                s.rightFirstTime(), s.hints());
        if (!s.newlyMastered().isEmpty())
            text += "\n" + t.get("session.mastered", String.join(", ", s.newlyMastered().stream().map(t::get).toList()));
        return text + "\n" + t.get("session.none");
    }

    static void show(Texts t, SessionSummary s, Window owner) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text(t, s), Controls.ok(t));
        a.setHeaderText(t.get("session.heading", s.student()));
        a.setTitle(t.get("app.title"));
        a.getDialogPane().setId("session-summary");
        if (owner != null) a.initOwner(owner);
        a.show();
    }
}
