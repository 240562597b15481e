package app.stepwise.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The packs found in the bundled and user folders; broken packs are listed with what is wrong. */
final class LibraryView extends VBox implements Screen {
    private final LibraryViewModel vm;
    private final Texts t;
    private final ListView<LibraryViewModel.PackItem> list = new ListView<>();
    private TextField ownField;
    /** The pack last chosen in the list, kept across readings of the folders. */
    private LibraryViewModel.PackItem chosen;

    LibraryView(LibraryViewModel vm, Texts t) {
        super(8);
        this.vm = vm;
        this.t = t;
        getStyleClass().add("view");
        Label heading = new Label(t.get("library.heading"));
        heading.getStyleClass().add("heading");
        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(32, 32);
        loading.visibleProperty().bind(vm.loadingProperty());
        loading.managedProperty().bind(vm.loadingProperty());
        list.setId("packs");
        list.setItems(vm.packsProperty());
        list.setCellFactory(v -> new PackCell());
        Label placeholder = new Label();
        placeholder.setId("packs-placeholder");
        placeholder.textProperty().bind(vm.placeholderProperty());
        placeholder.setWrapText(true);
        Button again = new Button(t.get("library.tryAgain"));
        again.setId("packs-try-again");
        again.visibleProperty().bind(vm.failedProperty());
        again.managedProperty().bind(vm.failedProperty());
        again.setOnAction(e -> vm.load());
        VBox empty = new VBox(8, placeholder, again);
        empty.setAlignment(javafx.geometry.Pos.CENTER);
        list.setPlaceholder(empty);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) vm.open(list.getSelectionModel().getSelectedIndex());
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) vm.open(list.getSelectionModel().getSelectedIndex());
        });
        list.setAccessibleText(t.get("library.heading"));
        // the pack the student chose stays chosen when the list is read again (Back from a pack, from teacher mode)
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !vm.loadingProperty().get()) chosen = now;
        });
        list.getItems().addListener((ListChangeListener<LibraryViewModel.PackItem>) c -> {
            boolean first = chosen == null;
            if (!first && list.getItems().contains(chosen)) list.getSelectionModel().select(chosen);
            else if (!list.getItems().isEmpty()) list.getSelectionModel().select(0);
            chosen = list.getSelectionModel().getSelectedItem();
            if (first) list.requestFocus();
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, loading, list, ownProblem());
    }

    /** Read every time the library is shown: a pack imported or saved in teacher mode meanwhile is listed. */
    @Override
    public void shown() {
        vm.load();
    }

    /** "Type your own problem": a field, a button, and the reading shown back. */
    private Node ownProblem() {
        Label label = new Label(t.get("library.own.heading"));
        label.getStyleClass().add("subheading");
        TextField field = MathInput.capped(new TextField(), MathInput.MAX_FIELD_CHARS);
        field.setId("own-problem");
        field.setPromptText(t.get("library.own.prompt"));
        field.setAccessibleText(t.get("library.own.heading"));
        Button read = new Button(t.get("library.own.button"));
        read.setId("own-problem-read");
        read.disableProperty().bind(vm.readingBusyProperty().or(field.textProperty().isEmpty()));
        read.setOnAction(e -> vm.readOwnProblem(field.getText()));
        field.setOnAction(e -> vm.readOwnProblem(field.getText()));
        ownField = field;
        HBox row = new HBox(8, field, read);
        HBox.setHgrow(field, Priority.ALWAYS);
        Label shown = new Label();
        shown.setId("own-problem-reading");
        shown.setWrapText(true);
        shown.getStyleClass().add("muted");
        shown.textProperty().bind(vm.readingProperty());
        return new VBox(4, label, row, shown);
    }

    @Override
    public Node view() {
        return this;
    }

    @Override
    public String title() {
        return t.get("app.title");
    }

    /** A new language: the same list, chosen pack, scroll position and typed problem, said in it. */
    @Override
    public java.util.Optional<Screen> relabeled(Texts texts) {
        return ViewState.sayAgain(this, () -> vm.relabel(texts), () -> new LibraryView(vm, texts));
    }

    @Override
    public void hintKey() {
        if (ownField.isFocused()) vm.hintAskedBeforeReading(ownField.getText());
    }

    @Override
    public void requestFocus() {
        list.requestFocus();
    }

    private static final class PackCell extends ListCell<LibraryViewModel.PackItem> {
        @Override
        protected void updateItem(LibraryViewModel.PackItem p, boolean empty) {
            super.updateItem(p, empty);
            getStyleClass().remove("broken");
            if (empty || p == null) {
                setText(null);
                return;
            }
            if (!p.ok()) getStyleClass().add("broken");
            setText(p.title() + "\n" + p.details());
        }
    }
}
