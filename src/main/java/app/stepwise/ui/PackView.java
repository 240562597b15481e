package app.stepwise.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

/** One pack: its problems, each with its statement (formulas rendered), difficulty and the learner's mark. */
final class PackView extends VBox implements Screen {
    private final PackViewModel vm;
    private final Texts t;
    private final ListView<PackViewModel.ProblemItem> list = new ListView<>();
    private int lastSelected = 0;

    PackView(PackViewModel vm, Texts t) {
        super(8);
        this.vm = vm;
        this.t = t;
        getStyleClass().add("view");
        Label heading = new Label(vm.title());
        heading.getStyleClass().add("heading");
        heading.setWrapText(true);
        Label meta = new Label(vm.details() + "  ·  " + t.get("pack.difficulty.legend"));
        meta.setId("pack-details");
        meta.getStyleClass().add("muted");
        list.setId("problems");
        list.setItems(vm.problemsProperty());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(PackViewModel.ProblemItem p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().removeAll("solved", "attempted");
                if (empty || p == null) {
                    setGraphic(null);
                    setText(null);
                    setAccessibleText(null);
                    return;
                }
                setText(null);
                String mark = switch (p.status()) {
                    case SOLVED -> "✓";
                    case ATTEMPTED -> "…";
                    case NEW -> " ";
                };
                String status = t.get("pack.status." + p.status().name().toLowerCase(java.util.Locale.ROOT));
                Label badge = new Label(mark);
                badge.getStyleClass().addAll("status-badge", p.status().name().toLowerCase(java.util.Locale.ROOT));
                badge.setMinWidth(22);
                TextFlow statement = MathText.flow(p.number() + ".  " + p.statement(), Looks.mathSize(15));
                Label difficulty = new Label("●".repeat(Math.max(0, p.difficulty())));
                difficulty.getStyleClass().addAll("muted", "difficulty");
                if (p.difficulty() > 0) { // the dots alone meant nothing to a newcomer (review23): said on hover and aloud
                    String said = t.get("pack.difficulty", p.difficulty());
                    difficulty.setTooltip(new javafx.scene.control.Tooltip(said));
                    difficulty.setAccessibleText(said);
                }
                Label word = new Label(p.status() == PackViewModel.Status.NEW ? "" : status);
                word.getStyleClass().add("status-word");
                HBox row = new HBox(8, badge, statement, difficulty, word);
                HBox.setHgrow(statement, Priority.ALWAYS);
                statement.prefWidthProperty().bind(list.widthProperty().subtract(220));
                setGraphic(row);
                if (p.status() != PackViewModel.Status.NEW)
                    getStyleClass().add(p.status().name().toLowerCase(java.util.Locale.ROOT));
                setAccessibleText(
                        t.get("pack.item.accessible", p.number(), statement.getAccessibleText(), p.difficulty(), status));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) vm.open(list.getSelectionModel().getSelectedIndex());
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) vm.open(list.getSelectionModel().getSelectedIndex());
        });
        if (!list.getItems().isEmpty()) list.getSelectionModel().select(0);
        // the marks arrive in the background and replace the items: the selection stays where the student left it
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0) lastSelected = now.intValue();
        });
        vm.problemsProperty().addListener((javafx.collections.ListChangeListener<PackViewModel.ProblemItem>) c -> {
            if (lastSelected >= 0 && lastSelected < list.getItems().size()) list.getSelectionModel().select(lastSelected);
        });
        Button start = new Button(t.get("pack.continue"));
        start.setId("continue");
        start.setOnAction(e -> vm.continuePack());
        Button summary = new Button(t.get("pack.summary"));
        summary.setId("summary");
        summary.setOnAction(e -> vm.showSummary());
        Button practise = new Button(t.get("pack.practise"));
        practise.setId("practise");
        practise.setOnAction(e -> vm.practise());
        SkillProgressBox skills = new SkillProgressBox(t);
        vm.skillsProperty().addListener(
                (javafx.collections.ListChangeListener<app.stepwise.classroom.Classroom.SkillProgress>) c -> skills
                        .show(vm.skillsProperty()));
        if (!vm.skillsProperty().isEmpty()) skills.show(vm.skillsProperty()); // a view built again over the same model
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox.setHgrow(list, Priority.ALWAYS);
        HBox body = new HBox(12, list, skills);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(heading, meta, new HBox(8, start, practise, summary), body);
    }

    @Override
    public Node view() {
        return this;
    }

    @Override
    public String title() {
        return vm.title();
    }

    @Override
    public Screen rebuilt() {
        return again(ViewState.of(this), t);
    }

    /** A new language: the same problem chosen and the list scrolled as it was, said in it. */
    @Override
    public java.util.Optional<Screen> relabeled(Texts texts) {
        ViewState kept = ViewState.of(this);
        vm.relabel(texts);
        return java.util.Optional.of(again(kept, texts));
    }

    private PackView again(ViewState kept, Texts texts) {
        PackView again = new PackView(vm, texts);
        again.lastSelected = lastSelected;
        again.list.getSelectionModel().select(lastSelected);
        kept.restore(again);
        return again;
    }

    @Override
    public void returnedFrom(Route route) {
        if (route instanceof Routes.Problem p && p.index() < list.getItems().size()) {
            lastSelected = p.index();
            list.getSelectionModel().select(p.index());
            list.scrollTo(p.index());
        }
    }

    @Override
    public void shown() {
        vm.refresh();
    }

    @Override
    public void requestFocus() {
        list.requestFocus();
    }
}
