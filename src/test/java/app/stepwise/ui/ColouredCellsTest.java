package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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
 * Lines of a list coloured by their kind keep their colour in every theme: in the dark theme the editor's errors and
 * warnings ("✗ p1 · answer: …") and the library's broken packs were the same white as every other line (the theme's
 * rule for all text won over the line's colour).
 */
@ExtendWith(ApplicationExtension.class)
class ColouredCellsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @ParameterizedTest
    @EnumSource(Settings.Theme.class)
    void errorsWarningsAndBrokenPacksAreNotInThePlainTextColour(Settings.Theme theme, FxRobot robot) {
        List<String> kinds = List.of("plain", "finding-error", "finding-warning", "broken");
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(kinds));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String kind, boolean empty) {
                super.updateItem(kind, empty);
                setText(empty ? null : kind);
                getStyleClass().removeAll(kinds);
                if (!empty && !kind.equals("plain")) getStyleClass().add(kind);
            }
        });
        Themed.show(robot, stage, list, theme, 400, 200);
        robot.interact(() -> list.getSelectionModel().clearSelection());
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, Paint> fill = new HashMap<>();
        robot.interact(() -> list.lookupAll(".list-cell").forEach(n -> {
            if (n instanceof ListCell<?> c && c.getItem() != null)
                fill.put((String) c.getItem(), ((Text) c.lookup(".text")).getFill());
        }));
        for (String kind : List.of("finding-error", "finding-warning", "broken"))
            assertThat(fill.get(kind)).as(kind + " in " + theme).isNotEqualTo(fill.get("plain"));
    }

    /** The chosen line of a list that has not the keyboard focus can be read (dark text on dark blue, seen in the editor). */
    @ParameterizedTest
    @EnumSource(Settings.Theme.class)
    void theChosenLineOfAListWithoutFocusCanBeRead(Settings.Theme theme, FxRobot robot) {
        ListView<String> list = new ListView<>(FXCollections.observableArrayList("p1", "p2"));
        javafx.scene.control.Button elsewhere = new javafx.scene.control.Button("elsewhere");
        Themed.show(robot, stage, new javafx.scene.layout.VBox(elsewhere, list), theme, 400, 200);
        robot.interact(() -> {
            list.getSelectionModel().select(0);
            elsewhere.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            ListCell<?> chosen = list.lookupAll(".list-cell").stream().map(n -> (ListCell<?>) n)
                    .filter(c -> "p1".equals(c.getItem())).findFirst().orElseThrow();
            var fills = chosen.getBackground().getFills();
            javafx.scene.paint.Color back = (javafx.scene.paint.Color) fills.get(fills.size() - 1).getFill();
            javafx.scene.paint.Color words = (javafx.scene.paint.Color) ((Text) chosen.lookup(".text")).getFill();
            assertThat(Contrast.ratio(words, back)).as("the chosen line in " + theme).isGreaterThanOrEqualTo(4.5);
        });
    }

    /**
     * A line's mark (✓ green, ✗ red) and a wrong verdict are drawn in their own colours (the high-contrast theme makes
     * them black on purpose); in the dark theme they were white.
     */
    @ParameterizedTest
    @EnumSource(Settings.Theme.class)
    void marksAndVerdictsAreInTheirColours(Settings.Theme theme, FxRobot robot) {
        javafx.scene.control.Label plain = new javafx.scene.control.Label("plain");
        javafx.scene.control.Label right = new javafx.scene.control.Label("✓");
        right.getStyleClass().addAll("mark", "valid");
        javafx.scene.control.Label wrong = new javafx.scene.control.Label("✗");
        wrong.getStyleClass().addAll("mark", "invalid");
        javafx.scene.control.Label verdict = new javafx.scene.control.Label("Not quite");
        verdict.setId("verdict");
        verdict.getStyleClass().add("wrong");
        Themed.show(robot, stage, new javafx.scene.layout.VBox(plain, right, wrong, verdict), theme, 400, 200);
        robot.interact(() -> {
            for (javafx.scene.control.Label l : List.of(right, wrong, verdict))
                assertThat(((Text) l.lookup(".text")).getFill()).as(l.getText() + " in " + theme + ", its own colour")
                        .isEqualTo(l.getTextFill());
        });
    }
}
