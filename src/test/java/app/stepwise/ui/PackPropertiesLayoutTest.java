package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.LessonPack;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * review23: at 1280×720 the pack editor's "Pack properties" were a small scroll box, the fields below Subject cut
 * ("Nivel" half shown). Every field must be shown whole, without scrolling, at 1280×720 and 1024×768.
 */
@ExtendWith(ApplicationExtension.class)
class PackPropertiesLayoutTest {
    private TestApp test;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        test = new TestApp();
    }

    @AfterEach
    void close() {
        new FxRobot().interact(() -> SharedStage.restore(stage));
        test.close();
    }

    @ParameterizedTest
    @CsvSource({"1280, 676", "1024, 724"}) // the screens less the top bar
    void everyPackFieldIsShownWholeWithoutScrolling(int width, int height, FxRobot robot) {
        LessonPack pack = TestApp.bundled("density-and-pressure.json");
        robot.interact(() -> {
            PackEditorView view = new PackEditorView(new PackEditorViewModel(test.app(), Optional.empty(), pack),
                    test.app().texts(), test.navigator);
            SharedStage.shrink(stage, width, height);
            Scene scene = new Scene(view, width, height);
            Looks.set(scene, Settings.DEFAULTS);
            stage.setScene(scene);
            stage.show();
        });
        robot.interact(() -> { // opened at once: the pane's animation would still be growing when measured
            TitledPane properties = robot.lookup("#pack-properties").queryAs(TitledPane.class);
            properties.setAnimated(false);
            properties.setExpanded(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            ScrollPane scroll = (ScrollPane) robot.lookup(".pack-properties-scroll").query();
            Bounds shown = scroll.localToScene(scroll.getLayoutBounds());
            for (String id : new String[]{"#pack-id", "#pack-subject", "#pack-level", "#pack-language", "#pack-authors",
                    "#pack-skills"}) {
                Node field = robot.lookup(id).query();
                Bounds b = field.localToScene(field.getLayoutBounds());
                assertThat(b.getMaxY()).as(id + " at " + width + "×" + height + " (shown to " + shown.getMaxY() + ")")
                        .isLessThanOrEqualTo(shown.getMaxY() + 0.5).isLessThanOrEqualTo(height);
                assertThat(b.getMinY()).as(id).isGreaterThanOrEqualTo(shown.getMinY() - 0.5);
            }
        });
    }
}
