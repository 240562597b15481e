package app.stepwise.ui;

/**
 * The launcher's splash picture ({@code ./stepwise} passes {@code -splash:installer/splash.png} when it opens the window):
 * shown by the Java launcher itself before the Java runtime starts, so a starved computer shows "Stepwise" at once instead
 * of nothing for the minute the runtime and JavaFX take to start (load23). The Java launcher closes it when the first AWT
 * window opens, and Stepwise has none: it is closed here once the window has drawn its first frames.
 */
final class Splash {
    private Splash() {}

    /** Closes the splash picture, if the launcher showed one, after the window's second frame (the first is drawn then). */
    static void closeOnceDrawn() {
        StepwiseApp.whenDrawn(Splash::close);
    }

    /** Closes it now; nothing when there is none (no {@code -splash}, no display, a runtime without its library). */
    static void close() {
        try {
            if (java.awt.GraphicsEnvironment.isHeadless()) return;
            java.awt.SplashScreen splash = java.awt.SplashScreen.getSplashScreen();
            if (splash != null) splash.close();
        } catch (RuntimeException | LinkageError e) {
            // HeadlessException, an unsupported platform or a runtime without java.desktop: there is no splash to close
        }
    }
}
