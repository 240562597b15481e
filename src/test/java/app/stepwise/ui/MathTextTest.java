package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A pack's problem list showed raw LaTeX ({@code 12.5\,\mathrm{kg}}) for rows whose formulas were not laid out yet; on
 * a busy computer for seconds. Until a formula is drawn it now reads as plain text ("12.5 kg").
 */
@ExtendWith(ApplicationExtension.class)
class MathTextTest {
    private final VBox shown = new VBox();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(shown, 500, 200));
        stage.show();
    }

    private static List<String> texts(TextFlow flow) {
        return flow.getChildren().stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText()).toList();
    }

    @Test
    void aFormulaNotYetDrawnReadsAsPlainTextThenIsDrawn(FxRobot robot) throws Exception {
        // a size no other test uses, so the formula is not already laid out: it is drawn only after this pulse
        double size = 15.0 + (System.nanoTime() % 997) / 10_000.0;
        TextFlow[] flow = new TextFlow[1];
        List<String>[] before = new List[1];
        robot.interact(() -> {
            flow[0] = MathText.flow("A $12.5\\,\\mathrm{kg}$ box moves at $\\frac{3}{4}\\,\\mathrm{m/s}$.", size);
            before[0] = texts(flow[0]); // read in the same FX event: no formula can have been drawn yet
            shown.getChildren().add(flow[0]);
        });
        String read = String.join("", before[0]);
        assertThat(read).isEqualTo("A 12.5 kg box moves at 3/4 m/s.").doesNotContain("\\");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> flow[0].getChildren().stream().filter(n -> n instanceof Canvas).count() == 2);
        assertThat(String.join("", texts(flow[0]))).isEqualTo("A  box moves at .");
    }
}
