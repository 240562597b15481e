package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.lesson.LessonPack;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pack editor in a laptop-sized window: the problem list shows several problems (a newcomer saw one and a half
 * under the pack's properties), and it takes the room the window grows by.
 */
@ExtendWith(ApplicationExtension.class)
class PackEditorLayoutTest {
    private TestApp test;
    private Stage stage;

    @Start
    void start(Stage stage) {
        test = new TestApp();
        LessonPack pack = TestApp.bundled("density-and-pressure.json"); // 27 problems
        PackEditorView view = new PackEditorView(new PackEditorViewModel(test.app(), Optional.empty(), pack),
                test.app().texts(), test.navigator);
        this.stage = stage;
        SharedStage.shrink(stage, 1280, 676); // a 1280×720 screen less the top bar
        Scene scene = new Scene(view, 1280, 676);
        Looks.set(scene, Settings.DEFAULTS);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        new FxRobot().interact(() -> SharedStage.restore(stage));
        test.close();
    }

    /** How many whole problems the list shows: its height over one row's. */
    private static double rowsShown(FxRobot robot, ListView<?> list) {
        AtomicReference<Double> rows = new AtomicReference<>();
        robot.interact(() -> {
            Node cell = list.lookup(".list-cell");
            rows.set(list.getHeight() / cell.getBoundsInLocal().getHeight());
        });
        return rows.get();
    }

    @Test
    void theProblemListShowsSeveralProblemsAndGrowsWithTheWindow(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#problem-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitForFxEvents();
        double atLaptopSize = rowsShown(robot, list);
        assertThat(atLaptopSize).as("problems visible at 1280×720").isGreaterThanOrEqualTo(5);

        javafx.scene.control.TitledPane properties = robot.lookup("#pack-properties")
                .queryAs(javafx.scene.control.TitledPane.class);
        assertThat(properties.isExpanded()).as("an existing pack opens on its problems").isFalse();
        robot.interact(() -> properties.setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rowsShown(robot, list)).as("problems visible beside the open properties").isGreaterThanOrEqualTo(3);
        robot.interact(() -> properties.setExpanded(false));
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> stage.setHeight(stage.getHeight() + 120)); // the headless screen is 800 pixels high
        FxWait.until(() -> list.getHeight() > 0, 10);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rowsShown(robot, list)).as("a taller window shows more problems").isGreaterThan(atLaptopSize + 1.5);
    }
}
