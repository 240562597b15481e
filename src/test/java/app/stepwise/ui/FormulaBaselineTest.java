package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scilab.forge.jlatexmath.TeXIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A formula in a sentence stands on the sentence's baseline, as in a printed book. A newcomer saw "a mass of 3 kg" with
 * the "3 kg" lifted above the words: the drawing's bottom was put on the baseline (half the part below its baseline,
 * the g's tail, moved back down), so a formula with a descender or a fraction rode high.
 */
@ExtendWith(ApplicationExtension.class)
class FormulaBaselineTest {
    private static double baselineInParent(Node n) {
        return n.getBoundsInParent().getMinY() + n.getBaselineOffset();
    }

    @Test
    void aFormulaWithADescenderSitsOnTheWordsBaseline(FxRobot robot) {
        for (String latex : new String[]{"3\\,\\mathrm{kg}", "\\frac{1}{2}", "0.005\\,\\mathrm{m}^3"}) {
            TeXIcon icon = ((FormulaRenderer.Outcome.Drawn) FormulaRenderer.layout(latex, 15)).icon();
            Text before = new Text("a mass of ");
            before.setFont(Font.font(15));
            Node formula = FormulaRenderer.paint(icon, latex);
            Stage[] stage = new Stage[1];
            robot.interact(() -> {
                stage[0] = new Stage();
                stage[0].setScene(new Scene(new TextFlow(before, formula, new Text(" and")), 600, 200));
                stage[0].show();
                stage[0].getScene().getRoot().layout();
            });
            double words = baselineInParent(before);
            double drawn = formula.getBoundsInParent().getMinY() + icon.getIconHeight() - icon.getIconDepth();
            assertThat(drawn).as(latex + ": the formula's own baseline, where the words' is").isCloseTo(words, within(1.0));
            robot.interact(stage[0]::close);
        }
    }
}
