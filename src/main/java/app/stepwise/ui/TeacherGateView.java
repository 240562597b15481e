package app.stepwise.ui;

import app.stepwise.teacher.TeacherException;
import app.stepwise.teacher.TeacherSession;
import app.stepwise.teacher.TeacherStore;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/**
 * The one door to teacher mode, from the top bar and from the students screen: the teacher PIN (set here the first
 * time), checked in the background with its waits. Behind it is teacher mode's first screen, the packs, from which
 * the class report is one click away.
 */
final class TeacherGateView extends VBox implements Screen {
    private final AppContext app;
    private final Navigator navigator;
    private final Label message = new Label();
    private javafx.scene.Node focus;

    TeacherGateView(AppContext app, Navigator navigator) {
        super(10);
        this.app = app;
        this.navigator = navigator;
        Texts t = app.texts();
        getStyleClass().add("view");
        setId("teacher-gate");
        Label heading = new Label(t.get("teacher.heading"));
        heading.getStyleClass().add("heading");
        message.setId("teacher-message");
        message.setWrapText(true);
        TeacherStore teacher = app.tutor().teacher();
        if (!teacher.hasPin()) {
            PasswordField pin = new PasswordField();
            pin.setId("new-pin");
            pin.setMaxWidth(240);
            focus = pin;
            PasswordField again = new PasswordField();
            again.setId("new-pin-again");
            again.setMaxWidth(240);
            Button set = new Button(t.get("teacher.setPin"));
            set.setId("set-pin");
            set.setDefaultButton(true);
            set.setOnAction(e -> {
                if (!pin.getText().equals(again.getText())) {
                    message.setText(t.get("teacher.pinsDiffer"));
                    return;
                }
                char[] chosen = pin.getText().toCharArray();
                BackgroundTask.wrap(ctx -> {
                    try {
                        return (Object) teacher.setFirstPin(chosen);
                    } catch (TeacherException ex) {
                        return ex.said().map(t::get).orElse(ex.getMessage());
                    }
                }).named("set teacher PIN").withBudget(Duration.ofSeconds(30)).onSuccess(outcome -> {
                    if (outcome instanceof TeacherSession session) navigator.replace(new AuthorRoutes.Packs(session));
                    else
                        message.setText(String.valueOf(outcome));
                }).executeWith(app.tasks());
            });
            getChildren().addAll(heading, new Label(t.get("teacher.firstPin")), pin, new Label(t.get("teacher.pinAgain")), again,
                    set,
                    message);
        } else {
            PasswordField pin = new PasswordField();
            pin.setId("teacher-pin");
            Button unlock = new Button(t.get("teacher.unlock"));
            unlock.setId("unlock");
            unlock.setDefaultButton(true);
            unlock.setOnAction(e -> {
                char[] typed = pin.getText().toCharArray();
                pin.clear();
                unlock.setDisable(true);
                // the PIN hash is deliberately slow: checked in the background
                BackgroundTask.wrap(ctx -> teacher.unlock(typed)).named("teacher PIN").withBudget(Duration.ofSeconds(30))
                        .onSuccess(result -> {
                            unlock.setDisable(false);
                            switch (result) {
                                case TeacherStore.Unlock.Granted g -> navigator.replace(new AuthorRoutes.Packs(g.session()));
                                case TeacherStore.Unlock.Wrong w -> message.setText(w.retryAfter().isZero()
                                        ? t.get("teacher.wrongPin")
                                        : t.get("teacher.wait", seconds(w.retryAfter())));
                                case TeacherStore.Unlock.Locked l ->
                                    message.setText(t.get("teacher.pin.locked", seconds(l.retryAfter())));
                                case TeacherStore.Unlock.Unavailable u -> message.setText(u.message());
                            }
                        }).onFailure(x -> {
                            unlock.setDisable(false);
                            message.setText(t.get("report.failed"));
                        }).executeWith(app.tasks());
            });
            pin.setMaxWidth(240);
            focus = pin;
            getChildren().addAll(heading, new Label(t.get("teacher.pin")), pin, unlock, message);
        }
    }

    private static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }

    @Override
    public void requestFocus() {
        if (focus != null) focus.requestFocus();
    }

    @Override
    public Node view() {
        return this;
    }

    @Override
    public String title() {
        return app.texts().get("teacher.title");
    }
}
