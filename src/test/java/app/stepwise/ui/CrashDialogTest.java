package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.app.ErrorLog;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A bug on the JavaFX thread or a worker shows one calm dialog with "Copy details", and is logged once. */
@ExtendWith(ApplicationExtension.class)
class CrashDialogTest {
    private Thread.UncaughtExceptionHandler previousDefault;
    private Thread.UncaughtExceptionHandler previousFx;
    private final AtomicReference<RuntimeException> thrown = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        previousFx = Thread.currentThread().getUncaughtExceptionHandler();
        CrashDialog.install();
        // English, whatever language an earlier test's whole app left the dialog in (it speaks the app's language)
        CrashDialog.useTexts(Texts.of("en"));
        Button boom = new Button("Do something buggy");
        boom.setId("boom");
        boom.setOnAction(e -> {
            IllegalStateException bug = new IllegalStateException("a bug for the test " + System.nanoTime());
            thrown.compareAndSet(null, bug);
            throw bug;
        });
        stage.setScene(new Scene(new StackPane(boom), 400, 300));
        stage.show();
    }

    @AfterEach
    void restore() throws Exception {
        Thread.setDefaultUncaughtExceptionHandler(previousDefault);
        WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(previousFx)).get();
    }

    @Test
    void aBugOnTheFxThreadShowsOneCalmDialogWithCopyDetails(FxRobot robot) throws Exception {
        robot.clickOn("#boom");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#crash-dialog").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Something went wrong inside Stepwise.");
        assertThat(pane.getContentText()).contains("not something you did").doesNotContain("Exception");
        javafx.scene.control.Hyperlink details = robot.lookup("#crash-details").queryAs(javafx.scene.control.Hyperlink.class);
        assertThat(details.getText()).isEqualTo("Show details");
        robot.interact(details::fire);
        assertThat(details.getText()).isEqualTo("Hide details");
        assertThat(pane.isExpanded()).isTrue();

        Platform.runLater(() -> {
            throw thrown.get(); // the same bug again (the dialog is modal, so not by a click): counted, no second dialog
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#crash-dialog").queryAll()).hasSize(1);
        assertThat(ErrorLog.shared().count(thrown.get())).isEqualTo(2);

        robot.clickOn("#copy-details");
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).contains("IllegalStateException: " + thrown.get().getMessage()).contains("Where: thread JavaFX");
        assertThat(robot.lookup("#crash-dialog").tryQuery()).isPresent(); // copying keeps it open

        robot.clickOn("Carry on");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#crash-dialog").tryQuery()).isEmpty();
        assertThat(robot.lookup("#boom").tryQuery()).isPresent(); // the window is still there and usable
    }

    @Test
    void aBugOnAWorkerThreadShowsTheDialogToo(FxRobot robot) throws Exception {
        Thread worker = new Thread(() -> {
            throw new UnsupportedOperationException("worker bug " + System.nanoTime());
        }, "stepwise-worker-test");
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#crash-dialog").queryAs(DialogPane.class);
        assertThat(((javafx.scene.control.TextArea) pane.getExpandableContent()).getText())
                .contains("Where: thread stepwise-worker-test").contains("UnsupportedOperationException");
        robot.clickOn("Carry on");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#crash-dialog").tryQuery()).isEmpty();
    }
}
