package app.stepwise.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Practice mode: why this problem, "Next problem" and "Another like this", the problem screen, and the skill bars. */
final class PracticeView extends BorderPane implements Screen {
    private final PracticeViewModel vm;
    private final AppContext app;
    private final Navigator navigator;
    private ProblemView problemView;

    PracticeView(PracticeViewModel vm, AppContext app, Navigator navigator) {
        this.vm = vm;
        this.app = app;
        this.navigator = navigator;
        Texts t = app.texts();
        getStyleClass().add("practice");
        setId("practice-view");
        Label reason = new Label();
        reason.setId("practice-reason");
        reason.getStyleClass().add("practice-reason");
        reason.setWrapText(true);
        reason.textProperty().bind(vm.reasonProperty());
        Button next = new Button(t.get("practice.next"));
        next.setId("next-problem");
        next.setOnAction(e -> vm.next());
        next.disableProperty().bind(vm.busyProperty());
        Button another = new Button(t.get("practice.anotherButton"));
        another.setId("another");
        another.setOnAction(e -> vm.another());
        another.disableProperty().bind(vm.busyProperty().or(vm.canAnotherProperty().not()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, reason, spacer, another, next);
        bar.getStyleClass().add("practice-bar");
        setTop(bar);
        SkillProgressBox progress = new SkillProgressBox(t);
        vm.progressProperty().addListener((ListChangeListener<app.stepwise.classroom.Classroom.SkillProgress>) c -> progress
                .show(vm.progressProperty()));
        ScrollPane side = new ScrollPane(new VBox(progress));
        side.setFitToWidth(true);
        side.setPrefWidth(430);
        side.setMinWidth(360);
        side.getStyleClass().add("practice-side");
        setRight(side);
        vm.currentProperty().addListener((o, was, now) -> showProblem(now));
    }

    private void showProblem(PracticeViewModel.Current c) {
        if (problemView != null) problemView.leaving();
        if (c == null) return;
        ProblemViewModel pvm = new ProblemViewModel(c.pack(), c.index(), app, navigator);
        pvm.verdictProperty().addListener((o, was, now) -> vm.refreshProgress()); // an answer moves the bars
        problemView = new ProblemView(pvm, app.texts());
        // in practice Stepwise chooses the next problem: the pack's own position and Previous / Next are not shown
        for (String id : new String[]{"#position", "#previous", "#next"}) {
            Node n = problemView.lookup(id);
            if (n != null) {
                n.setVisible(false);
                n.setManaged(false);
            }
        }
        setCenter(problemView.view());
        problemView.shown();
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
    public void shown() {
        if (vm.currentProperty().get() == null) vm.next();
        else
            vm.refreshProgress();
    }

    @Override
    public void leaving() {
        if (problemView != null) problemView.leaving();
    }
}
