package app.stepwise.ui;

import app.stepwise.classroom.Classroom.SkillProgress;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** One bar per skill: "not started" until the first answer, then how likely the student knows it, "mastered" from 95 %. */
final class SkillProgressBox extends VBox {
    private final GridPane rows = new GridPane();
    private final Texts t;

    SkillProgressBox(Texts t) {
        super(6);
        this.t = t;
        setId("skill-progress");
        getStyleClass().add("skill-progress");
        Label heading = new Label(t.get("progress.heading"));
        heading.getStyleClass().add("subheading");
        rows.setHgap(10);
        rows.setVgap(6);
        getChildren().addAll(heading, rows);
    }

    void show(List<SkillProgress> skills) {
        rows.getChildren().clear();
        int r = 0;
        for (SkillProgress s : skills) {
            SkillBar shown = SkillBar.of(s, t);
            Label name = new Label(shown.title());
            name.setWrapText(true);
            name.setMaxWidth(220);
            name.setMinWidth(120);
            ProgressBar bar = new ProgressBar(shown.fill());
            bar.setId("progress-" + shown.skill());
            bar.getStyleClass().add(shown.mastered() ? "mastered" : shown.started() ? "learning" : "not-started");
            Label pct = new Label(shown.label());
            pct.setId("progress-label-" + shown.skill());
            if (!shown.started()) pct.getStyleClass().add("not-started");
            pct.setAlignment(Pos.CENTER_RIGHT);
            pct.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            bar.setAccessibleText(shown.title() + ": " + shown.label());
            rows.addRow(r++, name, bar, pct);
        }
    }
}
