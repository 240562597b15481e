package app.stepwise.ui;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/**
 * Opens one entry of the library's pack list the way a user does: scroll to it, click that row, press Enter. (A click
 * on the middle of the list would select whichever pack happens to be drawn there, which changes as packs are added.)
 */
final class LibraryClicks {
    private LibraryClicks() {}

    static void open(FxRobot robot, ListView<?> packs, int index) {
        Object item = packs.getItems().get(index);
        robot.interact(() -> {
            packs.scrollTo(index);
            packs.getSelectionModel().select(index);
        });
        ListCell<?> row = robot.from(packs).lookup(".list-cell").match((ListCell<?> c) -> c.getItem() == item)
                .query();
        robot.clickOn(row).type(KeyCode.ENTER);
    }
}
