package app.stepwise.ui;

/** How screens move the app along, without knowing the main window. */
public interface Navigator {
    /** Opens a route on top of the current screen; Back returns to it. */
    void go(Route route);

    /** Replaces the current screen (Next / Previous problem), keeping what Back returns to. */
    void replace(Route route);

    /** Back to the previous screen. */
    void back();

    /** Back to the library, with nothing to go back to. */
    void home();

    /** A message the user must read (a pack that cannot be opened, a setting that cannot be saved). */
    void tell(String heading, String message);
}
