package app.stepwise.ui;

import static app.stepwise.ui.Controls.button;

import app.stepwise.lesson.LatexPolicy;
import app.stepwise.lesson.LessonPack;
import app.stepwise.lesson.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TitledPane;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The pack editor: pack properties and the problem list on the left, the problem editor on the right, the live
 * validation panel below. The view builds controls and binds them to {@link PackEditorViewModel}; it holds no logic
 * beyond moving the binding to the selected problem.
 */
final class PackEditorView extends BorderPane implements Screen {
    private final PackEditorViewModel vm;
    private final Texts t;
    private final Navigator navigator;
    private final ListView<ProblemDraft> list = new ListView<>();
    /** The pack's title: where a new pack's teacher starts typing. */
    private final TextField packTitle = field("pack-title");
    private final TextField id = field("editor-id");
    private final LatexArea statement = new LatexArea();
    private final VBox preview = new VBox();
    private final ScrollPane previewScroll = new ScrollPane(preview);
    private final ChoiceBox<String> kind = new ChoiceBox<>(
            FXCollections.observableArrayList("expression", "equation", "set", "numeric", "quantity", "choice"));
    private final TextField value = field("editor-value");
    private final TextField tolerance = field("editor-tolerance");
    private final TextField sigfigs = field("editor-sigfigs");
    private final ChoiceBox<String> form = new ChoiceBox<>(
            FXCollections.observableArrayList("", "expanded", "factored", "simplified-fraction", "exact", "simplified"));
    private final TextArea choices = area("editor-choices", 3);
    private final Spinner<Integer> correct = new Spinner<>(1, 20, 1);
    private final ChoiceBox<String> task = new ChoiceBox<>(FXCollections.observableArrayList(taskWords()));
    private final TextField start = field("editor-start");
    private final TableView<ProblemDraft.GivenRow> givens = new TableView<>();
    private final TextField skills = field("editor-skills");
    private final Spinner<Integer> difficulty = new Spinner<>(1, 5, 1);
    private final TextArea hints = area("editor-hints", 3);
    private final TextArea solution = area("editor-solution", 4);
    private final TextField solverFamily = field("editor-solver");
    private final TextField solverParams = field("editor-params");
    private final TextField tryBox = field("editor-try");
    private final Label tryVerdict = new Label();
    /** What the checks say of the answer, under it; its room is kept when it says nothing, so nothing below moves. */
    private final Label answerNote = new Label();
    private final Label imageFile = new Label();
    private final TextField imageAlt = field("editor-image-alt");
    private final Label generatedNote = new Label();
    private final Button approve = new Button();
    private final ListView<PackEditorViewModel.Finding> findings = new ListView<>();
    private final VBox problemEditor = new VBox(8);
    private ProblemDraft bound;
    private final javafx.beans.value.ChangeListener<Number> onSelected = (o, was, now) -> {
        tryBox.clear(); // the answer tried on another problem is not this one's
        select(now.intValue());
    };
    private static final javafx.css.PseudoClass BESIDE_PROPERTIES = javafx.css.PseudoClass.getPseudoClass("beside-properties");

    PackEditorView(PackEditorViewModel vm, Texts t, Navigator navigator) {
        this.vm = vm;
        this.t = t;
        this.navigator = navigator;
        getStyleClass().addAll("view", "pack-editor");
        setTop(toolbar());
        SplitPane split = new SplitPane(left(), right());
        split.setDividerPositions(0.3);
        VBox validation = validationPanel();
        SplitPane.setResizableWithParent(validation, false); // a taller window gives its room to the problems and editor
        SplitPane vertical = new SplitPane(split, validation);
        vertical.setOrientation(javafx.geometry.Orientation.VERTICAL);
        vertical.setDividerPositions(0.8);
        fitValidation(vertical, validation);
        setCenter(vertical);
        Label status = new Label();
        status.setId("editor-status");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        status.getStyleClass().add("reserved-one-line"); // a status coming and going does not move the editor
        setBottom(status);
        // weak: after a language change a new view takes this one's place over the same view model
        vm.selected.addListener(new javafx.beans.value.WeakChangeListener<>(onSelected));
        select(vm.selected.get());
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.save(() -> {});
                e.consume();
            }
        });
    }

    private Node toolbar() {
        Button save = button("editor-save", t.get("editor.save"), () -> vm.save(() -> {}));
        Button previewAs = button("editor-preview", t.get("editor.preview"), this::previewAsStudent);
        Button paste = button("editor-paste", t.get("editor.paste"), this::pasteProblem);
        HBox bar = new HBox(8, save, previewAs, paste);
        bar.setPadding(new Insets(0, 0, 8, 0));
        save.disableProperty().bind(vm.busyProperty());
        return bar;
    }

    private Node left() {
        GridPane props = new GridPane();
        props.setHgap(6);
        props.setVgap(6);
        int r = 0;
        r = row(props, r, t.get("editor.pack.id"), bindText(field("pack-id"), vm.packId));
        r = row(props, r, t.get("editor.pack.title"), bindText(packTitle, vm.title));
        ChoiceBox<String> subject = new ChoiceBox<>(FXCollections.observableArrayList("math", "physics"));
        subject.setId("pack-subject");
        subject.setConverter(words("subject."));
        subject.valueProperty().bindBidirectional(vm.subject);
        r = row(props, r, t.get("editor.pack.subject"), subject);
        r = row(props, r, t.get("editor.pack.level"), bindText(field("pack-level"), vm.level));
        r = row(props, r, t.get("editor.pack.language"), bindText(field("pack-language"), vm.language));
        r = row(props, r, t.get("editor.pack.authors"), bindText(field("pack-authors"), vm.authors));
        TextArea packSkills = area("pack-skills", 3);
        packSkills.textProperty().bindBidirectional(vm.skills);
        packSkills.setPromptText(t.get("editor.pack.skills.prompt"));
        row(props, r, t.get("editor.pack.skills"), packSkills);
        // the properties scroll inside their pane when the window is short, so the problem list below keeps its rows
        ScrollPane propsScroll = new ScrollPane(props);
        propsScroll.setFitToWidth(true);
        propsScroll.setMinHeight(0);
        propsScroll.getStyleClass().add("pack-properties-scroll");
        TitledPane properties = new TitledPane(t.get("editor.pack.properties"), propsScroll);
        properties.setId("pack-properties");
        properties.setExpanded(vm.isNewPack());

        list.setId("problem-list");
        list.setItems(vm.problems);
        list.setCellFactory(v -> new ProblemCell());
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0 && now.intValue() != vm.selected.get()) vm.selected.set(now.intValue());
        });
        list.setOnKeyPressed(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (e.isAltDown() && e.getCode() == KeyCode.UP) {
                vm.move(i, i - 1);
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
                vm.move(i, i + 1);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                vm.delete();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.undoDelete();
                e.consume();
            }
        });
        // several problems are always visible (stepwise.css: a height in em, so it follows the text size), fewer while
        // the pack's properties are open; the list takes every pixel the window grows by
        list.getStyleClass().add("problem-list");
        list.pseudoClassStateChanged(BESIDE_PROPERTIES, properties.isExpanded());
        properties.expandedProperty().addListener((o, was, open) -> list.pseudoClassStateChanged(BESIDE_PROPERTIES, open));
        VBox.setVgrow(list, Priority.ALWAYS);
        // the buttons wrap onto a second row rather than being cut to "A…" in a narrow pane or a longer language
        Button undo = button("problem-undo", t.get("editor.undo"), vm::undoDelete);
        undo.disableProperty().bind(vm.canUndoProperty().not()); // on only when there is a deletion to undo
        FlowPane actions = new FlowPane(6, 6, button("problem-add", t.get("editor.add"), vm::add),
                button("problem-duplicate", t.get("editor.duplicate"), vm::duplicate),
                button("problem-up", "↑", () -> vm.move(vm.selected.get(), vm.selected.get() - 1)),
                button("problem-down", "↓", () -> vm.move(vm.selected.get(), vm.selected.get() + 1)),
                button("problem-delete", t.get("editor.delete"), vm::delete),
                undo);
        Label problemsLabel = new Label(t.get("editor.problems"));
        problemsLabel.setId("problems-label");
        problemsLabel.setWrapText(true); // whole on two lines in a narrow column, not cut to "Alt+Arriba/Aba…"
        problemsLabel.setMinHeight(Region.USE_PREF_SIZE);
        problemsLabel.setLabelFor(list);
        VBox box = new VBox(8, properties, problemsLabel, list, actions);
        // room below the buttons for their shadow: the split pane cuts off whatever reaches its edge
        box.setPadding(new Insets(0, 8, 6, 0));
        return box;
    }

    private Node right() {
        statement.setId("editor-statement");
        statement.setPrefHeight(90);
        preview.setId("editor-preview-pane");
        preview.getStyleClass().add("statement-preview");
        // the preview keeps one height (about three lines) and a longer statement scrolls inside it: the fields below
        // never move as the teacher types (a long statement used to push them down, line by line)
        previewScroll.setId("editor-preview-scroll");
        previewScroll.getStyleClass().add("statement-preview-scroll");
        previewScroll.setFitToWidth(true);
        previewScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        previewScroll.setFocusTraversable(false); // the statement field above holds the same text, for the keyboard
        preview.minHeightProperty().bind(Bindings.createDoubleBinding(() -> previewScroll.getViewportBounds().getHeight(),
                previewScroll.viewportBoundsProperty())); // a short statement's box fills the room, as before
        statement.textProperty().addListener((o, was, now) -> renderPreview(now));
        kind.setId("editor-kind");
        kind.setConverter(words("editor.kind."));
        form.setId("editor-form");
        form.setConverter(words("editor.form."));
        correct.setId("editor-correct");
        task.setId("editor-task");
        task.setConverter(words("editor.task."));
        difficulty.setId("editor-difficulty");
        givens.setId("editor-givens");
        givens.setEditable(true);
        givens.setPrefHeight(120);
        givens.setPlaceholder(new Label(t.get("editor.given.none"))); // JavaFX's own "No content in table" is English
        givens.getColumns().add(column(t.get("editor.given.symbol"), g -> g.symbol));
        givens.getColumns().add(column(t.get("editor.given.value"), g -> g.value));
        givens.getColumns().add(column(t.get("editor.given.description"), g -> g.description));
        Button addGiven = button("given-add", t.get("editor.given.add"),
                () -> givens.getItems().add(new ProblemDraft.GivenRow("", "", "")));
        Button removeGiven = button("given-remove", t.get("editor.given.remove"), () -> {
            int i = givens.getSelectionModel().getSelectedIndex();
            if (i >= 0) givens.getItems().remove(i);
        });
        tryBox.setPromptText(t.get("editor.try.prompt"));
        tryBox.setOnAction(e -> vm.tryAnswer(tryBox.getText()));
        tryVerdict.setId("editor-try-verdict");
        tryVerdict.textProperty().bind(vm.tryVerdictProperty());
        tryVerdict.setWrapText(true);
        tryVerdict.getStyleClass().add("reserved-two-lines"); // a verdict coming and going moves nothing (stepwise.css)
        answerNote.setId("editor-answer-note");
        answerNote.textProperty().bind(vm.answerNoteProperty());
        answerNote.textProperty().addListener((o, was, now) -> { // coloured as the validation panel colours it
            answerNote.getStyleClass().removeAll("finding-error", "finding-warning");
            if (!now.isEmpty()) answerNote.getStyleClass().add(now.startsWith("✗") ? "finding-error" : "finding-warning");
        });
        if (!answerNote.getText().isEmpty())
            answerNote.getStyleClass().add(answerNote.getText().startsWith("✗") ? "finding-error" : "finding-warning");
        answerNote.setWrapText(true);
        answerNote.getStyleClass().addAll("answer-note", "reserved-three-lines");
        answerNote.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        answerNote.setMaxWidth(Double.MAX_VALUE);
        tryVerdict.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        tryVerdict.setMaxWidth(Double.MAX_VALUE);
        generatedNote.setId("editor-generated-note");
        generatedNote.setWrapText(true);
        generatedNote.getStyleClass().add("generated-note");
        approve.setId("editor-approve");
        approve.setText(t.get("editor.approve"));
        approve.setOnAction(e -> vm.approve());

        imageFile.setId("editor-image-file");
        imageAlt.setPromptText(t.get("editor.image.altPrompt"));
        Button chooseImage = button("editor-image-choose", t.get("editor.image.choose"),
                () -> imageChooser.apply(getScene().getWindow(), t).ifPresent(vm::chooseImage));
        Button removeImage = button("editor-image-remove", t.get("editor.image.remove"), () -> {
            if (bound != null) {
                bound.imageFile.set("");
                bound.imageAlt.set("");
            }
        });
        GridPane picture = new GridPane();
        picture.setHgap(6);
        picture.setVgap(6);
        HBox pictureRow = new HBox(6, chooseImage, imageFile, removeImage);
        pictureRow.getStyleClass().add("inline-row"); // "No picture" on the buttons' baseline
        int pr = row(picture, 0, t.get("editor.image"), pictureRow);
        row(picture, pr, t.get("editor.image.alt"), imageAlt);
        imageFile.setAccessibleText(t.get("editor.image"));

        GridPane answer = new GridPane();
        answer.setHgap(6);
        answer.setVgap(6);
        int r = 0;
        r = row(answer, r, t.get("editor.kind"), kind);
        r = row(answer, r, t.get("editor.value"), value);
        r = row(answer, r, t.get("editor.tolerance"), tolerance);
        r = row(answer, r, t.get("editor.sigfigs"), sigfigs);
        r = row(answer, r, t.get("editor.form"), form);
        r = row(answer, r, t.get("editor.choices"), choices);
        r = row(answer, r, t.get("editor.correct"), correct);
        answer.add(answerNote, 1, r);
        for (Node n : List.of(tolerance, sigfigs))
            n.disableProperty().bind(
                    Bindings.createBooleanBinding(() -> !"numeric".equals(kind.getValue()) && !"quantity".equals(kind.getValue()),
                            kind.valueProperty()));
        form.disableProperty().bind(kind.valueProperty().isNotEqualTo("expression"));
        choices.disableProperty().bind(kind.valueProperty().isNotEqualTo("choice"));
        correct.disableProperty().bind(kind.valueProperty().isNotEqualTo("choice"));
        value.disableProperty().bind(kind.valueProperty().isEqualTo("choice"));

        GridPane more = new GridPane();
        more.setHgap(6);
        more.setVgap(6);
        r = 0;
        r = row(more, r, t.get("editor.task"), new HBox(6, task, start));
        r = row(more, r, t.get("editor.givens"), new VBox(4, givens, new HBox(6, addGiven, removeGiven)));
        HBox.setHgrow(skills, Priority.ALWAYS);
        r = row(more, r, t.get("editor.skills"), new HBox(6, skills, skillMenu()));
        r = row(more, r, t.get("editor.difficulty"), difficulty);
        r = row(more, r, t.get("editor.hints"), hints);
        r = row(more, r, t.get("editor.solution"), solution);
        row(more, r, t.get("editor.solver"), new HBox(6, solverFamily, solverParams));
        HBox.setHgrow(start, Priority.ALWAYS);
        HBox.setHgrow(solverParams, Priority.ALWAYS);
        solution.setPromptText(t.get("editor.solution.prompt"));
        hints.setPromptText(t.get("editor.hints.prompt"));

        Button generateButton = button("editor-generate", t.get("editor.generate"), vm::generate);
        generateButton.disableProperty().bind(vm.generatingProperty());
        Button cancelGenerate = button("editor-generate-cancel", t.get("editor.generate.cancel"), vm::cancelGenerate);
        cancelGenerate.visibleProperty().bind(vm.generatingProperty());
        cancelGenerate.managedProperty().bind(vm.generatingProperty());
        HBox generate = new HBox(8, generateButton, cancelGenerate, approve);
        approve.visibleProperty().bind(Bindings.createBooleanBinding(() -> bound != null && bound.generated.get()));
        problemEditor.getChildren().addAll(new Label(t.get("editor.id")), id, new Label(t.get("editor.statement")), statement,
                previewScroll, picture, section(t.get("editor.answer"), answer),
                new HBox(8, new Label(t.get("editor.try")), tryBox),
                tryVerdict, more, generate, generatedNote);
        HBox.setHgrow(tryBox, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(problemEditor);
        scroll.setId("problem-editor-scroll");
        scroll.setFitToWidth(true);
        // the field with the keyboard focus (Tab, or a click in the validation panel) is scrolled into view
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) scene.focusOwnerProperty().addListener((p, before, node) -> reveal(scroll, node));
        });
        // and stays in view when the editor gets shorter (the validation panel opens on a finding as the teacher types)
        scroll.viewportBoundsProperty().addListener((o, was, now) -> {
            if (now.getHeight() < was.getHeight() && getScene() != null) reveal(scroll, getScene().getFocusOwner());
        });
        scroll.setPadding(new Insets(0, 8, 0, 8));
        return scroll;
    }

    /**
     * Choose… beside the problem's Skills: the pack's skills, each ticked when the problem practises it, and New skill…,
     * which lists a new one in the pack and gives it to the problem. The ids stay in the field, for those who type them.
     */
    private MenuButton skillMenu() {
        MenuButton menu = new MenuButton(t.get("editor.skills.choose"));
        menu.setId("editor-skills-choose");
        menu.setOnShowing(e -> {
            menu.getItems().clear();
            List<String> practised = vm.problemSkills();
            for (PackEditorViewModel.PackSkill s : vm.packSkills()) {
                CheckMenuItem item = new CheckMenuItem(s.title().equals(s.id()) ? s.id() : s.title() + " (" + s.id() + ")");
                item.setId("skill-" + s.id());
                item.setSelected(practised.contains(s.id()));
                item.setOnAction(x -> vm.practise(s.id(), item.isSelected()));
                menu.getItems().add(item);
            }
            if (!menu.getItems().isEmpty()) menu.getItems().add(new SeparatorMenuItem());
            MenuItem add = new MenuItem(t.get("editor.skills.new"));
            add.setId("skill-new");
            add.setOnAction(x -> Platform.runLater(this::newSkill)); // after the menu has closed
            menu.getItems().add(add);
        });
        return menu;
    }

    private void newSkill() {
        TextInputDialog d = new TextInputDialog();
        d.setTitle(t.get("editor.skills.new.title"));
        d.setHeaderText(t.get("editor.skills.new.heading"));
        d.getEditor().setId("new-skill-title");
        if (getScene() != null) d.initOwner(getScene().getWindow());
        d.showAndWait().ifPresent(vm::addSkill);
    }

    private VBox validationPanel() {
        findings.setId("validation");
        findings.setItems(vm.findings());
        findings.setCellFactory(v -> new ListCell<>() {
            {
                // a cell asks for no width of its own, so the list gives it its own width and the text wraps there
                // (a cell as wide as its message made the list scroll sideways, the message's end out of sight)
                setPrefWidth(0);
                setWrapText(true);
            }

            @Override
            protected void updateItem(PackEditorViewModel.Finding f, boolean empty) {
                super.updateItem(f, empty);
                getStyleClass().removeAll("finding-error", "finding-warning");
                if (empty || f == null) {
                    setText(null);
                    return;
                }
                getStyleClass().add(f.error() ? "finding-error" : "finding-warning");
                setText(f.label(vm.problems, t));
            }
        });
        findings.setOnMouseClicked(e -> jump(findings.getSelectionModel().getSelectedItem()));
        findings.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) jump(findings.getSelectionModel().getSelectedItem());
        });
        Label none = new Label(t.get("editor.validation.none"));
        findings.setPlaceholder(none);
        Label heading = new Label(t.get("editor.validation"));
        heading.setId("validation-heading");
        VBox panel = new VBox(4, heading, findings);
        panel.setId("validation-panel");
        return panel;
    }

    /**
     * With nothing to say, the validation panel is one line ("Validation: no problems found.") and the problems and
     * editor get the room (at 1024×600 an empty list took about 90 pixels); with findings it shows their list at the
     * height it had when it last showed findings (a fifth of the editor at first; the teacher may drag it). Once open it
     * stays open while the editor is: as the teacher types, findings come and go with each key (x = is wrong, x = 5 is
     * right), and the editor jumped up and down with them (teach21).
     */
    private void fitValidation(SplitPane vertical, VBox panel) {
        Label heading = (Label) panel.getChildren().get(0);
        double[] listShare = {1 - vertical.getDividerPositions()[0]};
        boolean[] opened = {false};
        Runnable fit = () -> {
            boolean none = findings.getItems().isEmpty();
            opened[0] |= !none;
            boolean compact = none && !opened[0];
            heading.setText(t.get(none ? "editor.validation.compact" : "editor.validation"));
            if (compact == !findings.isManaged()) return;
            findings.setVisible(!compact);
            findings.setManaged(!compact);
            panel.setMaxHeight(compact ? Region.USE_PREF_SIZE : Double.MAX_VALUE);
            vertical.setDividerPositions(compact ? 1 : 1 - listShare[0]); // the panel's max height keeps it one line
        };
        findings.getItems().addListener((javafx.collections.ListChangeListener<PackEditorViewModel.Finding>) c -> fit.run());
        fit.run();
    }

    private void reveal(ScrollPane scroll, Node node) {
        if (node == null || !isInside(node, problemEditor)) return;
        double contentHeight = problemEditor.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) return;
        javafx.geometry.Bounds b = problemEditor.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double top = scroll.getVvalue() * (contentHeight - viewport);
        if (b.getMinY() >= top && b.getMaxY() <= top + viewport) return;
        double target = Math.max(0, Math.min(b.getMinY() - 20, contentHeight - viewport));
        scroll.setVvalue(target / (contentHeight - viewport));
    }

    private static boolean isInside(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) if (n == parent) return true;
        return false;
    }

    /** Click on a validation message: select its problem and put the caret in its field. */
    private void jump(PackEditorViewModel.Finding f) {
        if (f == null) return;
        if (f.problem() >= 0) vm.selected.set(f.problem());
        Node target = switch (f.field()) {
            case "id" -> id;
            case "statement" -> statement;
            case "answer" -> f.pointer().contains("/choices") ? choices : f.pointer().endsWith("/correct") ? correct : value;
            case "work" -> start;
            case "givens" -> givens;
            case "skills" -> skills;
            case "difficulty" -> difficulty;
            case "hints" -> hints;
            case "solution" -> solution;
            case "solver" -> solverFamily;
            case "image" -> f.pointer().endsWith("/file") ? imageChooserButton() : imageAlt;
            default -> null;
        };
        if (target != null) Platform.runLater(target::requestFocus);
    }

    /** Rebinds the problem editor to the selected draft. */
    private void select(int index) {
        if (bound != null) unbind(bound);
        bound = index >= 0 && index < vm.problems.size() ? vm.problems.get(index) : null;
        problemEditor.setDisable(bound == null);
        if (bound == null) return;
        if (list.getSelectionModel().getSelectedIndex() != index) list.getSelectionModel().select(index);
        id.textProperty().bindBidirectional(bound.id);
        statement.replaceText(bound.statement.get());
        statement.textProperty().addListener(statementListener);
        kind.valueProperty().bindBidirectional(bound.kind);
        value.textProperty().bindBidirectional(bound.value);
        tolerance.textProperty().bindBidirectional(bound.tolerance);
        sigfigs.textProperty().bindBidirectional(bound.sigfigs);
        form.valueProperty().bindBidirectional(bound.form);
        choices.textProperty().bindBidirectional(bound.choices);
        bindSpinner(correct, bound.correct);
        task.valueProperty().bindBidirectional(bound.task);
        start.textProperty().bindBidirectional(bound.start);
        givens.setItems(bound.givens);
        skills.textProperty().bindBidirectional(bound.skills);
        bindSpinner(difficulty, bound.difficulty);
        hints.textProperty().bindBidirectional(bound.hints);
        solution.textProperty().bindBidirectional(bound.solution);
        solverFamily.textProperty().bindBidirectional(bound.solverFamily);
        solverParams.textProperty().bindBidirectional(bound.solverParams);
        imageAlt.textProperty().bindBidirectional(bound.imageAlt);
        imageFile.textProperty().bind(Bindings.createStringBinding(
                () -> bound == null || bound.imageFile.get().isBlank() ? t.get("editor.image.none") : bound.imageFile.get(),
                bound.imageFile));
        generatedNote.textProperty().bind(bound.generatedNote);
        approve.visibleProperty().bind(bound.generated);
        renderPreview(bound.statement.get());
    }

    private final javafx.beans.value.ChangeListener<String> statementListener = (o, was, now) -> {
        if (bound != null) bound.statement.set(now);
    };

    private void unbind(ProblemDraft d) {
        id.textProperty().unbindBidirectional(d.id);
        statement.textProperty().removeListener(statementListener);
        kind.valueProperty().unbindBidirectional(d.kind);
        value.textProperty().unbindBidirectional(d.value);
        tolerance.textProperty().unbindBidirectional(d.tolerance);
        sigfigs.textProperty().unbindBidirectional(d.sigfigs);
        form.valueProperty().unbindBidirectional(d.form);
        choices.textProperty().unbindBidirectional(d.choices);
        task.valueProperty().unbindBidirectional(d.task);
        start.textProperty().unbindBidirectional(d.start);
        skills.textProperty().unbindBidirectional(d.skills);
        hints.textProperty().unbindBidirectional(d.hints);
        solution.textProperty().unbindBidirectional(d.solution);
        solverFamily.textProperty().unbindBidirectional(d.solverFamily);
        solverParams.textProperty().unbindBidirectional(d.solverParams);
        imageAlt.textProperty().unbindBidirectional(d.imageAlt);
        imageFile.textProperty().unbind();
        generatedNote.textProperty().unbind();
        approve.visibleProperty().unbind();
    }

    private static void bindSpinner(Spinner<Integer> spinner, IntegerProperty p) {
        spinner.getValueFactory().setValue(p.get());
        spinner.getValueFactory().valueProperty().addListener((o, was, now) -> {
            if (now != null && spinner.getProperties().get("draft") == p) p.set(now);
        });
        spinner.getProperties().put("draft", p);
    }

    private void renderPreview(String text) {
        preview.getChildren().clear();
        // the students' rule (LatexPolicy): what it refuses is shown as typed, as students would see it
        if (text.length() > 4000 || !LatexPolicy.check(text).isEmpty()) {
            Label plain = new Label(text);
            plain.setWrapText(true);
            preview.getChildren().add(plain);
            return;
        }
        preview.getChildren().add(MathText.flow(text, 15));
    }

    private void previewAsStudent() {
        Optional<LessonPack> pack = vm.validPack();
        if (pack.isEmpty()) {
            navigator.tell(t.get("editor.preview.heading"), t.get("editor.preview.invalid"));
            return;
        }
        navigator.go(new AuthorRoutes.Preview(pack.get(), Math.max(0, vm.selected.get())));
    }

    private void pasteProblem() {
        TextInputDialog d = new TextInputDialog();
        d.setTitle(t.get("editor.paste"));
        d.setHeaderText(t.get("editor.paste.heading"));
        d.getEditor().setId("paste-text");
        if (getScene() != null) d.initOwner(getScene().getWindow());
        d.showAndWait().filter(s -> !s.isBlank()).ifPresent(vm::paste);
    }

    @Override
    public Node view() {
        return this;
    }

    @Override
    public String title() {
        return t.get("editor.title", vm.title.get().isBlank() ? vm.packId.get() : vm.title.get());
    }

    @Override
    public javafx.beans.value.ObservableValue<String> titleValue() {
        return javafx.beans.binding.Bindings.createStringBinding(this::title, vm.title, vm.packId);
    }

    @Override
    public Optional<Screen> relabeled(Texts texts) {
        vm.relabel(texts);
        return Optional.of(new PackEditorView(vm, texts, navigator));
    }

    /** Unsaved changes: save (leaving once saved), don't save (the autosaved draft goes too), or cancel and stay. */
    @Override
    public void askToLeave(Window owner, Runnable leave) {
        if (!vm.dirty.get()) {
            leave.run();
            return;
        }
        ButtonType save = new ButtonType(t.get("editor.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(t.get("editor.leave.discard"), ButtonBar.ButtonData.NO);
        // named, since the editor may be behind another screen (a preview) when the window is closed
        String pack = vm.title.get().isBlank() ? vm.packId.get() : vm.title.get();
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, t.get("editor.leave", pack), save, discard, Controls.cancel(t));
        a.setHeaderText(t.get("editor.leave.heading"));
        if (owner != null) a.initOwner(owner);
        a.setOnHidden(e -> { // not showAndWait: Back may come from a key handler or a test's interact
            if (a.getResult() == save) vm.save(leave);
            else if (a.getResult() == discard) {
                vm.discardChanges();
                leave.run();
            }
        });
        a.show();
    }

    @Override
    public void shown() {
        vm.recoverable().ifPresent(when -> {
            ButtonType yes = Controls.yes(t);
            // throwing the work away is a click on its own button, never Esc (JavaFX takes a "No" button as the
            // dialog's cancel, so Esc deleted the draft); Esc keeps the work, as Yes does
            ButtonType discard = new ButtonType(t.get("editor.recover.discard"), ButtonBar.ButtonData.OTHER);
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, t.get("editor.recover", when), yes, discard);
            a.getDialogPane().setId("editor-recover");
            a.getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() != KeyCode.ESCAPE) return;
                e.consume();
                a.setResult(yes);
                a.close();
            });
            a.setHeaderText(t.get("editor.recover.heading"));
            if (getScene() != null) a.initOwner(getScene().getWindow());
            a.showAndWait().ifPresent(b -> {
                if (b == yes) vm.recover();
                else
                    vm.discardDraft();
            });
        });
    }

    @Override
    public void requestFocus() {
        // a new pack starts with its title (ui20's tour: the keys went to the problem list, and typing did nothing)
        if (vm.isNewPack() && vm.title.get().isBlank()) packTitle.requestFocus();
        else
            list.requestFocus();
    }

    private final class ProblemCell extends ListCell<ProblemDraft> {
        /** The id, then the statement's start as plain text ("920 kg/m^3"), never its LaTeX source. */
        ProblemCell() {
            setPrefWidth(0); // a long statement is cut with "…" rather than scrolling the list sideways
            setOnDragDetected(e -> {
                if (getItem() == null) return;
                var db = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent c = new ClipboardContent();
                c.putString(String.valueOf(getIndex()));
                db.setContent(c);
                e.consume();
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() != this && e.getDragboard().hasString()) e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            });
            setOnDragDropped(e -> {
                int from = Integer.parseInt(e.getDragboard().getString());
                vm.move(from, isEmpty() ? vm.problems.size() - 1 : getIndex());
                e.setDropCompleted(true);
                e.consume();
            });
        }

        @Override
        protected void updateItem(ProblemDraft d, boolean empty) {
            super.updateItem(d, empty);
            textProperty().unbind();
            if (empty || d == null) {
                setText(null);
                return;
            }
            textProperty().bind(Bindings.createStringBinding(() -> d.id.get() + (d.generated.get() ? "  ◆" : "") + "\n"
                    + abbreviate(MathSpeech.plain(d.statement.get())), d.id, d.statement, d.generated));
        }
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 60 ? one.substring(0, 59) + "…" : one;
    }

    private static <S> TableColumn<S, String> column(String title,
            java.util.function.Function<S, StringProperty> property) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> property.apply(cd.getValue()));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setPrefWidth(120);
        return c;
    }

    private static int row(GridPane g, int r, String label, Node node) {
        Label l = new Label(label);
        l.setMinWidth(Region.USE_PREF_SIZE); // labels are never cut to "…"; the field beside them gives way
        g.add(l, 0, r);
        g.add(node, 1, r);
        GridPane.setHgrow(node, Priority.ALWAYS);
        return r + 1;
    }

    private static TitledPane section(String title, Node content) {
        TitledPane p = new TitledPane(title, content);
        p.setCollapsible(false);
        return p;
    }

    private static TextField bindText(TextField f, StringProperty p) {
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private static TextArea area(String id, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPrefRowCount(rows);
        a.setWrapText(true);
        return a;
    }

    /** Asks for a picture file; tests put a chooser here that answers without a dialog. */
    static java.util.function.BiFunction<javafx.stage.Window, Texts, java.util.Optional<java.nio.file.Path>> imageChooser = (
            window, texts) -> {
        javafx.stage.FileChooser c = new javafx.stage.FileChooser();
        c.getExtensionFilters().add(
                new javafx.stage.FileChooser.ExtensionFilter(texts.get("editor.image.filter"), "*.png", "*.jpg", "*.jpeg"));
        return java.util.Optional.ofNullable(c.showOpenDialog(window)).map(java.io.File::toPath);
    };

    private Node imageChooserButton() {
        return lookup("#editor-image-choose");
    }

    /** No task, then every task's word as packs write it. */
    /**
     * Shows a pack-format word ("equation", "physics") in the teacher's language; the value kept and saved is the
     * format's own word. The empty choice is "none".
     */
    private javafx.util.StringConverter<String> words(String prefix) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(String word) {
                return word == null ? "" : t.get(prefix + (word.isEmpty() ? "none" : word));
            }

            @Override
            public String fromString(String shown) {
                return shown;
            }
        };
    }

    private static List<String> taskWords() {
        List<String> words = new ArrayList<>(List.of(""));
        words.addAll(Task.ids());
        return words;
    }
}
