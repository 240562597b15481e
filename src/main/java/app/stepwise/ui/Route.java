package app.stepwise.ui;

/**
 * Where the app can go. Each screen has a route record (its arguments), and a factory for it is registered in
 * {@link Screens} when the app starts; views ask the {@link Navigator} to go to a route, never the main window.
 */
public interface Route {}
