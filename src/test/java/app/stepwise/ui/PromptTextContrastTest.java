package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The grey example in an empty box ("e.g. Solve 5x = -27 …", "Your final answer, e.g. x = 5") can be read in every
 * theme: in the dark theme it was drawn darker than the box itself, nearly invisible (a newcomer's find).
 */
@ExtendWith(ApplicationExtension.class)
class PromptTextContrastTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @ParameterizedTest
    @EnumSource(Settings.Theme.class)
    void theExampleInAnEmptyBoxIsReadable(Settings.Theme theme, FxRobot robot) {
        TextField box = new TextField();
        box.setPromptText("Your final answer, e.g. x = 5");
        Themed.show(robot, stage, new VBox(new TextField(), box), theme, 400, 100); // the first field takes the focus
        AtomicReference<Double> ratio = new AtomicReference<>();
        robot.interact(() -> {
            Text prompt = box.lookupAll(".text").stream().filter(n -> n instanceof Text t
                    && "Your final answer, e.g. x = 5".equals(t.getText())).map(n -> (Text) n).findFirst().orElseThrow();
            var fills = box.getBackground().getFills();
            // the innermost fill is the box's own: a colour, or a slight gradient that ends in the box's colour
            Color inside = fills.get(fills.size() - 1).getFill() instanceof javafx.scene.paint.LinearGradient g
                    ? g.getStops().get(g.getStops().size() - 1).getColor()
                    : (Color) fills.get(fills.size() - 1).getFill();
            ratio.set(Contrast.ratio((Color) prompt.getFill(), inside));
        });
        assertThat(ratio.get()).as("contrast of the example text with the box in " + theme).isGreaterThanOrEqualTo(4.5);
    }
}
