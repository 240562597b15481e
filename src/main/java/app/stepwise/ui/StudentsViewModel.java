package app.stepwise.ui;

import app.stepwise.text.Refusal;
import app.stepwise.classroom.Classroom;
import app.stepwise.classroom.Classroom.Student;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;

/** "Who is practising?": the names of this laptop, signing in (with the picture check) and adding a student. */
final class StudentsViewModel {
    private static final Duration BUDGET = Duration.ofSeconds(10);
    private final AppContext app;
    private final Navigator navigator;
    private final ReadOnlyListWrapper<Student> students = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper noneYet = new ReadOnlyBooleanWrapper(false);

    StudentsViewModel(AppContext app, Navigator navigator) {
        this.app = app;
        this.navigator = navigator;
    }

    private Classroom classroom() {
        return app.tutor().classroom();
    }

    ReadOnlyListProperty<Student> studentsProperty() {
        return students.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * Whether this computer has no names yet and no name is being added: the screen then says so, with what to press,
     * where the names would be (not a large empty box with the advice under the buttons).
     */
    ReadOnlyBooleanProperty noneYetProperty() {
        return noneYet.getReadOnlyProperty();
    }

    void refresh() {
        BackgroundTask.wrap(ctx -> classroom().students()).named("students").withBudget(BUDGET).onSuccess(list -> {
            students.setAll(list);
            noneYet.set(list.isEmpty());
        }).executeWith(app.tasks());
    }

    /**
     * "I'm new here" was pressed: the advice to press it has been followed, so it goes, and the name form takes its
     * place; it stood above the form, telling the student to do what they had just done.
     */
    void creating() {
        noneYet.set(false);
    }

    /** Signs the student in; a wrong picture password says so. On success the library opens. */
    void signIn(Student s, String pictures) {
        BackgroundTask.wrap(ctx -> classroom().signIn(s, pictures)).named("sign in").withBudget(BUDGET).onSuccess(ok -> {
            if (ok) navigator.home();
            else
                message.set(app.texts().get("students.wrongPictures"));
        }).executeWith(app.tasks());
    }

    /** Adds a student and signs them in; a name that is empty or taken says why. */
    void create(String name, String pictures) {
        BackgroundTask.wrap(ctx -> {
            try {
                return Optional
                        .of(classroom().createStudent(name, pictures.isBlank() ? Optional.empty() : Optional.of(pictures)));
            } catch (IllegalArgumentException e) { // told on the FX thread below: the message is bound to a label
                throw new NameRefused(e instanceof Refusal r ? app.texts().get(r.said()) : e.getMessage());
            }
        }).named("new student").withBudget(BUDGET).onSuccess(s -> s.ifPresent(st -> signIn(st, pictures)))
                .onFailure(e -> message.set(e instanceof NameRefused ? e.getMessage() : app.texts().get("students.notSaved")))
                .executeWith(app.tasks());
    }

    /** A name the store refused, with the reason for the student. */
    static final class NameRefused extends RuntimeException {
        NameRefused(String message) {
            super(message, null, false, false);
        }
    }

    void teacher() {
        navigator.go(new ClassroomRoutes.TeacherGate());
    }

    void withoutName() {
        navigator.home();
    }

    List<String> pictures() {
        return StudentsView.PICTURES;
    }
}
