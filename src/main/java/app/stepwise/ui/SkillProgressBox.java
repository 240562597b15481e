package app.stepwise.ui;

import app.stepwise.classroom.Classroom.SkillProgress;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** One bar per skill: how likely the student knows it (knowledge tracing), "mastered" with a tick from 95 %. */
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
            Label name = new Label(s.title());
            name.setWrapText(true);
            name.setMaxWidth(220);
            name.setMinWidth(120);
            ProgressBar bar = new ProgressBar(s.pKnown());
            bar.setId("progress-" + s.skill());
            bar.getStyleClass().add(s.mastered() ? "mastered" : "learning");
            Label pct = new Label(s.mastered()
                    ? t.get("progress.mastered", Math.round(s.pKnown() * 100))
                    : t.get("progress.percent", Math.round(s.pKnown() * 100)));
            pct.setId("progress-label-" + s.skill());
            pct.setAlignment(Pos.CENTER_RIGHT);
            pct.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            bar.setAccessibleText(s.title() + ": " + pct.getText());
            rows.addRow(r++, name, bar, pct);
        }
    }
}
