package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pack editor's statement box and its rendered preview can be read in every theme: in the dark theme both kept a
 * white background, so the statement's words (light text) and the preview's formulas (light ink) were white on white
 * (a newcomer's find).
 */
@ExtendWith(ApplicationExtension.class)
class EditorStatementContrastTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** The colour a region is painted in: its innermost background fill. */
    private static Color inside(Region r) {
        var fills = r.getBackground().getFills();
        Paint p = fills.get(fills.size() - 1).getFill();
        return (Color) p;
    }

    @ParameterizedTest
    @EnumSource(Settings.Theme.class)
    void theStatementAndItsPreviewAreReadable(Settings.Theme theme, FxRobot robot) {
        LatexArea statement = new LatexArea();
        StackPane preview = new StackPane();
        preview.getStyleClass().add("statement-preview");
        preview.setPrefHeight(40);
        robot.interact(() -> {
            statement.replaceText("Solve $x + 1 = 2$.");
            Scene scene = new Scene(new VBox(statement, preview), 500, 200);
            Looks.set(scene, new Settings(Settings.DEFAULTS.model(), "en", theme, 1.0));
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<Double> words = new AtomicReference<>();
        AtomicReference<Double> formula = new AtomicReference<>();
        AtomicReference<Double> ink = new AtomicReference<>();
        robot.interact(() -> {
            Color area = inside(statement);
            Text solve = statement.lookupAll(".text").stream()
                    .filter(n -> n instanceof Text t && t.getText().startsWith("Solve")).map(n -> (Text) n).findFirst()
                    .orElseThrow();
            Text math = statement.lookupAll(".text").stream()
                    .filter(n -> n instanceof Text t && t.getText().contains("x + 1")).map(n -> (Text) n).findFirst()
                    .orElseThrow();
            words.set(Contrast.ratio((Color) solve.getFill(), area));
            formula.set(Contrast.ratio((Color) math.getFill(), area));
            java.awt.Color awt = Looks.formulaInk();
            ink.set(Contrast.ratio(Color.rgb(awt.getRed(), awt.getGreen(), awt.getBlue()), inside(preview)));
        });
        assertThat(words.get()).as("the statement's words in " + theme).isGreaterThanOrEqualTo(4.5);
        assertThat(formula.get()).as("the statement's formula in " + theme).isGreaterThanOrEqualTo(4.5);
        assertThat(ink.get()).as("the preview's formulas in " + theme).isGreaterThanOrEqualTo(4.5);
    }
}
