package app.stepwise.ui;

import javafx.scene.Node;

/** One screen as the main window holds it: its view, its title, and what it does when shown or left. */
public interface Screen {
    Node view();

    /** The heading shown in the top bar. */
    String title();

    /**
     * The heading as it changes while the screen is on show (the pack editor's follows the pack's title as it is
     * typed); most screens' headings are fixed, {@link #title()}.
     */
    default javafx.beans.value.ObservableValue<String> titleValue() {
        return new javafx.beans.property.ReadOnlyStringWrapper(title());
    }

    /** Each time the screen becomes the current one (first shown, or come back to with Back): refresh, focus. */
    default void shown() {}

    /**
     * A new view over the same view model (the text size changed: formulas are drawn again at the new size); state
     * lives in the view model, so nothing is lost. Screens without drawn formulas keep themselves.
     */
    default Screen rebuilt() {
        return this;
    }

    /**
     * A new language: the screen said again in it over the same view model, so what it shows stays (the problem
     * screen's verdict, marks and hints); empty for screens that are simply built again from their route.
     */
    default java.util.Optional<Screen> relabeled(Texts texts) {
        return java.util.Optional.empty();
    }

    /** Back has returned to this screen from {@code route} (a pack's list selects the problem the student was on). */
    default void returnedFrom(Route route) {}

    /**
     * The hint key (Ctrl+H) was pressed on this screen; the problem screen answers with a hint before this is asked.
     * The key never reaches a text box, whose own Ctrl+H would delete a character.
     */
    default void hintKey() {}

    /**
     * The screen is about to be left or dropped (Back, Home, Sign in / Sign out, Teacher, closing the window): a screen
     * with unsaved changes asks the user first, in a dialog over {@code owner} (null: none), and runs {@code leave}
     * only when they choose to go on; others go at once.
     */
    default void askToLeave(javafx.stage.Window owner, Runnable leave) {
        leave.run();
    }

    /** Before another screen takes its place or the app closes: keep what must not be lost. */
    default void leaving() {}
}
