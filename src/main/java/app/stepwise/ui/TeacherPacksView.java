package app.stepwise.ui;

import static app.stepwise.ui.Controls.button;

import app.stepwise.lesson.TeacherSettings;
import app.stepwise.lesson.TeacherSettings.ShowSolution;
import app.stepwise.lesson.Library;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Teacher mode: the packs, with Edit, New pack, Import, "What students see", and the class report. */
final class TeacherPacksView extends VBox implements Screen {
    private final TeacherPacksViewModel vm;
    private final Texts t;
    private final ListView<TeacherPacksViewModel.Item> list = new ListView<>();
    /** The file of the pack last chosen, chosen again when the list is read again. */
    private Path chosen;
    /** The packs' files as the list was last read: one not among them is new. */
    private java.util.List<Path> listed = java.util.List.of();

    TeacherPacksView(TeacherPacksViewModel vm, Texts t) {
        super(8);
        this.vm = vm;
        this.t = t;
        getStyleClass().add("view");
        Label heading = new Label(t.get("teacher.packs.heading"));
        heading.getStyleClass().add("heading");
        list.setId("teacher-packs");
        list.setItems(vm.packs());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TeacherPacksViewModel.Item i, boolean empty) {
                super.updateItem(i, empty);
                setText(empty || i == null ? null : i.title() + "\n" + i.details());
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) vm.edit(list.getSelectionModel().getSelectedIndex());
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) vm.edit(list.getSelectionModel().getSelectedIndex());
        });
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> vm.chosen(now.intValue()));
        // which pack is chosen when the list is read: see TeacherPacksViewModel.toChoose
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) chosen = now.file();
        });
        list.getItems().addListener((javafx.collections.ListChangeListener<TeacherPacksViewModel.Item>) c -> {
            java.util.List<Path> files = list.getItems().stream().map(TeacherPacksViewModel.Item::file).toList();
            int at = TeacherPacksViewModel.toChoose(listed, files, chosen);
            if (files.isEmpty()) return;
            listed = files;
            list.getSelectionModel().select(at);
            // the pack just made, imported or edited, wherever its title puts it; once the list's skin has taken in
            // the new rows (it hears of them after this listener: a scroll now went by the old rows, new19)
            javafx.application.Platform.runLater(() -> showRow(at));
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button edit = button("teacher-edit", t.get("teacher.edit"), () -> vm.edit(list.getSelectionModel().getSelectedIndex()));
        Button create = button("teacher-new", t.get("teacher.new"), vm::create);
        Button importXml = button("teacher-import-moodle", t.get("teacher.import.moodle"), this::importMoodle);
        Button importOat = button("teacher-import-oatutor", t.get("teacher.import.oatutor"), this::importOatutor);
        Button settings = button("teacher-settings", t.get("teacher.settings"), this::settings);
        Button report = button("teacher-report", t.get("teacher.classReport"), vm::classReport);
        Label status = new Label();
        status.setId("teacher-status");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        // the whole message on as many lines as it needs: in a short window the list gives way, never the message
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button export = button("teacher-export", t.get("teacher.export"), this::exportPack);
        Button importPack = button("teacher-import-pack", t.get("teacher.importPack"), this::importPack);
        // a pack folder (pack.json and images/) as a colleague hands it over: a file dialog cannot choose a folder
        Button importFolder = button("teacher-import-folder", t.get("teacher.importFolder"), this::importFolder);
        // the buttons wrap onto a second row rather than running off a 1024-pixel screen
        FlowPane buttons = new FlowPane(8, 8, edit, create, export, importPack, importFolder, importXml, importOat, settings,
                report);
        // new packs whose editor closed before they were saved (a crash): offered back, or discarded
        VBox unsaved = new VBox(6);
        unsaved.setId("teacher-unsaved");
        unsaved.getStyleClass().add("banner");
        unsaved.setPadding(new javafx.geometry.Insets(6));
        Runnable showUnsaved = () -> {
            unsaved.getChildren().clear();
            for (TeacherPacksViewModel.Unsaved d : vm.unsaved()) {
                Label said = new Label(d.said());
                said.setWrapText(true);
                said.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                Button open = new Button(t.get("teacher.unsaved.open"));
                open.getStyleClass().add("unsaved-open");
                open.setOnAction(e -> vm.openDraft(d));
                Button discard = new Button(t.get("teacher.unsaved.discard"));
                discard.getStyleClass().add("unsaved-discard");
                discard.setOnAction(e -> vm.discardDraft(d));
                javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(8, said, open, discard);
                row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                javafx.scene.layout.HBox.setHgrow(said, Priority.ALWAYS);
                unsaved.getChildren().add(row);
            }
            unsaved.setVisible(!vm.unsaved().isEmpty());
            unsaved.setManaged(!vm.unsaved().isEmpty());
        };
        vm.unsaved().addListener((javafx.collections.ListChangeListener<TeacherPacksViewModel.Unsaved>) c -> showUnsaved.run());
        showUnsaved.run();
        getChildren().addAll(heading, unsaved, list, buttons, status);
        vm.conflictProperty().addListener((o, was, now) -> {
            if (now != null) javafx.application.Platform.runLater(() -> askAbout(now));
        });
        vm.load();
    }

    /** A pack of the same id is already here: Replace, Keep both or Cancel, with both versions and the changes said. */
    private void askAbout(TeacherPacksViewModel.Conflict c) {
        if (getScene() == null || vm.conflictProperty().get() != c) return;
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(t.get("teacher.conflict.title"));
        d.setHeaderText(c.heading());
        Label said = new Label(c.said());
        said.setId("import-conflict-said");
        said.setWrapText(true);
        said.setMaxWidth(560);
        d.getDialogPane().setContent(said);
        ButtonType replace = new ButtonType(t.get("teacher.conflict.doReplace"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType both = new ButtonType(t.get("teacher.conflict.doKeepBoth"), javafx.scene.control.ButtonBar.ButtonData.OTHER);
        ButtonType cancel = Controls.cancel(t);
        if (c.canReplace()) d.getDialogPane().getButtonTypes().add(replace);
        d.getDialogPane().getButtonTypes().addAll(both, cancel);
        if (c.canReplace()) d.getDialogPane().lookupButton(replace).setId("import-replace");
        d.getDialogPane().lookupButton(both).setId("import-keep-both");
        d.getDialogPane().lookupButton(cancel).setId("import-cancel");
        // Enter never replaces by accident: Cancel is the default
        ((Button) d.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        if (c.canReplace()) ((Button) d.getDialogPane().lookupButton(replace)).setDefaultButton(false);
        d.initOwner(getScene().getWindow());
        ButtonType chosen = d.showAndWait().orElse(cancel);
        vm.resolve(chosen == replace
                ? TeacherPacksViewModel.Choice.REPLACE
                : chosen == both ? TeacherPacksViewModel.Choice.KEEP_BOTH : TeacherPacksViewModel.Choice.CANCEL);
    }

    /** The file dialogs of Export pack… and Import pack…: the system's ({@code null}) unless a test put its own here. */
    interface PackFiles {
        Optional<Path> exportTo(Window owner, String suggestedName);

        Optional<Path> importFrom(Window owner);

        /** Import pack folder…: the folder chosen (a test answers it; the system's dialog otherwise). */
        Optional<Path> importFolder(Window owner);
    }

    static PackFiles files;

    private void exportPack() {
        int index = list.getSelectionModel().getSelectedIndex();
        if (index < 0 || index >= list.getItems().size()) {
            vm.exportPack(index, null); // says to choose a pack first
            return;
        }
        String name = vm.exportName(index);
        Optional<Path> target;
        if (files != null) target = files.exportTo(getScene().getWindow(), name);
        else {
            FileChooser c = exportChooser(t, name, vm.withPictures(index));
            c.setInitialDirectory(StartFolder.forDialogs());
            target = Optional.ofNullable(c.showSaveDialog(getScene().getWindow())).map(File::toPath);
        }
        target.ifPresent(p -> vm.exportPack(index, p));
    }

    /**
     * Export pack…'s dialog with its title and filter in the app's language. Its own buttons (Save, Cancel) are the
     * system's, in the system's language: JavaFX shows the system's dialog and has no way to set its language.
     */
    static FileChooser exportChooser(Texts t, String name, boolean pictures) {
        FileChooser c = new FileChooser();
        c.setTitle(t.get("teacher.export.title"));
        c.setInitialFileName(name);
        // a pack that shows pictures goes as a zip with them (Import pack… takes both back)
        c.getExtensionFilters().add(pictures
                ? new FileChooser.ExtensionFilter(t.get("teacher.packZip"), "*.zip")
                : new FileChooser.ExtensionFilter(t.get("teacher.packFile"), "*" + Library.PACK_EXTENSION));
        return c;
    }

    /** Import pack…'s dialog with its title and filter in the app's language (its buttons: see exportChooser). */
    static FileChooser importChooser(Texts t) {
        FileChooser c = new FileChooser();
        c.setTitle(t.get("teacher.importPack.title"));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("teacher.packFile"), "*" + Library.PACK_EXTENSION,
                "*.json", "*.zip"));
        return c;
    }

    private void importPack() {
        Optional<Path> source;
        if (files != null) source = files.importFrom(getScene().getWindow());
        else {
            FileChooser c = importChooser(t);
            c.setInitialDirectory(StartFolder.forDialogs());
            source = Optional.ofNullable(c.showOpenDialog(getScene().getWindow())).map(File::toPath);
        }
        source.ifPresent(vm::importPack);
    }

    /**
     * Import pack folder…: a folder with a pack.json and its pictures in images/, imported as Import pack… imports a zip
     * (the same checks, and the same question when the pack is already here).
     */
    private void importFolder() {
        Optional<Path> source;
        if (files != null) source = files.importFolder(getScene().getWindow());
        else {
            DirectoryChooser c = StartFolder.folderChooser();
            c.setTitle(t.get("teacher.importFolder.title"));
            source = Optional.ofNullable(c.showDialog(getScene().getWindow())).map(File::toPath);
        }
        source.ifPresent(vm::importPack);
    }

    /** The row at {@code at}, whole, on show: scrolled as little as needed (to the top where it is far off). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private void showRow(int at) {
        if (at != list.getSelectionModel().getSelectedIndex() || getScene() == null) return; // chosen again since
        list.applyCss();
        list.layout();
        if (!(list.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow flow)) return;
        if (flow.getVisibleCell(at) == null) {
            list.scrollTo(at);
            list.layout();
        }
        // the list's scrollTo can stop short of a row just added at the end (seen with the buttons on two rows): the
        // flow itself is asked then
        if (flow.getVisibleCell(at) == null) {
            flow.scrollTo(at);
            list.layout();
        }
        javafx.scene.control.IndexedCell row = flow.getVisibleCell(at);
        if (row != null) flow.scrollTo(row);
    }

    private void importMoodle() {
        FileChooser c = new FileChooser();
        c.setInitialDirectory(StartFolder.forDialogs());
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("teacher.import.moodle"), "*.xml"));
        File f = c.showOpenDialog(getScene().getWindow());
        if (f != null) vm.importFrom(f.toPath());
    }

    private void importOatutor() {
        File f = StartFolder.folderChooser().showDialog(getScene().getWindow());
        if (f != null) vm.importFrom(f.toPath());
    }

    /** "What students see": the three settings of the selected pack, saved with the open teacher session. */
    private void settings() {
        int index = list.getSelectionModel().getSelectedIndex();
        var current = vm.settings(index);
        if (current.isEmpty()) return;
        TeacherSettings s = current.get();
        ChoiceBox<ShowSolution> show = new ChoiceBox<>(FXCollections.observableArrayList(ShowSolution.values()));
        show.setId("settings-show-solution");
        show.setValue(s.showSolution());
        show.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ShowSolution v) {
                return v == null ? "" : t.get("teacher.show." + v.label());
            }

            @Override
            public ShowSolution fromString(String text) {
                return null;
            }
        });
        Spinner<Integer> after = new Spinner<>(1, 99, Math.max(1, s.afterAttempts()));
        after.setId("settings-after");
        after.disableProperty().bind(show.valueProperty().isNotEqualTo(ShowSolution.AFTER_ATTEMPTS));
        CheckBox model = new CheckBox(t.get("teacher.modelHints"));
        model.setId("settings-model-hints");
        model.setSelected(s.modelHints());
        Spinner<Integer> level = new Spinner<>(1, 3, s.maxHintLevel());
        level.setId("settings-max-level");
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, new Label(t.get("teacher.showSolution")), show, after);
        g.addRow(1, model);
        g.addRow(2, new Label(t.get("teacher.maxLevel")), level);
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(t.get("teacher.settings"));
        d.setHeaderText(list.getItems().get(index).title());
        d.getDialogPane().setContent(g);
        ButtonType ok = Controls.ok(t);
        d.getDialogPane().getButtonTypes().addAll(ok, Controls.cancel(t));
        d.initOwner(getScene().getWindow());
        d.showAndWait().filter(b -> b == ok).ifPresent(b -> vm.saveSettings(index,
                new TeacherSettings(show.getValue(), after.getValue(), model.isSelected(), level.getValue())));
    }

    @Override
    public Node view() {
        return this;
    }

    @Override
    public String title() {
        return t.get("teacher.title");
    }

    @Override
    public void shown() {
        vm.load();
    }

    /** A new language: the same packs, the chosen one and the list's scroll position, said in it. */
    @Override
    public Optional<Screen> relabeled(Texts texts) {
        return ViewState.sayAgain(this, () -> vm.relabel(texts), () -> new TeacherPacksView(vm, texts));
    }

    @Override
    public void requestFocus() {
        list.requestFocus();
    }
}
