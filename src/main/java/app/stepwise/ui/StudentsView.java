package app.stepwise.ui;

import app.stepwise.classroom.Classroom.Student;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * "Who is practising?": the students of this laptop as big name buttons, "I'm new here" to add one (with an optional
 * picture password: three pictures in order), and the picture check for a student who has one.
 */
final class StudentsView extends VBox implements Screen {
    /** The pictures of a picture password: a word on its own colour (stepwise.css), readable in every font and theme. */
    static final List<String> PICTURES = List.of("cat", "sun", "tree", "fish", "star", "moon", "house", "boat", "apple");
    private final StudentsViewModel vm;
    private final Texts t;
    private final FlowPane names = new FlowPane(10, 10);
    private final VBox panel = new VBox(10);

    StudentsView(StudentsViewModel vm, Texts t) {
        super(14);
        this.vm = vm;
        this.t = t;
        getStyleClass().addAll("view", "students");
        setId("students-view");
        Label heading = new Label(t.get("students.heading"));
        heading.getStyleClass().add("heading");
        names.setId("student-names");
        Button add = new Button(t.get("students.new"));
        add.setId("new-student");
        add.setOnAction(e -> showCreate());
        Button guest = new Button(t.get("students.guest"));
        guest.setId("no-name");
        guest.setOnAction(e -> vm.withoutName());
        Button teacher = new Button(t.get("students.teacher"));
        teacher.setId("students-teacher");
        teacher.setOnAction(e -> vm.teacher());
        Label message = new Label();
        message.setId("students-message");
        message.getStyleClass().add("muted");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        ScrollPane scroll = new ScrollPane(names);
        scroll.setId("students-list");
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(200);
        vm.studentsProperty().addListener((ListChangeListener<Student>) c -> fill());
        // no names yet: a short friendly note where the names would be, instead of a large empty box
        Label noneHeading = new Label(t.get("students.none.heading"));
        noneHeading.getStyleClass().add("subheading");
        Label noneAdvice = new Label(t.get("students.none"));
        noneAdvice.setWrapText(true);
        VBox none = new VBox(4, noneHeading, noneAdvice);
        none.setId("students-empty");
        none.getStyleClass().add("empty-state");
        none.visibleProperty().bind(vm.noneYetProperty());
        none.managedProperty().bind(none.visibleProperty());
        scroll.visibleProperty().bind(vm.studentsProperty().emptyProperty().not()); // no empty box, nor under the form
        scroll.managedProperty().bind(scroll.visibleProperty());
        getChildren().addAll(heading, none, scroll, new HBox(10, add, guest, teacher), panel, message);
    }

    private void fill() {
        names.getChildren().clear();
        for (Student s : vm.studentsProperty()) {
            Button b = new Button(s.name());
            b.getStyleClass().add("student-name");
            b.setId("student-" + s.name().replaceAll("[^A-Za-z0-9]", "_"));
            b.setOnAction(x -> choose(s));
            names.getChildren().add(b);
        }
    }

    private void choose(Student s) {
        if (!s.hasPicture()) {
            vm.signIn(s, "");
            return;
        }
        PicturePicker picker = new PicturePicker(t);
        Button go = new Button(t.get("students.go"));
        go.setId("picture-go");
        go.setDefaultButton(true);
        go.setOnAction(e -> vm.signIn(s, picker.password()));
        panel.getChildren().setAll(new Label(t.get("students.tapPictures", s.name())), picker, go);
    }

    private void showCreate() {
        TextField name = new TextField();
        name.setId("new-name");
        name.setPromptText(t.get("students.name.prompt"));
        name.setPrefColumnCount(20);
        name.setMaxWidth(320);
        PicturePicker picker = new PicturePicker(t);
        Button create = new Button(t.get("students.start"));
        create.setId("create-student");
        create.setDefaultButton(true);
        create.setOnAction(e -> vm.create(name.getText(), picker.password()));
        Label nameLabel = new Label(t.get("students.name"));
        nameLabel.setLabelFor(name);
        panel.getChildren().setAll(nameLabel, name, new Label(t.get("students.pictures.optional")), picker, create);
        vm.creating();
        name.requestFocus();
    }

    @Override
    public Node view() {
        return this;
    }

    @Override
    public String title() {
        return t.get("students.title");
    }

    @Override
    public void shown() {
        vm.refresh();
    }

    /** Nine picture buttons; the order of taps is the password. */
    static final class PicturePicker extends VBox {
        private final List<String> chosen = new ArrayList<>();
        private final Label shown = new Label();
        private final Texts t;

        PicturePicker(Texts t) {
            super(6);
            this.t = t;
            HBox row = new HBox(6);
            row.setAlignment(Pos.CENTER_LEFT);
            for (String p : PICTURES) {
                Button b = new Button(t.get("picture." + p));
                b.setId("picture-" + p);
                b.getStyleClass().addAll("picture", "picture-" + p);
                b.setOnAction(e -> {
                    if (chosen.size() < 3) chosen.add(p);
                    update();
                });
                row.getChildren().add(b);
            }
            Button clear = new Button(t.get("students.pictures.clear"));
            clear.setOnAction(e -> {
                chosen.clear();
                update();
            });
            shown.setId("picture-chosen");
            HBox chosenRow = new HBox(8, shown, clear);
            chosenRow.getStyleClass().add("inline-row"); // "No picture chosen" on the Clear button's baseline
            getChildren().addAll(row, chosenRow);
            update();
        }

        private void update() {
            shown.setText(chosen.isEmpty()
                    ? t.get("students.pictures.none")
                    : String.join(" → ", chosen.stream().map(p -> t.get("picture." + p)).toList()));
        }

        String password() {
            return String.join(" ", chosen);
        }
    }
}
