package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The default button of a dialog (Settings' OK, "Aceptar") can be read in every theme: in the dark theme it kept
 * JavaFX's light blue with the theme's light text on it, pale on pale.
 */
@ExtendWith(ApplicationExtension.class)
class DefaultButtonContrastTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** The colours a button's face is painted in: its innermost fill, each stop of a gradient. */
    private static List<Color> face(Button b) {
        var fills = b.getBackground().getFills();
        Paint p = fills.get(fills.size() - 1).getFill();
        List<Color> out = new ArrayList<>();
        if (p instanceof Color c) out.add(c);
        else if (p instanceof LinearGradient g) for (Stop s : g.getStops()) out.add(s.getColor());
        return out;
    }

    @ParameterizedTest
    @EnumSource(Settings.Theme.class)
    void theDefaultButtonsWordsCanBeRead(Settings.Theme theme, FxRobot robot) {
        Button ok = new Button("OK");
        ok.setDefaultButton(true);
        Button cancel = new Button("Cancel");
        Themed.show(robot, stage, new VBox(8, cancel, ok), theme, 300, 120);
        AtomicReference<Double> least = new AtomicReference<>(21.0);
        robot.interact(() -> {
            Color words = (Color) ((Text) ok.lookup(".text")).getFill();
            for (Color c : face(ok)) least.set(Math.min(least.get(), Contrast.ratio(words, c)));
        });
        assertThat(least.get()).as("OK's words on its face in " + theme).isGreaterThanOrEqualTo(4.5);
    }
}
