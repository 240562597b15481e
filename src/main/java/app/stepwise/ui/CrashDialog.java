package app.stepwise.ui;

import app.stepwise.app.AppVersion;
import app.stepwise.app.ErrorLog;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * What a student sees when Stepwise has a bug: a calm message, "Copy details" for the teacher, never a stack trace and
 * never a blank window. Installed at start for the JavaFX thread and every other thread; each failure is logged once
 * ({@link ErrorLog}) and shown once, and a second failure while the dialog is open does not stack another dialog.
 */
public final class CrashDialog {
    private static volatile Texts texts = Texts.of("en");
    private static Alert showing; // FX thread only

    private CrashDialog() {}

    /** Sends uncaught exceptions of every thread (and of the calling JavaFX thread) to the log and this dialog. */
    public static void install() {
        Thread.UncaughtExceptionHandler handler = (thread, e) -> handle("thread " + thread.getName(), e);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        if (Platform.isFxApplicationThread()) Thread.currentThread().setUncaughtExceptionHandler(handler);
    }

    /** The texts in the student's language, once the settings are read (English until then). */
    public static void useTexts(Texts t) {
        texts = t;
    }

    /** The texts the dialog is shown in now. */
    static Texts texts() {
        return texts;
    }

    /** Logs a failure once and, the first time, shows the dialog (from any thread). */
    public static void handle(String where, Throwable e) {
        if (!ErrorLog.shared().report(where, e)) return;
        String details = ErrorLog.details(AppVersion.current(), where, e);
        try {
            if (Platform.isFxApplicationThread()) show(details, false);
            else
                Platform.runLater(() -> show(details, false));
        } catch (IllegalStateException toolkitGone) {
            // no window to show it in (the app is closing): it is in the log
        }
    }

    /**
     * The window could not be built: instead of a blank or half-built window, the dialog says so and closes the app.
     */
    public static void startFailed(Stage stage, Throwable e) {
        ErrorLog.shared().report("start", e);
        stage.hide();
        show(ErrorLog.details(AppVersion.current(), "start", e), true);
    }

    private static void show(String details, boolean fatal) {
        if (showing != null && showing.isShowing()) return;
        Texts t = texts;
        ButtonType copyType = new ButtonType(t.get("crash.copy"), ButtonData.LEFT);
        ButtonType done = new ButtonType(t.get(fatal ? "crash.close" : "crash.carryOn"), ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.NONE);
        alert.setDialogPane(new DetailsPane(t)); // "Show details" in the UI's language, not the computer's
        alert.getButtonTypes().setAll(copyType, done);
        alert.setTitle(t.get("crash.title"));
        alert.setHeaderText(t.get(fatal ? "crash.headerStart" : "crash.header"));
        alert.setContentText(t.get(fatal ? "crash.bodyStart" : "crash.body"));
        alert.getDialogPane().setId("crash-dialog");
        TextArea text = new TextArea(details);
        text.setEditable(false);
        text.setWrapText(false);
        text.setPrefRowCount(12);
        alert.getDialogPane().setExpandableContent(text);
        Button copy = (Button) alert.getDialogPane().lookupButton(copyType);
        copy.setId("copy-details");
        copy.addEventFilter(ActionEvent.ACTION, ev -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(details);
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText(t.get("crash.copied"));
            ev.consume(); // copying keeps the dialog open
        });
        Window.getWindows().stream().filter(Window::isShowing).findFirst().ifPresent(alert::initOwner);
        if (fatal) alert.setOnHidden(ev -> Platform.exit());
        showing = alert;
        alert.show();
    }

    /** A dialog pane whose details link speaks the UI's language (JavaFX's own follows the computer's locale). */
    private static final class DetailsPane extends DialogPane {
        private final Texts t;

        DetailsPane(Texts t) {
            this.t = t;
        }

        @Override
        protected Node createDetailsButton() {
            Hyperlink more = new Hyperlink();
            more.setId("crash-details");
            more.getStyleClass().add("details-button");
            Runnable label = () -> more.setText(t.get(isExpanded() ? "crash.hideDetails" : "crash.showDetails"));
            label.run();
            expandedProperty().addListener((o, was, now) -> label.run());
            more.setOnAction(e -> setExpanded(!isExpanded()));
            return more;
        }
    }

}
