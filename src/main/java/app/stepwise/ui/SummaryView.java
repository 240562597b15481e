package app.stepwise.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The end of a pack: how many problems were solved, hints used, and the skills practised. */
final class SummaryView extends VBox implements Screen {
    private final SummaryViewModel vm;
    private final Texts t;
    private final Button toPack;

    SummaryView(SummaryViewModel vm, Texts t) {
        super(12);
        this.vm = vm;
        this.t = t;
        getStyleClass().add("view");
        Label heading = new Label(t.get("summary.heading", vm.title()));
        heading.getStyleClass().add("heading");
        heading.setWrapText(true);
        Label solved = new Label();
        solved.setId("summary-solved");
        solved.getStyleClass().add("summary-figure");
        Label hints = new Label();
        hints.setId("summary-hints");
        hints.getStyleClass().add("summary-figure");
        Label skills = new Label();
        skills.setId("summary-skills");
        skills.setWrapText(true);
        vm.summaryProperty().addListener((o, was, s) -> {
            solved.setText(t.get("summary.solved", s.solved(), s.total(), s.attempted()));
            hints.setText(t.get("summary.hints", s.hintsUsed()));
            skills.setText(
                    s.skills().isEmpty() ? t.get("summary.noSkills") : t.get("summary.skills", String.join(", ", s.skills())));
        });
        toPack = new Button(t.get("summary.toPack"));
        toPack.setId("summary-to-pack");
        toPack.setOnAction(e -> vm.backToPack());
        Button library = new Button(t.get("summary.library"));
        library.setId("summary-library");
        library.setOnAction(e -> vm.library());
        getChildren().addAll(heading, solved, hints, skills, new HBox(8, toPack, library));
    }

    @Override
    public Node view() {
        return this;
    }

    @Override
    public String title() {
        return t.get("summary.title", vm.title());
    }

    @Override
    public void shown() {
        vm.refresh();
    }

    @Override
    public void requestFocus() {
        toPack.requestFocus();
    }
}
