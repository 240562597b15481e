package app.stepwise.ui;

import static app.stepwise.ui.Controls.button;

import app.stepwise.classroom.ClassReport;
import app.stepwise.classroom.ClassReport.MisconceptionRow;
import app.stepwise.classroom.ClassReport.StudentRow;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Teacher mode's class report: skill × student heat map, common misconceptions per problem, hint dependence, time on
 * task, a student's timeline, and the students of this laptop; import and export buttons above.
 */
final class ClassReportView extends VBox implements Screen {
    /** Where files come from and go to; tests replace the system file dialogs with their own answers. */
    interface Chooser {
        List<Path> openResults(Window owner);

        Optional<Path> save(Window owner, String suggestedName, String extension);

        Optional<Path> folder(Window owner);
    }

    /** The file dialogs: the system's ({@code null}) unless a test put its own here. */
    static Chooser chooser;

    /** The least width of a skill's column in the heat map. */
    private static final double HEAT_COLUMN = 104;
    private final ClassReportViewModel vm;
    private final Texts t;
    private final GridPane heat = new GridPane();
    private final TableView<MisconceptionRow> misconceptions = new TableView<>();
    private final BarChart<String, Number> hints = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final BarChart<String, Number> time = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final ComboBox<StudentRow> timelineStudent = new ComboBox<>();
    private final LineChart<Number, Number> timeline = new LineChart<>(new NumberAxis(), new NumberAxis());
    private final ListView<StudentRow> students = new ListView<>();
    private final TableView<ClassReport.TimelineRow> events = new TableView<>();
    /** Held here: the view model holds this listener only weakly, so a view said again in another language can go. */
    private final javafx.beans.value.ChangeListener<ClassReport> onReport = (o, was, now) -> show(now);

    ClassReportView(ClassReportViewModel vm, Texts t) {
        super(10);
        this.vm = vm;
        this.t = t;
        ClassReportTexts words = new ClassReportTexts(t);
        getStyleClass().addAll("view", "class-report");
        setId("class-report");
        Button importResults = button("import-results", t.get("report.import"),
                () -> vm.importFiles(chooser().openResults(getScene().getWindow())));
        Button exportResults = button("export-results", t.get("report.export"),
                () -> chooser().save(getScene().getWindow(), "stepwise-results.json", "json").ifPresent(vm::exportResults));
        Button csv = button("export-csv", t.get("report.csv"),
                () -> chooser().folder(getScene().getWindow()).ifPresent(vm::exportCsv));
        Button print = button("print-summary", t.get("report.summary"),
                () -> chooser().save(getScene().getWindow(), "class-summary.html", "html").ifPresent(vm::exportSummary));
        // no report read, or one of no student: nothing to save, and the line under the buttons says why (a disabled
        // button shows no tooltip in JavaFX, so the reason is written out)
        csv.disableProperty().bind(vm.exportNoteProperty().isNotEmpty());
        print.disableProperty().bind(vm.exportNoteProperty().isNotEmpty());
        Label whyNot = new Label();
        whyNot.setId("report-export-note");
        whyNot.setWrapText(true);
        whyNot.getStyleClass().add("muted");
        // a line of its own the width of the screen, under the buttons: beside them the Spanish reason had a third of
        // the width and wrapped to three lines, and at 1024 pixels the Spanish buttons left it no room at all (teach23)
        whyNot.setMaxWidth(Double.MAX_VALUE);
        whyNot.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (Button b : List.of(importResults, exportResults, csv, print))
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        whyNot.textProperty().bind(vm.exportNoteProperty());
        whyNot.visibleProperty().bind(vm.exportNoteProperty().isNotEmpty());
        whyNot.managedProperty().bind(whyNot.visibleProperty());
        Label status = new Label();
        status.setId("report-status");
        status.setWrapText(true);
        // the whole message on as many lines as it needs: the tabs below give way, never the message (it was cut to
        // "… ocupado)…" on one line, the advice to try again lost)
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.textProperty().bind(vm.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty()); // no blank band while it has nothing to say
        // the buttons wrap onto a second row rather than running off a 1024-pixel screen (the Spanish ones are wider)
        FlowPane buttons = new FlowPane(8, 8, importResults, exportResults, csv, print);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label unnamed = new Label();
        unnamed.setId("report-unnamed");
        unnamed.setWrapText(true);
        unnamed.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrapped whole, never cut to "…"
        unnamed.getStyleClass().add("muted");
        unnamed.textProperty().bind(vm.unnamedProperty());
        unnamed.visibleProperty().bind(vm.unnamedProperty().isNotEmpty());
        unnamed.managedProperty().bind(unnamed.visibleProperty());

        heat.setId("heat-map");
        heat.setHgap(2);
        heat.setVgap(2);
        misconceptions.setId("misconceptions");
        misconceptions.getColumns().add(column(t.get("report.col.problem"), r -> vm.problemName(r.pack(), r.problem())));
        misconceptions.getColumns().add(column(t.get("report.col.misconception"), words::misconception));
        misconceptions.getColumns().add(column(t.get("report.col.times"), r -> String.valueOf(r.times())));
        misconceptions.getColumns().add(column(t.get("report.col.students"), r -> String.valueOf(r.students())));
        misconceptions.getColumns().get(0).setPrefWidth(260);
        misconceptions.getColumns().get(1).setPrefWidth(280);
        misconceptions.getColumns().get(2).setPrefWidth(90);
        misconceptions.getColumns().get(3).setPrefWidth(90);
        misconceptions.setPlaceholder(new Label(t.get("report.none")));
        hints.setId("hint-chart");
        hints.setAnimated(false);
        hints.setTitle(t.get("report.hints.chart"));
        time.setId("time-chart");
        time.setAnimated(false);
        time.setTitle(t.get("report.time.chart"));
        timeline.setId("timeline-chart");
        timeline.setAnimated(false);
        timeline.setCreateSymbols(true);
        ((NumberAxis) timeline.getXAxis()).setLabel(t.get("report.timeline.x"));
        ((NumberAxis) timeline.getXAxis()).setMinorTickVisible(false);
        ((NumberAxis) timeline.getYAxis()).setMinorTickVisible(false);
        timeline.setPrefHeight(260);
        events.setId("timeline-events");
        events.getColumns().add(
                column(t.get("report.col.when"), r -> r.at().replace('T', ' ').replaceFirst("\\.\\d+Z$", "").replace("Z", "")));
        events.getColumns().add(column(t.get("report.col.problem"), r -> vm.problemName(r.pack(), r.problem())));
        events.getColumns().add(column(t.get("report.col.event"), words::event));
        events.getColumns().add(column(t.get("report.col.result"), words::result));
        events.getColumns().forEach(c -> c.setPrefWidth(220));
        events.setPlaceholder(new Label(t.get("report.none.events")));
        ((NumberAxis) timeline.getYAxis()).setLabel(t.get("report.timeline.y"));
        timelineStudent.setId("timeline-student");
        timelineStudent.setPromptText(t.get("report.timeline.choose"));
        timelineStudent.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(StudentRow s) {
                return s == null ? "" : s.name();
            }

            @Override
            public StudentRow fromString(String s) {
                return null;
            }
        });
        timelineStudent.valueProperty().addListener((o, was, now) -> drawTimeline());
        students.setId("class-students");
        students.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(StudentRow s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.name() + "   (" + words.origin(s) + ")");
            }
        });

        ScrollPane heatScroll = new ScrollPane(heat);
        heatScroll.setFitToWidth(false);
        heatScroll.setId("heat-scroll");
        TabPane tabs = new TabPane(tab("tab-heat", t.get("report.tab.heat"), heatScroll),
                tab("tab-misconceptions", t.get("report.tab.misconceptions"), misconceptions),
                tab("tab-hints", t.get("report.tab.hints"), hints), tab("tab-time", t.get("report.tab.time"), time),
                tab("tab-timeline", t.get("report.tab.timeline"), new VBox(8, timelineStudent, timeline, events)),
                tab("tab-students", t.get("report.tab.students"), studentsPane()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("report-tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        Label heading = new Label(t.get("report.heading"));
        heading.getStyleClass().add("heading");
        getChildren().addAll(heading, buttons, whyNot, status, unnamed, tabs);
        vm.reportProperty().addListener(new javafx.beans.value.WeakChangeListener<>(onReport));
        show(vm.reportProperty().get()); // a view built again over the same view model shows its report at once
    }

    private Chooser chooser() {
        return chooser != null ? chooser : new SystemChooser(t);
    }

    private Node studentsPane() {
        TextField name = new TextField();
        name.setId("rename-to");
        name.setPromptText(t.get("report.rename.prompt"));
        Button rename = button("rename", t.get("report.rename"),
                () -> selectedLocal().ifPresent(s -> vm.rename(s.id(), name.getText())));
        Button pictures = button("reset-pictures", t.get("report.resetPictures"),
                () -> selectedLocal().ifPresent(s -> vm.clearPictures(s.id())));
        Button delete = button("delete-student", t.get("report.delete"), () -> selectedAny().ifPresent(s -> {
            ButtonType sureDelete = Controls.ok(t);
            Alert sure = new Alert(Alert.AlertType.CONFIRMATION, t.get("report.delete.confirm", s.name()), sureDelete,
                    Controls.cancel(t));
            sure.setHeaderText(t.get("report.delete.heading"));
            sure.initOwner(getScene().getWindow());
            sure.showAndWait().filter(sureDelete::equals).ifPresent(b -> vm.delete(s.id()));
        }));
        Label note = new Label(t.get("report.students.note"));
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        VBox.setVgrow(students, Priority.ALWAYS);
        return new VBox(8, students, new HBox(8, name, rename, pictures, delete), note);
    }

    private Optional<StudentRow> selectedAny() {
        return Optional.ofNullable(students.getSelectionModel().getSelectedItem());
    }

    private Optional<StudentRow> selectedLocal() {
        return selectedAny().filter(vm::local);
    }

    private void show(ClassReport r) {
        if (r == null) return;
        drawHeat(r);
        misconceptions.getItems().setAll(r.misconceptions());
        XYChart.Series<String, Number> perProblem = new XYChart.Series<>();
        perProblem.setName(t.get("report.hints.series"));
        r.hintDependence().forEach(h -> perProblem.getData().add(new XYChart.Data<>(h.name(), h.hintsPerProblem())));
        hints.getData().setAll(List.of(perProblem));
        XYChart.Series<String, Number> minutes = new XYChart.Series<>();
        minutes.setName(t.get("report.time.series"));
        r.time().forEach(x -> minutes.getData().add(new XYChart.Data<>(x.name(), x.minutes())));
        time.getData().setAll(List.of(minutes));
        StudentRow chosen = timelineStudent.getValue();
        timelineStudent.getItems().setAll(r.students());
        if (chosen != null)
            r.students().stream().filter(s -> s.id().equals(chosen.id())).findFirst().ifPresent(timelineStudent::setValue);
        else if (!r.students().isEmpty()) timelineStudent.setValue(r.students().get(0));
        String picked = selectedAny().map(StudentRow::id).orElse(null);
        students.getItems().setAll(r.students());
        for (int i = 0; i < r.students().size(); i++) // the student chosen stays chosen when the report is read again
            if (r.students().get(i).id().equals(picked)) students.getSelectionModel().select(i);
        drawTimeline();
    }

    /** Students down, skills across; each cell coloured from red (not known) to green (mastered), with its percentage. */
    private void drawHeat(ClassReport r) {
        heat.getChildren().clear();
        if (r.students().isEmpty()) { // the sentence alone: a "Student" header over no students said nothing
            heat.add(new Label(t.get("report.empty")), 0, 0);
            return;
        }
        if (r.skills().isEmpty()) { // students, but nothing they answered names a skill: say why, and what to do
            Label why = new Label(t.get("report.heat.noSkills"));
            why.setId("heat-no-skills");
            why.setWrapText(true);
            why.setMaxWidth(640);
            heat.add(why, 0, 0);
            return;
        }
        heat.add(new Label(t.get("report.heat.student")), 0, 0);
        for (int c = 0; c < r.skills().size(); c++) {
            String title = r.skills().get(c).title();
            Label h = new Label(title);
            h.getStyleClass().add("heat-header");
            h.setWrapText(true);
            // lines break between words, never inside one ("Acceleratio|n"): the column is as wide as its longest word
            javafx.beans.binding.DoubleBinding width = Bindings.createDoubleBinding(
                    () -> Math.max(HEAT_COLUMN, TextWidths.widestWord(title, h.getFont()) + h.snappedLeftInset()
                            + h.snappedRightInset() + 1),
                    h.fontProperty(), h.paddingProperty());
            h.minWidthProperty().bind(width);
            h.prefWidthProperty().bind(width);
            h.maxWidthProperty().bind(width);
            heat.add(h, c + 1, 0);
        }
        for (int row = 0; row < r.students().size(); row++) {
            StudentRow s = r.students().get(row);
            Label name = new Label(s.name());
            name.getStyleClass().add("heat-name");
            heat.add(name, 0, row + 1);
            for (int c = 0; c < r.skills().size(); c++) {
                String skill = r.skills().get(c).id();
                Label cell = new Label();
                cell.getStyleClass().add("heat-cell");
                cell.setMinWidth(HEAT_COLUMN);
                cell.setMaxWidth(Double.MAX_VALUE);
                GridPane.setFillWidth(cell, true);
                cell.setPrefHeight(26);
                var m = r.cell(s.id(), skill);
                if (m.isPresent()) {
                    long pct = Math.round(m.get().pKnown() * 100);
                    cell.setText(pct + "%" + (m.get().mastered() ? " ✓" : ""));
                    int hue = (int) Math.round(120 * m.get().pKnown());
                    cell.setStyle(
                            "-fx-background-color: hsb(" + hue + ", 45%, 95%); -fx-alignment: center; -fx-text-fill: #222;");
                    cell.setAccessibleText(t.get("report.heat.cell", s.name(), r.skills().get(c).title(), pct));
                } else {
                    cell.setText("–");
                    cell.setStyle("-fx-alignment: center;");
                    cell.setAccessibleText(t.get("report.heat.empty", s.name(), r.skills().get(c).title()));
                }
                cell.setId("heat-" + row + "-" + c);
                heat.add(cell, c + 1, row + 1);
            }
        }
    }

    /** The chosen student's answers in order: how many so far, and how many of them right. */
    private void drawTimeline() {
        ClassReport r = vm.reportProperty().get();
        StudentRow s = timelineStudent.getValue();
        timeline.getData().clear();
        events.getItems().clear();
        if (r == null || s == null) return;
        events.getItems().setAll(r.timeline().stream().filter(e -> e.student().equals(s.id())).toList().reversed());
        XYChart.Series<Number, Number> answered = new XYChart.Series<>();
        answered.setName(t.get("report.timeline.answers"));
        XYChart.Series<Number, Number> right = new XYChart.Series<>();
        right.setName(t.get("report.timeline.right"));
        int n = 0;
        int ok = 0;
        for (ClassReport.TimelineRow e : r.timeline()) {
            if (!e.student().equals(s.id()) || !e.event().equals("answer")) continue;
            n++;
            if (e.result().equals("right")) ok++;
            answered.getData().add(new XYChart.Data<>(n, n));
            right.getData().add(new XYChart.Data<>(n, ok));
        }
        timeline.getData().setAll(List.of(answered, right));
    }

    private static <R> TableColumn<R, String> column(String title, java.util.function.Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    @Override
    public Node view() {
        return this;
    }

    @Override
    public String title() {
        return t.get("report.title");
    }

    @Override
    public void shown() {
        vm.refresh();
    }

    /** A new language: the same report, open tab, chosen student and scroll positions, said in it. */
    @Override
    public Optional<Screen> relabeled(Texts texts) {
        return ViewState.sayAgain(this, () -> vm.relabel(texts), () -> new ClassReportView(vm, texts));
    }

    /** The system's file dialogs. */
    static final class SystemChooser implements Chooser {
        private final Texts t;

        SystemChooser(Texts t) {
            this.t = t;
        }

        SystemChooser() {
            this(Texts.of("en"));
        }

        @Override
        public List<Path> openResults(Window owner) {
            FileChooser c = new FileChooser();
            c.setInitialDirectory(StartFolder.forDialogs());
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("report.import.filter"), "*.json"));
            List<File> files = c.showOpenMultipleDialog(owner);
            return files == null ? List.of() : files.stream().map(File::toPath).toList();
        }

        @Override
        public Optional<Path> save(Window owner, String suggestedName, String extension) {
            FileChooser c = new FileChooser();
            c.setInitialDirectory(StartFolder.forDialogs());
            c.setInitialFileName(suggestedName);
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(Locale.ROOT), "*." + extension));
            return Optional.ofNullable(c.showSaveDialog(owner)).map(File::toPath);
        }

        @Override
        public Optional<Path> folder(Window owner) {
            return Optional.ofNullable(StartFolder.folderChooser().showDialog(owner)).map(File::toPath);
        }
    }
}
