package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ListView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Settings changed in one go (Español and the dark theme, then OK) on an open problem: the problem's formulas are drawn
 * in the new theme's ink. A newcomer found them left in the light theme's black on the dark page, nearly invisible: the
 * screens were rebuilt for the new language before the theme had changed, and a formula laid out before was painted at
 * once in the old ink.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeAndLanguageTogetherTest {
    private WholeApp window;

    @AfterEach
    void close() {
        if (window != null) window.close();
    }

    /** The brightness of a drawn formula's ink: the mean luminance of its opaque pixels, 0 black to 1 white. */
    private static double inkBrightness(Canvas canvas) {
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.TRANSPARENT);
        WritableImage image = canvas.snapshot(p, null);
        PixelReader r = image.getPixelReader();
        double sum = 0;
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++)
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = r.getColor(x, y);
                if (c.getOpacity() > 0.9) {
                    sum += c.getBrightness();
                    n++;
                }
            }
        return n == 0 ? -1 : sum / n;
    }

    private static Canvas statementFormula(FxRobot robot) {
        Node statement = robot.lookup("#statement").query();
        return (Canvas) statement.lookupAll(".formula").stream().filter(n -> n instanceof Canvas).findFirst().orElse(null);
    }

    @Test
    void theProblemsFormulasFollowTheNewThemeWhenTheLanguageChangesToo(FxRobot robot) throws Exception {
        window = WholeApp.start(robot, "en");
        ListView<?> packs = robot.lookup("#packs").queryAs(ListView.class);
        FxWait.until(() -> !packs.getItems().isEmpty(), 20);
        robot.interact(() -> {
            for (int i = 0; i < packs.getItems().size(); i++)
                if (((LibraryViewModel.PackItem) packs.getItems().get(i)).title().equals("Linear equations"))
                    packs.getSelectionModel().select(i);
        });
        robot.type(KeyCode.ENTER);
        FxWait.shown(robot, "#problems", 10);
        robot.type(KeyCode.ENTER);
        FxWait.until(() -> robot.lookup("#statement").tryQuery().isPresent() && statementFormula(robot) != null, 20);
        AtomicReference<Double> light = new AtomicReference<>();
        robot.interact(() -> light.set(inkBrightness(statementFormula(robot))));
        assertThat(light.get()).as("black ink in the light theme").isBetween(0.0, 0.3);

        robot.interact(() -> {
            SettingsStore settings = window.main().app().settings();
            Settings now = settings.get();
            settings.change(new Settings(now.model(), "es", Settings.Theme.DARK, now.fontScale()),
                    new CurrentThreadTaskExecutor(), problem -> {});
        });
        FxWait.until(() -> robot.lookup("#check").queryButton().getText().equals(Texts.of("es").get("problem.check"))
                && statementFormula(robot) != null, 20);
        AtomicReference<Double> dark = new AtomicReference<>();
        robot.interact(() -> dark.set(inkBrightness(statementFormula(robot))));
        assertThat(dark.get()).as("light ink on the dark page").isGreaterThan(0.7);
        assertThat(CrashDialog.texts().get("crash.header")).as("a bug after the change is told in Spanish too")
                .isEqualTo(Texts.of("es").get("crash.header"));
    }
}
