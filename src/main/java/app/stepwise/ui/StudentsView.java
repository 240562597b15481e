package app.stepwise.ui;

import app.stepwise.classroom.Classroom;
import app.stepwise.classroom.Classroom.Student;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * "Who is practising?": the students of this laptop as big name buttons, "I'm new here" to add one (with an optional
 * picture password: three pictures in order), and the picture check for a student who has one.
 */
final class StudentsView extends VBox {
    /** The pictures of a picture password; words, so they read the same in every font. */
    static final List<String> PICTURES = List.of("cat", "sun", "tree", "fish", "star", "moon", "house", "boat", "apple");
    private final Classroom classroom;
    private final ExecutorService worker;
    private final Consumer<Student> signedIn;
    private final FlowPane names = new FlowPane(10, 10);
    private final VBox panel = new VBox(10);
    private final Label message = new Label();

    StudentsView(Classroom classroom, ExecutorService worker, Consumer<Student> signedIn) {
        super(14);
        this.classroom = classroom;
        this.worker = worker;
        this.signedIn = signedIn;
        getStyleClass().addAll("view", "students");
        setId("students-view");
        Label heading = new Label("Who is practising?");
        heading.getStyleClass().add("heading");
        names.setId("student-names");
        Button add = new Button("I'm new here");
        add.setId("new-student");
        add.setOnAction(e -> showCreate());
        message.setId("students-message");
        message.getStyleClass().add("muted");
        message.setWrapText(true);
        ScrollPane scroll = new ScrollPane(names);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(220);
        getChildren().addAll(heading, scroll, add, panel, message);
        refresh();
    }

    /** Reloads the names off the FX thread. */
    void refresh() {
        Task<List<Student>> t = new Task<>() {
            @Override
            protected List<Student> call() {
                return classroom.students();
            }
        };
        t.setOnSucceeded(e -> {
            names.getChildren().clear();
            for (Student s : t.getValue()) {
                Button b = new Button(s.name());
                b.getStyleClass().add("student-name");
                b.setId("student-" + s.name().replaceAll("[^A-Za-z0-9]", "_"));
                b.setOnAction(x -> choose(s));
                names.getChildren().add(b);
            }
            if (t.getValue().isEmpty()) message.setText("No one has a name on this computer yet. Press \"I'm new here\".");
        });
        worker.submit(t);
    }

    private void choose(Student s) {
        message.setText("");
        if (!s.hasPicture()) {
            signIn(s, "");
            return;
        }
        PicturePicker picker = new PicturePicker();
        Button go = new Button("Go");
        go.setId("picture-go");
        go.setDefaultButton(true);
        go.setOnAction(e -> signIn(s, picker.password()));
        panel.getChildren().setAll(new Label(s.name() + ", tap your three pictures in order:"), picker, go);
    }

    private void signIn(Student s, String picture) {
        Task<Boolean> t = new Task<>() {
            @Override
            protected Boolean call() {
                return classroom.signIn(s, picture);
            }
        };
        t.setOnSucceeded(e -> {
            if (t.getValue()) {
                panel.getChildren().clear();
                signedIn.accept(s);
            } else {
                message.setText("Those pictures don't match. Try again, or ask your teacher to reset them.");
            }
        });
        worker.submit(t);
    }

    private void showCreate() {
        TextField name = new TextField();
        name.setId("new-name");
        name.setPromptText("Your first name");
        name.setPrefColumnCount(20);
        PicturePicker picker = new PicturePicker();
        Button create = new Button("Start");
        create.setId("create-student");
        create.setDefaultButton(true);
        create.setOnAction(e -> {
            Optional<String> pictures = picker.password().isBlank() ? Optional.empty() : Optional.of(picker.password());
            try {
                Student s = classroom.createStudent(name.getText(), pictures);
                signIn(s, picker.password());
                refresh();
            } catch (IllegalArgumentException ex) {
                message.setText(ex.getMessage());
            }
        });
        panel.getChildren().setAll(new Label("Your name"), name,
                new Label("A picture password (optional): tap three pictures and remember their order."), picker, create);
        name.requestFocus();
    }

    /** Nine picture buttons; the order of taps is the password. */
    static final class PicturePicker extends VBox {
        private final List<String> chosen = new ArrayList<>();
        private final Label shown = new Label();

        PicturePicker() {
            super(6);
            HBox row = new HBox(6);
            row.setAlignment(Pos.CENTER_LEFT);
            for (String p : PICTURES) {
                ToggleButton b = new ToggleButton(p);
                b.setId("picture-" + p);
                b.getStyleClass().addAll("picture", "picture-" + p);
                b.setOnAction(e -> {
                    b.setSelected(false);
                    if (chosen.size() < 3) chosen.add(p);
                    update();
                });
                row.getChildren().add(b);
            }
            Button clear = new Button("Clear");
            clear.setOnAction(e -> {
                chosen.clear();
                update();
            });
            shown.setId("picture-chosen");
            getChildren().addAll(row, new HBox(8, shown, clear));
            update();
        }

        private void update() {
            shown.setText(chosen.isEmpty() ? "No pictures chosen" : String.join(" → ", chosen));
        }

        String password() {
            return String.join(" ", chosen);
        }
    }
}
