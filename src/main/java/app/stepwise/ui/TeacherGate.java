package app.stepwise.ui;

import app.stepwise.teacher.TeacherException;
import app.stepwise.teacher.TeacherSession;
import app.stepwise.teacher.TeacherStore;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The PIN dialog in front of teacher mode: sets the first PIN, or asks for it; wrong PINs wait as the store says. */
final class TeacherGate {
    private TeacherGate() {}

    /** The outcome of one try, in the teacher's words; a session when the PIN was right. */
    record Outcome(Optional<TeacherSession> session, String message) {}

    /** The logic of the dialog, apart from its controls (tested without JavaFX). */
    static Outcome attempt(TeacherStore store, Texts t, String pin, String repeat) {
        if (!store.hasPin()) {
            if (!pin.equals(repeat)) return new Outcome(Optional.empty(), t.get("teacher.pin.mismatch"));
            try {
                return new Outcome(Optional.of(store.setFirstPin(pin.toCharArray())), "");
            } catch (TeacherException e) {
                return new Outcome(Optional.empty(), e.getMessage());
            }
        }
        return switch (store.unlock(pin.toCharArray())) {
            case TeacherStore.Unlock.Granted g -> new Outcome(Optional.of(g.session()), "");
            case TeacherStore.Unlock.Wrong w -> new Outcome(Optional.empty(),
                    w.retryAfter().isZero() ? t.get("teacher.pin.wrong") : t.get("teacher.pin.wait", w.retryAfter().toSeconds()));
            case TeacherStore.Unlock.Locked l -> new Outcome(Optional.empty(),
                    t.get("teacher.pin.locked", Math.max(1, l.retryAfter().toSeconds())));
            case TeacherStore.Unlock.Unavailable u -> new Outcome(Optional.empty(), u.message());
        };
    }

    /** Shows the dialog until the PIN is right or the teacher cancels. The PIN check runs on the FX thread (~0.3 s). */
    static Optional<TeacherSession> ask(TeacherStore store, Texts t, Window owner) {
        boolean first = !store.hasPin();
        String message = first ? t.get("teacher.pin.first") : t.get("teacher.pin.ask");
        while (true) {
            Dialog<ButtonType> d = new Dialog<>();
            d.setTitle(t.get("teacher.title"));
            d.setHeaderText(message);
            PasswordField pin = new PasswordField();
            pin.setId("teacher-pin");
            PasswordField repeat = new PasswordField();
            repeat.setId("teacher-pin-repeat");
            VBox box = new VBox(8, new Label(t.get("teacher.pin.label")), pin);
            if (first) box.getChildren().addAll(new Label(t.get("teacher.pin.repeat")), repeat);
            box.setPadding(new Insets(8));
            d.getDialogPane().setContent(box);
            d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
            if (owner != null) d.initOwner(owner);
            javafx.application.Platform.runLater(pin::requestFocus);
            Optional<ButtonType> b = d.showAndWait();
            if (b.isEmpty() || b.get() != ButtonType.OK) return Optional.empty();
            Outcome o = attempt(store, t, pin.getText(), repeat.getText());
            if (o.session().isPresent()) return o.session();
            message = o.message();
            first = !store.hasPin();
        }
    }
}
