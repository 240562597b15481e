package app.stepwise.ui;

import app.stepwise.teacher.PinHash;
import app.stepwise.teacher.SetupCode;
import app.stepwise.teacher.TeacherException;
import app.stepwise.teacher.TeacherSession;
import javafx.scene.Node;
import app.stepwise.tutor.Tutor;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/**
 * The one door to teacher mode, from the top bar and from the students screen: the teacher PIN, checked in the
 * background with its waits. The first PIN is set here only on a computer no one has practised on yet, in a copy of
 * Stepwise this account owns, with the set-up code from its file; otherwise outside the app (docs/decisions/0011,
 * 0013). Behind it is teacher mode's first screen, the packs, from which the class report is one click away.
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
        Tutor.FirstPin state = app.tutor().firstPin();
        SetupCode setup = null;
        if (state == Tutor.FirstPin.ALLOWED) {
            try {
                setup = app.tutor().setupCode(); // the code's file is written now, for whoever set the computer up
            } catch (TeacherException e) {
                message.setText(e.said().map(t::get).orElse(e.getMessage())); // no code, so no PIN here
            }
        }
        if (state == Tutor.FirstPin.IN_USE || state == Tutor.FirstPin.ADMINISTRATOR) {
            // students have practised here, or an administrator installed Stepwise: the first PIN is set outside the app
            heading.setText(t.get("teacher.firstPin.refused.heading"));
            message.setText(t.get(state == Tutor.FirstPin.IN_USE ? Tutor.FIRST_PIN_IN_USE : Tutor.FIRST_PIN_ADMINISTRATOR));
            getChildren().addAll(heading, message);
        } else if (state == Tutor.FirstPin.ALLOWED && setup == null) {
            heading.setText(t.get("teacher.firstPin.refused.heading"));
            getChildren().addAll(heading, message);
        } else if (state == Tutor.FirstPin.ALLOWED) {
            heading.setText(t.get("teacher.firstPin.heading"));
            Label who = new Label(t.get("teacher.firstPin.who"));
            who.setId("first-pin-who");
            who.setWrapText(true);
            // the question a student cannot click past: a code only someone who can open the computer's files can read
            Label where = new Label(t.get("teacher.setupCode.where", setup.file()));
            where.setId("setup-code-where");
            where.setWrapText(true);
            TextField code = new TextField();
            code.setId("setup-code");
            code.setMaxWidth(240);
            Label codeLabel = new Label(t.get("teacher.setupCode"));
            codeLabel.setLabelFor(code);
            focus = code;
            PasswordField pin = new PasswordField();
            pin.setId("new-pin");
            pin.setMaxWidth(240);
            PasswordField again = new PasswordField();
            again.setId("new-pin-again");
            again.setMaxWidth(240);
            Button set = new Button(t.get("teacher.setPin"));
            set.setId("set-pin");
            set.setDefaultButton(true);
            set.disableProperty().bind(code.textProperty().isEmpty().or(pin.textProperty().isEmpty()));
            set.setOnAction(e -> {
                if (!pin.getText().equals(again.getText())) {
                    message.setText(t.get("teacher.pinsDiffer"));
                    return;
                }
                char[] chosen = pin.getText().toCharArray();
                String typedCode = code.getText();
                BackgroundTask.wrap(ctx -> {
                    try {
                        return (Object) app.tutor().setFirstPin(chosen, typedCode);
                    } catch (TeacherException ex) {
                        return ex.said().map(t::get).orElse(ex.getMessage());
                    }
                }).named("set teacher PIN").withBudget(TeacherGateViewModel.BUDGET)
                        .withQueueLimit(TeacherGateViewModel.QUEUE_LIMIT).onSuccess(outcome -> {
                            if (outcome instanceof TeacherSession session) navigator.replace(new AuthorRoutes.Packs(session));
                            else
                                message.setText(String.valueOf(outcome));
                        }).onFailure(x -> message.setText(TeacherGateViewModel.failureSaid(x, t))).executeWith(app.tasks());
            });
            // what the label asks for is what the PIN check accepts: the same numbers, any characters
            Label pinLabel = new Label(t.get("teacher.firstPin", PinHash.MIN_LENGTH, PinHash.MAX_LENGTH));
            pinLabel.setId("first-pin-label");
            pinLabel.setWrapText(true);
            pinLabel.setLabelFor(pin);
            Label againLabel = new Label(t.get("teacher.pinAgain"));
            againLabel.setLabelFor(again);
            getChildren().addAll(heading, who, where, codeLabel, code, pinLabel, pin, againLabel, again, set, message);
        } else {
            PasswordField pin = new PasswordField();
            pin.setId("teacher-pin");
            Button unlock = new Button(t.get("teacher.unlock"));
            unlock.setId("unlock");
            unlock.setDefaultButton(true);
            TeacherGateViewModel vm = new TeacherGateViewModel(app, navigator);
            vm.warmUp(); // while the teacher types
            unlock.disableProperty().bind(vm.checkingProperty());
            message.textProperty().bind(vm.messageProperty());
            unlock.setOnAction(e -> {
                char[] typed = pin.getText().toCharArray();
                pin.clear();
                vm.unlock(typed);
            });
            pin.setMaxWidth(240);
            focus = pin;
            getChildren().addAll(heading, new Label(t.get("teacher.pin")), pin, unlock, message);
        }
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
