package app.stepwise.ui;

import javafx.scene.Node;

/** One screen as the main window holds it: its view, its title, and what it does when shown or left. */
public interface Screen {
    Node view();

    /** The heading shown in the top bar. */
    String title();

    /** Each time the screen becomes the current one (first shown, or come back to with Back): refresh, focus. */
    default void shown() {}

    /** Before another screen takes its place or the app closes: keep what must not be lost. */
    default void leaving() {}
}
