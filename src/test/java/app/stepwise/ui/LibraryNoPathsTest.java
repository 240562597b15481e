package app.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stepwise.app.AppPaths;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Seen under Xvfb: the student's library began with "From /opt/…/lessons and your folder /home/…/packs". Install paths
 * mean nothing to a student; the library lists the packs only.
 */
@ExtendWith(ApplicationExtension.class)
class LibraryNoPathsTest {
    private WholeApp window;

    @AfterEach
    void close() {
        if (window != null) window.close();
    }

    @Test
    void theLibraryShowsNoFolderPaths(FxRobot robot) throws Exception {
        window = WholeApp.start(robot, "en");
        FxWait.until(() -> !robot.lookup("#packs").queryListView().getItems().isEmpty(), 20);
        var list = robot.lookup("#packs").queryListView();
        // the empty list's words ("Put .json packs in …") are for whoever installs packs; they are not shown here (since
        // load22 the placeholder is a box of those words and a Try again button, so its label is known by its id)
        assertThat(robot.lookup(".label").queryAllAs(Labeled.class))
                .filteredOn(l -> l != list.getPlaceholder() && !"packs-placeholder".equals(l.getId()))
                .extracting(Labeled::getText)
                .isNotEmpty()
                .noneMatch(s -> s != null && (s.contains(AppPaths.userPacks().toString())
                        || s.contains(AppPaths.bundledLessons().toString())));
    }
}
